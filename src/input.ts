/**
 * What the user hands the tool (answers, policy, replay bundles): read, parse as JSON, validate with
 * a zod schema. Every failure is a UsageError with one line that names the source and the path
 * inside it, so the CLI can print it and exit 2.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { defaultPolicy, PolicySchema, type Policy } from './policy.js';
import { fetchText, FetchTextError } from './probe/net/fetch-text.js';
import { terminalText } from './text/terminal.js';

/**
 * A problem with what the user gave us: one line, exit 2. The message often quotes what a file or
 * a server held (a key, a JSON parser's excerpt, a file name): it is made safe for the terminal
 * here, once for every such line (no escapes, no controls, no line breaks, a sane length).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(terminalText(message, 2000));
  }
}

/** One line naming the path inside a JSON document and what is wrong there. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** Parse and validate JSON text; `label` names its source in the error (e.g. "policy file 'x.json'"). */
export function parseJsonText<T>(text: string, label: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${label} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UsageError(`${label}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Read and validate a JSON input file; every failure is a UsageError naming the file. */
export async function readJsonFile<T>(path: string, what: string, schema: z.ZodType<T>): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${what} file '${path}': ${why}`);
  }
  return parseJsonText(text, `${what} file '${path}'`, schema);
}

/**
 * The policy from `--policy FILE|URL`, or the defaults. A URL must be https:// (the document is
 * fetched with a time limit and a size cap, and only ever parsed as JSON data).
 */
/** The ids a policy may name: fixed for checks; for questions they follow the policy (one 2FA item per service). */
export interface KnownIds {
  checks: readonly string[];
  questions: (policy: Policy) => readonly string[];
}

export async function loadPolicy(source: string | undefined, known?: KnownIds): Promise<Policy> {
  if (source === undefined) return defaultPolicy;
  if (source === '') throw new UsageError('--policy needs a file name or an https:// URL');
  let label: string;
  let policy: Policy;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    label = `policy URL '${source}'`;
    let text: string;
    try {
      text = await fetchText(source);
    } catch (error) {
      if (error instanceof FetchTextError) throw new UsageError(`${label}: ${error.message}`);
      throw error;
    }
    policy = parseJsonText(text, label, PolicySchema);
  } else {
    label = `policy file '${source}'`;
    policy = await readJsonFile(source, 'policy', PolicySchema);
  }
  // a misspelt id would silently change nothing: name it
  for (const kind of ['checks', 'questions'] as const) {
    if (!known) break;
    const ids = kind === 'checks' ? known.checks : known.questions(policy);
    const unknown = Object.keys(policy[kind]).find((id) => !ids.includes(id));
    if (unknown !== undefined) throw new UsageError(`${label}: ${kind}.${unknown}: unknown ${kind === 'checks' ? 'check' : 'question'} (known: ${ids.join(', ')})`);
  }
  return policy;
}
