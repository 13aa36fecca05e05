/**
 * What the user hands the tool (answers, policy, replay bundles): read, parse as JSON, validate with
 * a zod schema. Every failure is a UsageError with one line that names the source and the path
 * inside it, so the CLI can print it and exit 2.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { visit, type JSONPath } from 'jsonc-parser';
import type { z } from 'zod';
import { defaultPolicy, PolicyFileSchema, type Policy } from './policy.js';
import { tCli, type MessageId } from './i18n/index.js';
import { fetchText, FetchTextError, type FetchProblem } from './probe/net/fetch-text.js';
import { displayUrl } from './probe/net/upload.js';
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

/** One line naming the path inside a JSON document and what is wrong there, in the command line's language. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return tCli('error.json.invalid-value');
  const where = issue.path.map(String).join('.') || tCli('error.json.top');
  // a schema's own words for a key it does not know (the policy's unknown check) name that key
  if (issue.code === 'unrecognized_keys' && !issue.message.startsWith('Unrecognized key')) return `${where}.${issue.keys[0]}: ${issue.message}`;
  if (issue.code === 'unrecognized_keys') return `${where}: ${tCli('error.json.unknown-key', { keys: issue.keys.map((k) => `'${k}'`).join(', ') })}`;
  return `${where}: ${issueWords(issue)}`;
}

const TYPE_WORDS: Record<string, MessageId> = {
  string: 'error.type.string',
  number: 'error.type.number',
  int: 'error.type.number',
  boolean: 'error.type.boolean',
  object: 'error.type.object',
  record: 'error.type.object',
  array: 'error.type.array',
  tuple: 'error.type.array',
};

/**
 * What zod found wrong, in words of the catalogues: the kind of value expected, the values
 * allowed, a limit, a form. A check's own refinement keeps its message (it names the options).
 */
function issueWords(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const words = TYPE_WORDS[issue.expected];
      return tCli('error.json.expected', { expected: words ? tCli(words) : issue.expected });
    }
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] !== undefined
        ? tCli('error.json.one-of', { values: JSON.stringify(issue.values[0]) })
        : tCli('error.json.one-of', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'too_small':
      return tCli('error.json.too-small', { limit: String(issue.minimum) });
    case 'too_big':
      return tCli('error.json.too-big', { limit: String(issue.maximum) });
    case 'invalid_format':
      return tCli('error.json.format');
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return tCli('error.json.invalid-value');
    default:
      return issue.message;
  }
}

/** JSON deeper than this is refused before it is parsed: no input of ours needs more than a dozen */
export const MAX_JSON_DEPTH = 64;

/** How deep the text's arrays and objects nest (strings skipped), or Infinity past `limit`. */
function nesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote, over escaped characters
      for (i += 1; i < text.length && text.charCodeAt(i) !== 0x22; i += 1) if (text.charCodeAt(i) === 0x5c) i += 1;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return Infinity;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/** keys that would reach an object's prototype when copied, and so are never an id in our files */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key that occurs twice in one object (JSON.parse keeps the last silently, so a second
 * "data-class" would turn red into green unseen), or that is a prototype key. jsonc-parser's
 * visitor reads every key as its unescaped text, with the path to its object.
 */
function keyProblem(text: string): { path: string; problem: string } | null {
  const open: Set<string>[] = [];
  let found: { path: string; problem: string } | null = null;
  // the path the visitor gives is that of the object holding the key
  const where = (path: JSONPath) => path.map(String).join('.');
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, _line, _column, pathSupplier) => {
      if (found) return;
      const keys = open[open.length - 1];
      if (FORBIDDEN_KEYS.has(key)) found = { path: where(pathSupplier()), problem: tCli('error.json.key-forbidden', { key }) };
      else if (keys?.has(key)) found = { path: where(pathSupplier()), problem: tCli('error.json.key-twice', { key }) };
      else keys?.add(key);
    },
  });
  return found;
}

/**
 * Parse and validate JSON text; `label` names its source in the error (e.g. "policy file 'x.json'").
 * Refused, each with one line: text that is not JSON, nested deeper than MAX_JSON_DEPTH, a key
 * twice in one object, a `__proto__`/`constructor`/`prototype` key, and what the schema rejects.
 */
