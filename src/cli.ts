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
import { describeZodError, loadPolicy, readJsonFile, UsageError } from './input.js';
import { removePendingFiles, writeFileAtomic, writeStdout } from './output.js';
import { PolicySchema, type Policy } from './policy.js';
import { BundleSchema } from './probe/bundle.js';
import { LiveProbe } from './probe/live.js';
import { parseHostPort } from './probe/net/hostport.js';
import { displayUrl, HEADER_NAME, reportUrlProblem, uploadReport } from './probe/net/upload.js';
import { ReplayProbe } from './probe/replay.js';
import type { Probe } from './probe/types.js';
import { answersFileSchema, openItems } from './questions/evaluate.js';
import { questions as allQuestions, questionsFor } from './questions/items.js';
import type { Answers, QuestionItem } from './questions/types.js';
import { renderPlain } from './report/plain.js';
import { FleetSummarySchema } from './report/summarize.js';
import type { CsvDelimiter } from './report/summary-text.js';
import { ReportSchema, type Report } from './report/schema.js';
import { runAssessment, TOOL_NAME } from './run.js';
import { sources } from './sources.js';
import type { SummaryFormat } from './summarize.js';
import { applyColorPreference, canAskInLines, isInteractive } from './tui/mode.js';

export const EXIT = { ready: 0, notReady: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export const DEFAULT_SPEED_URL = 'https://speed.cloudflare.com';
export const DEFAULT_STUN = ['stun.cloudflare.com:3478', 'stun.l.google.com:19302'];

export { describeZodError, readJsonFile, UsageError };

const HELP = `Usage: homeoffice-check [options]
       homeoffice-check schema <report|answers|policy|summary>
       homeoffice-check summarize REPORT|FOLDER... [--format table|csv|json|html] [-o FILE]

Checks whether this computer and this room are ready for a secure video meeting from home,
and says what to fix.

Options:
  --json                JSON report on stdout, nothing else on stdout
  -o, --output FILE     also write the JSON report to FILE
  --lang nb|en          language (default: from the system locale; nb, nn, no -> nb)
  --answers FILE        questionnaire answers (JSON) for runs without questions
  --policy FILE|URL     IT policy (JSON; a URL must be https://): checks, weights, thresholds
  --no-questions        ask nothing; questions are reported as unanswered
  --only ID[,ID...]     run only these checks
  --skip ID[,ID...]     skip these checks
  --offline             no network measurements (reported as skipped)
  --speed-url URL       throughput/latency endpoint base (default ${DEFAULT_SPEED_URL})
  --stun HOST:PORT      STUN server for the UDP test (default ${DEFAULT_STUN[0]})
  --record FILE         record every interaction with the machine to FILE
  --replay FILE         take every interaction from a recorded FILE instead of this machine
  --report-url URL      also POST the JSON report to URL (https://, or http:// to localhost);
                        a header for a token from HOMEOFFICE_CHECK_REPORT_AUTH (see README)
  --report-timeout SEC  seconds per upload attempt (default 10)
  --plain               readable lines instead of the interactive view
  --list                list the checks and questions with their sources
                        (homeoffice-check summarize --help: the fleet summary's options)
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
  policy: { type: 'string' },
  'no-questions': { type: 'boolean' },
  only: { type: 'string' },
  skip: { type: 'string' },
  offline: { type: 'boolean' },
  'speed-url': { type: 'string' },
  stun: { type: 'string' },
  record: { type: 'string' },
  replay: { type: 'string' },
  'report-url': { type: 'string' },
  'report-timeout': { type: 'string' },
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
  reportUrl?: string;
  reportTimeoutMs: number;
  plain: boolean;
  list: boolean;
}

/** The version in the package's own package.json: two folders up from dist/src/, one from the bundle in lib/. */
export async function toolVersion(): Promise<string> {
  for (const up of ['../../', '../']) {
    const text = await readFile(new URL(`${up}package.json`, import.meta.url), 'utf8').catch(() => null);
    const pkg = text === null ? null : (JSON.parse(text) as { name?: string; version?: string });
    if (pkg?.name === TOOL_NAME && pkg.version) return pkg.version;
  }
  throw new Error('package.json of homeoffice-check not found');
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
    throw argvError(error);
  }
}

/** node's parseArgs messages are long and mention allowPositionals: keep the first sentence */
function argvError(error: unknown, prefix = ''): UsageError {
  const text = error instanceof Error ? error.message : String(error);
  return new UsageError(`${prefix}${text.split('\n')[0]!.split('. ')[0]!.replace(/^Unknown option/, 'unknown option')}`);
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
  const reportUrl = str('report-url') ?? policy.reportUrl;
  if (reportUrl !== undefined) {
    const problem = reportUrlProblem(reportUrl);
    if (problem) throw new UsageError(`--report-url '${displayUrl(reportUrl)}': ${problem}`);
  }
  const timeoutText = str('report-timeout');
  const reportTimeout = timeoutText === undefined ? 10 : Number(timeoutText);
  if (!(reportTimeout > 0 && reportTimeout <= 300)) throw new UsageError(`--report-timeout must be seconds between 0 and 300, not '${timeoutText}'`);
  const header = env.HOMEOFFICE_CHECK_REPORT_HEADER;
  if (header !== undefined && header !== '' && !HEADER_NAME.test(header)) throw new UsageError(`HOMEOFFICE_CHECK_REPORT_HEADER is not a valid header name`);
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
    reportUrl,
    reportTimeoutMs: Math.round(reportTimeout * 1000),
    plain: Boolean(values.plain),
    list: Boolean(values.list),
  };
}

export function jsonSchemaOf(kind: string): unknown {
  switch (kind) {
    case 'report':
      return z.toJSONSchema(ReportSchema, { io: 'output' });
    case 'answers':
      return z.toJSONSchema(answersFileSchema(allQuestions), { io: 'input' });
    case 'policy':
      return z.toJSONSchema(PolicySchema, { io: 'input' });
    case 'summary':
      return z.toJSONSchema(FleetSummarySchema, { io: 'output' });
    default:
      throw new UsageError(`schema: expected report, answers, policy or summary, not '${kind}'`);
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

/**
 * POST the report to IT's collector. A failure is one warning line on stderr and changes nothing
 * else: the local file is already written and the exit code stays the assessment's. The header
 * value (a token) comes from the environment only and never appears in output.
 */
async function sendReport(report: Report, options: CliOptions, env: NodeJS.ProcessEnv): Promise<void> {
  const url = options.reportUrl!;
  const auth = env.HOMEOFFICE_CHECK_REPORT_AUTH;
  const headers: Record<string, string> = auth ? { [env.HOMEOFFICE_CHECK_REPORT_HEADER || 'Authorization']: auth } : {};
  const result = await uploadReport({ url, body: JSON.stringify(report), headers, timeoutMs: options.reportTimeoutMs });
  if (result.ok) return;
  const text = t(options.lang, 'upload.failed', { url: displayUrl(url), reason: result.error ?? '?', attempts: result.attempts });
  const kept = options.output ? ` ${t(options.lang, 'upload.kept', { file: options.output })}` : '';
  process.stderr.write(`${TOOL_NAME}: ${text}${kept}\n`);
}

const SUMMARIZE_HELP = `Usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [options]

Puts many JSON reports together: verdicts, the devices and what blocks them, the most common
blockers and shortfalls with the devices behind each, a weekly trend, devices not seen lately,
operating systems and network figures. Folders are searched for *.json, *.ndjson and *.jsonl;
an NDJSON file (or - for stdin) holds one report a line, or an export of a log platform
(Elasticsearch hits with _source, Splunk's output_mode=json lines with result._raw). Only regular
files are read; anything that is not a valid report is listed with its reason. A device that sent
several reports is counted once, by its latest report, when the reports carry its host name
(policy report.include: ["hostname"]); a report without a host name is counted on its own.

Options:
  --format FORMAT                table (default) for the terminal, csv for Excel, json for
                                 pipelines, html for one self-contained page with charts,
                                 devices-csv for one row per device
  -o, --output FILE              write to FILE instead of stdout
  --lang nb|en                   language (default: from the system locale)
  --delimiter ';'|','|tab        CSV separator (default ';' with a decimal comma for nb,
                                 ',' with a decimal point for en)
  --all-reports                  count every report, older ones of the same device too
  --since DATE                   leave out reports that started before DATE (2026-11-01, or
                                 an ISO 8601 time)
  --stale-days N                 a device is stale after N days without a report (default 14)
  -h, --help                     this help

Exit codes: 0 at least one valid report, 2 none (or a usage error), 3 internal error.
`;

const SUMMARIZE_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  delimiter: { type: 'string' },
  'all-reports': { type: 'boolean' },
  since: { type: 'string' },
  'stale-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DELIMITERS: Record<string, CsvDelimiter> = { ';': ';', semicolon: ';', ',': ',', comma: ',', tab: '\t', '\t': '\t' };

async function summarizeCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SUMMARIZE_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw argvError(error, 'summarize: ');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await writeStdout(SUMMARIZE_HELP);
    return EXIT.ready;
  }
  // the fleet summary (its readers and the table, CSV and HTML renderers) loads only for this command
  const { renderSummary, summarizeFiles, SUMMARY_FORMATS } = await import('./summarize.js');
  const format = (values.format ?? 'table') as SummaryFormat;
  if (!SUMMARY_FORMATS.includes(format)) throw new UsageError(`summarize: --format must be one of ${SUMMARY_FORMATS.join(', ')}, not '${values.format}'`);
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`--lang must be nb or en, not '${values.lang}'`);
  const lang = (values.lang as Lang | undefined) ?? detectLang(process.env);
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  if (values.delimiter !== undefined && !delimiter) throw new UsageError(`summarize: --delimiter must be ';', ',' or tab, not '${values.delimiter}'`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  const since = values.since?.trim();
  if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(since) || Number.isNaN(Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since)))) {
    throw new UsageError(`summarize: --since must be a date (2026-11-01) or an ISO 8601 time, not '${values.since}'`);
  }
  const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
  if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0 && staleDays <= 3650)) {
    throw new UsageError(`summarize: --stale-days must be a whole number of days from 0 to 3650, not '${values['stale-days']}'`);
  }
  if (positionals.length === 0) throw new UsageError('usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [--format table|csv|json|html|devices-csv] [-o FILE]');

  const summary = await summarizeFiles(positionals, lang, { allReports: values['all-reports'] === true, since, staleDays });
  if (summary.reports.valid === 0) {
    const first = summary.broken[0];
    const before = summary.reports.beforeSince > 0 ? ` (${summary.reports.beforeSince} before --since)` : '';
    throw new UsageError(`summarize: ${t(lang, 'summary.no-valid', { count: summary.reports.broken })}${before}${first ? ` (${first.file}: ${first.reason})` : ''}`);
  }
  const text = renderSummary(format === 'json' ? FleetSummarySchema.parse(summary) : summary, format, delimiter);
  if (values.output) await writeFileAtomic(values.output, text);
  else await writeStdout(text);
  return EXIT.ready;
}

/** What a policy's `questions` may name: the items under that policy, and a family (acc-mfa) for all of its items. */
export function policyQuestionIds(policy: Policy): string[] {
  const ids = questionsFor(policy).map((q) => q.id);
  return [...new Set([...ids, ...ids.filter((id) => id.includes('.')).map((id) => id.split('.')[0]!)])];
}

async function execute(argv: string[]): Promise<number> {
  if (argv[0] === 'summarize') return summarizeCommand(argv.slice(1));
  if (argv[0] === 'serve') return (await import('./serve/command.js')).serveCommand(argv.slice(1));
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
    if (positionals.length !== 2) throw new UsageError('usage: homeoffice-check schema <report|answers|policy|summary>');
    await writeStdout(`${JSON.stringify(jsonSchemaOf(positionals[1]!), null, 2)}\n`);
    return EXIT.ready;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);

  const policy = await loadPolicy(values.policy as string | undefined, { checks: allChecks.map((c) => c.id), questions: policyQuestionIds });
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
  if (options.reportUrl) await sendReport(report, options, process.env);
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
