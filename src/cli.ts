/**
 * The command line: argv → options → run → output, and the exit codes IT scripts depend on:
 * 0 ready (warnings allowed), 1 not ready, 2 usage or input error, 3 internal error, 130 interrupted.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checks as allChecks } from '../checks/index.js';
import type { AnyCheck, CheckOptions } from './check.js';
import { detectLang, LANGS, t, type Lang } from './i18n/index.js';
import { removePendingFiles, writeFileAtomic, writeStdout } from './output.js';
import { defaultPolicy, PolicySchema, type Policy } from './policy.js';
import { BundleSchema } from './probe/bundle.js';
import { LiveProbe } from './probe/live.js';
import { parseHostPort } from './probe/net/hostport.js';
import { ReplayProbe } from './probe/replay.js';
import type { Probe } from './probe/types.js';
import { answersFileSchema, openItems } from './questions/evaluate.js';
import { questions as allQuestions, questionsFor } from './questions/items.js';
import type { Answers, QuestionItem } from './questions/types.js';
import { renderPlain } from './report/plain.js';
import { ReportSchema, type Report } from './report/schema.js';
import { runAssessment, TOOL_NAME } from './run.js';
import { sources } from './sources.js';
import { applyColorPreference, canAskInLines, isInteractive } from './tui/mode.js';

export const EXIT = { ready: 0, notReady: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export const DEFAULT_SPEED_URL = 'https://speed.cloudflare.com';
export const DEFAULT_STUN = ['stun.cloudflare.com:3478', 'stun.l.google.com:19302'];

/** A problem with what the user gave us: one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const HELP = `Usage: homeoffice-check [options]
       homeoffice-check schema <report|answers|policy>

Checks whether this computer and this room are ready for a secure video meeting from home,
and says what to fix.

Options:
  --json                JSON report on stdout, nothing else on stdout
  -o, --output FILE     also write the JSON report to FILE
  --lang nb|en          language (default: from the system locale; nb, nn, no -> nb)
  --answers FILE        questionnaire answers (JSON) for runs without questions
  --no-questions        ask nothing; questions are reported as unanswered
  --only ID[,ID...]     run only these checks
  --skip ID[,ID...]     skip these checks
  --offline             no network measurements (reported as skipped)
  --speed-url URL       throughput/latency endpoint base (default ${DEFAULT_SPEED_URL})
  --stun HOST:PORT      STUN server for the UDP test (default ${DEFAULT_STUN[0]})
  --record FILE         record every interaction with the machine to FILE
  --replay FILE         take every interaction from a recorded FILE instead of this machine
  --plain               readable lines instead of the interactive view
  --list                list the checks and questions with their sources
  -h, --help            this help
  -v, --version         the version

Exit codes: 0 ready (warnings allowed), 1 not ready, 2 usage or input error, 3 internal error,
130 interrupted.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  answers: { type: 'string' },
  'no-questions': { type: 'boolean' },
  only: { type: 'string' },
  skip: { type: 'string' },
  offline: { type: 'boolean' },
  'speed-url': { type: 'string' },
  stun: { type: 'string' },
  record: { type: 'string' },
  replay: { type: 'string' },
  plain: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export interface CliOptions {
  json: boolean;
  output?: string;
  lang: Lang;
  answersFile?: string;
  noQuestions: boolean;
  only?: string[];
  skip?: string[];
  offline: boolean;
  speedUrl: string;
  stun: string[];
  record?: string;
  replay?: string;
  plain: boolean;
  list: boolean;
}

export async function toolVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

function parseIdList(flag: string, value: string | undefined, known: readonly AnyCheck[]): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError(`--${flag} needs at least one check id`);
  const knownIds = known.map((c) => c.id);
  for (const id of ids) {
    if (!knownIds.includes(id)) throw new UsageError(`--${flag}: unknown check '${id}' (known: ${knownIds.join(', ')})`);
  }
  return ids;
}

export { parseHostPort };

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): { positionals: string[]; values: Record<string, unknown> } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // node's messages are long and mention allowPositionals; keep the first sentence
    throw new UsageError(text.split('\n')[0]!.split('. ')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
}

export function resolveOptions(values: Record<string, unknown>, env: NodeJS.ProcessEnv, policy: Policy): CliOptions {
  const str = (k: string) => values[k] as string | undefined;
  const lang = str('lang');
  if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new UsageError(`--lang must be nb or en, not '${lang}'`);
  const speedUrl = str('speed-url') ?? policy.endpoints.speedUrl ?? DEFAULT_SPEED_URL;
  if (!/^https?:\/\/[^\s/]+/i.test(speedUrl) || !URL.canParse(speedUrl)) throw new UsageError(`--speed-url must be an http(s) URL, not '${speedUrl}'`);
  const stunFlag = str('stun');
  if (stunFlag !== undefined && !parseHostPort(stunFlag)) throw new UsageError(`--stun must be HOST:PORT, not '${stunFlag}'`);
  if (str('record') && str('replay')) throw new UsageError('--record and --replay cannot be used together');
  for (const k of ['output', 'answers', 'record', 'replay'] as const) {
    if (values[k] === '') throw new UsageError(`--${k} needs a file name`);
  }
  return {
    json: Boolean(values.json),
    output: str('output'),
    lang: (lang as Lang | undefined) ?? policy.lang ?? detectLang(env),
    answersFile: str('answers'),
    noQuestions: Boolean(values['no-questions']),
    only: parseIdList('only', str('only'), allChecks),
    skip: parseIdList('skip', str('skip'), allChecks),
    offline: Boolean(values.offline),
    speedUrl,
    stun: stunFlag ? [stunFlag] : (policy.endpoints.stun ?? DEFAULT_STUN),
    record: str('record'),
    replay: str('replay'),
    plain: Boolean(values.plain),
    list: Boolean(values.list),
  };
}

/** One line naming the path inside a JSON file and what is wrong there. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return `${where}: ${issue.message}`;
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
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} file '${path}' is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UsageError(`${what} file '${path}': ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export function jsonSchemaOf(kind: string): unknown {
  switch (kind) {
    case 'report':
      return z.toJSONSchema(ReportSchema, { io: 'output' });
    case 'answers':
      return z.toJSONSchema(answersFileSchema(allQuestions), { io: 'input' });
    case 'policy':
      return z.toJSONSchema(PolicySchema, { io: 'input' });
    default:
      throw new UsageError(`schema: expected report, answers or policy, not '${kind}'`);
  }
}

function listing(lang: Lang, json: boolean, questions: readonly QuestionItem[]): string {
  const items = {
    checks: allChecks.map((c) => ({ id: c.id, category: c.category, weight: c.weight, sources: [...c.sources] })),
    questions: questions.map((q) => ({ id: q.id, category: q.category, weight: q.weight, blocker: q.blocker, ...(q.when ? { when: q.when } : {}), question: q.question[lang], sources: [...q.sources] })),
    sources,
  };
  if (json) return `${JSON.stringify(items, null, 2)}\n`;
  const lines: string[] = [];
  for (const c of items.checks) lines.push(`check    ${c.id}  [${c.category}, weight ${c.weight}]  sources: ${c.sources.join(', ')}`);
  for (const q of items.questions) {
    const only = q.when ? `, only when data class is ${q.when.dataClass.join('/')}` : '';
    lines.push(`question ${q.id}  [${q.category}, weight ${q.weight}${only}]  sources: ${q.sources.join(', ')}`);
  }
  lines.push('', 'sources:');
  for (const [id, s] of Object.entries(sources)) lines.push(`  ${id}: ${s.publisher}: ${s.title}${'seed' in s ? ` (seed ${s.seed})` : ''}`);
  return `${lines.join('\n')}\n`;
}

async function execute(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv);
  if (values.help) {
    await writeStdout(HELP);
    return EXIT.ready;
  }
  if (values.version) {
    await writeStdout(`${await toolVersion()}\n`);
    return EXIT.ready;
  }
  if (positionals[0] === 'schema') {
    if (positionals.length !== 2) throw new UsageError('usage: homeoffice-check schema <report|answers|policy>');
    await writeStdout(`${JSON.stringify(jsonSchemaOf(positionals[1]!), null, 2)}\n`);
    return EXIT.ready;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);

  const policy = defaultPolicy;
  const options = resolveOptions(values, process.env, policy);
  // the questionnaire under this policy: two-factor once per service it names
  const items = questionsFor(policy);
  if (options.list) {
    await writeStdout(listing(options.lang, options.json, items));
    return EXIT.ready;
  }

  const answers: Answers = options.answersFile
    ? ((await readJsonFile(options.answersFile, 'answers', answersFileSchema(items))).answers as Answers)
    : {};

  let probe: Probe;
  let live: LiveProbe | undefined;
  if (options.replay) {
    probe = new ReplayProbe(await readJsonFile(options.replay, 'replay', BundleSchema));
  } else {
    live = new LiveProbe({ record: Boolean(options.record) });
    probe = live;
  }

  const checkOptions: CheckOptions = { offline: options.offline, speedUrl: options.speedUrl, stun: options.stun };
  const version = await toolVersion();
  const runInput = {
    probe,
    checks: allChecks,
    questions: items,
    policy,
    options: checkOptions,
    lang: options.lang,
    version,
    only: options.only,
    skip: options.skip,
  };
  const terminal = { stdinTTY: Boolean(process.stdin.isTTY), stdoutTTY: Boolean(process.stdout.isTTY), env: process.env };
  const interactive = isInteractive(terminal, options);
  let report: Report;
  if (interactive) {
    // the interactive view (and Ink, enquirer) loads only when it is shown
    applyColorPreference(process.env);
    const { runInteractive } = await import('./tui/index.js');
    const toAsk = options.noQuestions ? [] : openItems(items, answers, policy);
    report = await runInteractive({ ...runInput, given: answers, toAsk, onInterrupt: interrupt });
  } else if (!options.noQuestions && canAskInLines(terminal, options)) {
    // --plain or a dumb terminal with a person at it: the open questions in plain lines, checks meanwhile
    const { askRest } = await import('./questions/ask-lines.js');
    report = await runAssessment({ ...runInput, answers: askRest(items, answers, policy, options.lang) });
  } else {
    report = await runAssessment({ ...runInput, answers });
  }

  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.output) await writeFileAtomic(options.output, json);
  if (options.record && live) await writeFileAtomic(options.record, `${JSON.stringify(live.bundle(version), null, 2)}\n`);
  if (!interactive) await writeStdout(options.json ? json : renderPlain(report));
  else if (options.output) await writeStdout(`${t(options.lang, 'tui.report-saved', { file: options.output })}\n`);
  return report.score.verdict === 'not-ready' ? EXIT.notReady : EXIT.ready;
}

/**
 * Ctrl+C, at any point: leave no half-written file, give the terminal back (raw mode off, cursor
 * shown) and exit at once. Reached by SIGINT, or from the interactive view, where the prompt or
 * Ink holds the terminal in raw mode and receives Ctrl+C as a key.
 */
export function interrupt(): never {
  removePendingFiles();
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  process.exit(EXIT.interrupted);
}

export async function main(argv: string[]): Promise<number> {
  const onSignal = () => interrupt();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await execute(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT.usage;
    }
    const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`${TOOL_NAME}: internal error: ${text}\n`);
    if (process.env.HOMEOFFICE_CHECK_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