export function parseJsonText<T>(raw: string, label: string, schema: z.ZodType<T>): T {
  const text = raw.replace(/^\uFEFF/, '');
  if (nesting(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new UsageError(tCli('error.json.deep', { label, max: MAX_JSON_DEPTH }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(tCli('error.json.invalid', { label, detail: jsonDetail((error as Error).message) }));
  }
  const keys = keyProblem(text);
  if (keys)
    throw new UsageError(
      keys.path ? tCli('error.in-path', { label, path: keys.path, problem: keys.problem }) : tCli('error.in', { label, problem: keys.problem }),
    );
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UsageError(tCli('error.in', { label, problem: describeZodError(parsed.error) }));
  return parsed.data;
}

/** The largest input file read, by what it is; a recorded bundle holds raw command output */
export const INPUT_CAPS: Record<string, number> = { answers: 1024 * 1024, policy: 1024 * 1024, replay: 64 * 1024 * 1024 };

/** Why a file that is not a regular file is refused, in words. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return tCli('error.file.fifo');
  if (info.isCharacterDevice() || info.isBlockDevice()) return tCli('error.file.device');
  if (info.isSocket()) return tCli('error.file.socket');
  return tCli('error.file.not-regular');
}

/** The name of an input file in an error: "policy file 'x.json'". */
function fileLabel(what: string, path: string): string {
  const id = `error.file.${what}` as MessageId;
  return what === 'policy' || what === 'answers' || what === 'replay' || what === 'signing-key' ? tCli(id, { path }) : `${what} '${path}'`;
}

/** An errno code as the reason a file cannot be opened. */
export function openProblem(code: string | undefined): string {
  if (code === 'ENOENT') return tCli('error.file.missing');
  if (code === 'EISDIR') return tCli('error.file.folder');
  if (code === 'EACCES' || code === 'EPERM') return tCli('error.file.denied');
  if (code === 'ENXIO') return tCli('error.file.socket');
  return tCli('error.file.unreadable');
}

/**
 * The text of an input file: a regular file only, up to `maxBytes`. It is opened without waiting
 * (a FIFO nobody writes to would otherwise hold the run for ever) and judged by what was opened,
 * so nothing can be swapped in between; a FIFO, a device (/dev/zero), a socket or a folder is
 * refused, and so is a file over the cap, before anything is read.
 */
async function readInputFile(path: string, what: string, maxBytes: number): Promise<string> {
  const fail = (why: string) => new UsageError(tCli('error.in', { label: fileLabel(what, path), problem: why }));
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fail(openProblem((error as NodeJS.ErrnoException).code));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw fail(tCli('error.file.folder'));
    if (!info.isFile()) throw fail(kindOf(info));
    const cap = tCli('error.file.too-large', { mib: Math.round(maxBytes / 1024 / 1024) });
    if (info.size > maxBytes) throw fail(cap);
    // read one byte past the cap: a file that grew meanwhile is refused too
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw fail(cap);
      if (total === buffer.length) break;
    }
    if (total === buffer.length && total > info.size) throw fail(tCli('error.file.changed'));
    return buffer.subarray(0, total).toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw fail(tCli('error.file.unreadable'));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The text of the report signing key file the policy names. On POSIX it must be a regular file
 * owned by root and neither readable nor writable by anyone else (mode 600 or 400): a key others
 * can read signs nothing IT can trust. Judged by the file as opened, up to 4 KiB. On Windows the
 * owner and the access list are not read here: IT keeps the file to SYSTEM and Administrators.
 */
export async function readSigningKeyFile(path: string): Promise<string> {
  return readKeyFile(path, fileLabel('signing-key', path), 'root');
}

/**
 * A key file, judged by the file as opened: a regular file up to 4 KiB, on POSIX neither readable
 * nor writable by anyone but its owner, and owned by root (the signing key on an employee's
 * machine) or by root or the user running the tool (the verification key on IT's machine).
 */
export async function readKeyFile(path: string, label: string, owner: 'root' | 'root-or-self'): Promise<string> {
  const fail = (why: string) => new UsageError(tCli('error.in', { label, problem: why }));
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(openProblem(code === 'ENXIO' ? undefined : code));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw fail(info.isDirectory() ? tCli('error.file.folder') : kindOf(info));
    if (process.platform !== 'win32') {
      const self = process.getuid?.();
      if (info.uid !== 0 && !(owner === 'root-or-self' && info.uid === self))
        throw fail(tCli(owner === 'root-or-self' ? 'error.file.not-root-or-self' : 'error.file.not-root', { uid: String(info.uid) }));
      if ((info.mode & 0o077) !== 0) throw fail(tCli('error.file.mode', { mode: (info.mode & 0o777).toString(8) }));
    }
    if (info.size > 4096) throw fail(tCli('error.file.too-large-kib', { kib: 4 }));
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Read and validate a JSON input file; every failure is a UsageError naming the file. */
export async function readJsonFile<T>(path: string, what: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readInputFile(path, what, INPUT_CAPS[what] ?? INPUT_CAPS.policy!);
  return parseJsonText(text, fileLabel(what, path), schema);
}

/**
 * The policy from `--policy FILE|URL`, or the defaults. A URL must be https:// (the document is
 * fetched with a time limit and a size cap, and only ever parsed as JSON data).
 */
/** The question ids a policy may name: they follow the policy (one 2FA item per service). Check ids are the policy schema's own. */
export interface KnownIds {
  questions: (policy: Policy) => readonly string[];
}

/**
 * Which policy a report was judged under, as the report names it: the built-in defaults, or a
 * file's or URL's exact bytes by their SHA-256 (a URL without its query string, which often holds
 * a token; a file without its path, which often holds a user name). `summarize` judges a report
 * again under the policy of that hash.
 */
export interface PolicySource {
  source: 'built-in' | 'file' | 'url';
  sha256?: string;
  url?: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The policy and where it came from (see PolicySource). */
export async function loadPolicySource(source: string | undefined, known?: KnownIds): Promise<{ policy: Policy; source: PolicySource }> {
  if (source === undefined) return { policy: defaultPolicy, source: { source: 'built-in' } };
  if (source === '') throw new UsageError(tCli('error.policy-needs-source'));
  let label: string;
  let policy: Policy;
  let named: PolicySource;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    // the query string often holds a signature or a token: never shown
    label = tCli('error.url.policy', { url: displayUrl(source) });
    let text: string;
    try {
      text = await fetchText(source);
    } catch (error) {
      if (error instanceof FetchTextError) throw new UsageError(tCli('error.in', { label, problem: fetchWords(error.problem) }));
      throw error;
    }
    policy = parseJsonText(text, label, PolicyFileSchema);
    named = { source: 'url', sha256: sha256Hex(text), url: displayUrl(source) };
  } else {
    label = fileLabel('policy', source);
    const text = await readInputFile(source, 'policy', INPUT_CAPS.policy!);
    policy = parseJsonText(text, label, PolicyFileSchema);
    named = { source: 'file', sha256: sha256Hex(text) };
  }
  // a misspelt question id would silently change nothing: name it (a misspelt check id the schema refuses)
  if (known) {
    const ids = known.questions(policy);
    const unknown = Object.keys(policy.questions).find((id) => !ids.includes(id));
    if (unknown !== undefined)
      throw new UsageError(
        tCli('error.in-path', { label, path: `questions.${unknown}`, problem: tCli('error.json.unknown-question', { known: ids.join(', ') }) }),
      );
  }
  return { policy, source: named };
}

export async function loadPolicy(source: string | undefined, known?: KnownIds): Promise<Policy> {
  return (await loadPolicySource(source, known)).policy;
}

/** Why a policy could not be fetched, in the command line's language. */
function fetchWords(problem: FetchProblem): string {
  switch (problem.code) {
    case 'scheme':
      return tCli('error.fetch.scheme', { scheme: problem.scheme });
    case 'status':
    case 'redirect':
      return tCli(`error.fetch.${problem.code}`, { status: String(problem.status) });
    case 'too-large':
      return tCli('error.fetch.too-large', { kib: problem.kib });
    case 'timeout':
      return tCli('error.fetch.timeout', { seconds: problem.seconds });
    case 'network':
      return tCli('error.fetch.network', { code: problem.error });
    default:
      return tCli(`error.fetch.${problem.code}`);
  }
}

/**
 * Where JSON.parse stopped, in the command line's language: the position (with line and column
 * when node gives them), the unexpected character, or the end that came too early; any other
 * message of node's as it stands, in quotes.
 */
export function jsonDetail(message: string): string {
  const first = message.split('\n')[0]!;
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(first);
  if (at?.[2]) return tCli('error.json.at-line', { line: Number(at[2]), column: Number(at[3]) });
  if (at) return tCli('error.json.at-position', { position: Number(at[1]) + 1 });
  if (/end of JSON input/i.test(first)) return tCli('error.json.ends-early');
  const token = /^Unexpected token '(.)'/.exec(first) ?? /^Unexpected token (\S)/.exec(first);
  if (token) return tCli('error.json.token', { token: token[1]! });
  return tCli('error.json.other', { message: first.slice(0, 120) });
}
