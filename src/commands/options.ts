/**
 * The command line's words: the options of a run, their help text, and what they mean once checked
 * (a usage error is one line and exit 2).
 */
import { parseArgs } from 'node:util';
import { checks as allChecks } from '../../checks/index.js';
import type { AnyCheck } from '../check.js';
import { detectLang, LANGS, tCli, type Lang } from '../i18n/index.js';
import { UsageError } from '../input.js';
import type { Policy } from '../policy.js';
import { parseHostPort } from '../probe/net/hostport.js';
import { displayUrl, HEADER_NAME, reportUrlCheck } from '../probe/net/upload.js';

export const EXIT = { ready: 0, notReady: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export const DEFAULT_SPEED_URL = 'https://speed.cloudflare.com';
export const DEFAULT_STUN = ['stun.cloudflare.com:3478', 'stun.l.google.com:19302'];

const OPTIONS = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  answers: { type: 'string' },
  policy: { type: 'string' },
  'no-questions': { type: 'boolean' },
  forget: { type: 'boolean' },
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

function parseIdList(flag: string, value: string | undefined, known: readonly AnyCheck[]): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError(tCli('error.ids-empty', { flag }));
  const knownIds = known.map((c) => c.id);
  for (const id of ids) {
    if (!knownIds.includes(id)) throw new UsageError(tCli('error.ids-unknown', { flag, id, known: knownIds.join(', ') }));
  }
  return ids;
}

export function parseCli(argv: string[]): { positionals: string[]; values: Record<string, unknown> } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw argvError(error);
  }
}

/**
 * node's parseArgs errors, in the user's language: an unknown option, an option without its value,
 * a value given to a switch; anything else keeps the first sentence of node's message.
 */
export function argvError(error: unknown, prefix = ''): UsageError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`${prefix}${tCli('error.unknown-option', { option })}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(`${prefix}${tCli(/does not take an argument/.test(text) ? 'error.option-no-value' : 'error.option-value', { option })}`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new UsageError(`${prefix}${tCli('error.unexpected-argument', { arg: /'([^']*)'/.exec(text)?.[1] ?? '' })}`);
  return new UsageError(`${prefix}${text.split('\n')[0]!.split('. ')[0]!}`);
}

export function resolveOptions(values: Record<string, unknown>, env: NodeJS.ProcessEnv, policy: Policy): CliOptions {
  const str = (k: string) => values[k] as string | undefined;
  const lang = str('lang');
  if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new UsageError(tCli('error.lang', { value: lang }));
  const speedUrl = str('speed-url') ?? policy.endpoints.speedUrl ?? DEFAULT_SPEED_URL;
  if (!/^https?:\/\/[^\s/]+/i.test(speedUrl) || !URL.canParse(speedUrl)) throw new UsageError(tCli('error.speed-url', { value: speedUrl }));
  const stunFlag = str('stun');
  if (stunFlag !== undefined && !parseHostPort(stunFlag)) throw new UsageError(tCli('error.stun', { value: stunFlag }));
  const reportUrl = str('report-url') ?? policy.reportUrl;
  if (reportUrl !== undefined) {
    const problem = reportUrlCheck(reportUrl);
    if (problem) {
      const words = tCli(`error.report-url.${problem.code}`, { scheme: problem.scheme });
      throw new UsageError(tCli('error.report-url', { url: displayUrl(reportUrl), problem: words }));
    }
  }
  const timeoutText = str('report-timeout');
  const reportTimeout = timeoutText === undefined ? 10 : Number(timeoutText);
  if (!(reportTimeout > 0 && reportTimeout <= 300)) throw new UsageError(tCli('error.report-timeout', { value: timeoutText ?? '' }));
  const header = env.HOMEOFFICE_CHECK_REPORT_HEADER;
  if (header !== undefined && header !== '' && !HEADER_NAME.test(header)) throw new UsageError(tCli('error.header-name'));
  for (const k of ['output', 'answers', 'record', 'replay'] as const) {
    if (values[k] === '') throw new UsageError(tCli('error.needs-file', { flag: k }));
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
