/**
 * The command line's words: the options of a run, their help text, and what they mean once checked
 * (a usage error is one line and exit 2).
 */
import { parseArgs } from 'node:util';
import { checks as allChecks } from '../../checks/index.js';
import type { AnyCheck } from '../check.js';
import { detectLang, LANGS, type Lang } from '../i18n/index.js';
import { UsageError } from '../input.js';
import type { Policy } from '../policy.js';
import { parseHostPort } from '../probe/net/hostport.js';
import { displayUrl, HEADER_NAME, reportUrlProblem } from '../probe/net/upload.js';

export const EXIT = { ready: 0, notReady: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export const DEFAULT_SPEED_URL = 'https://speed.cloudflare.com';
export const DEFAULT_STUN = ['stun.cloudflare.com:3478', 'stun.l.google.com:19302'];

export const HELP = `Usage: homeoffice-check [options]
       homeoffice-check schema <report|answers|policy|summary>
       homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [--format table|csv|json|html|devices-csv] [-o FILE]
       homeoffice-check serve [--port N] [--host H] [--data DIR | --db URL]

Checks whether this computer and this room are ready for a secure video meeting from home,
and says what to fix.

Options:
  --json                JSON report on stdout, nothing else on stdout
  -o, --output FILE     also write the JSON report to FILE
  --lang nb|nn|en       language (default: from the system locale: nn -> nn; nb, no -> nb)
  --answers FILE        questionnaire answers (JSON) for runs without questions
  --policy FILE|URL     IT policy (JSON; a URL must be https://): checks, weights, thresholds
  --no-questions        ask nothing; questions are reported as unanswered
  --forget              delete the answers remembered on this computer, then stop
  --only ID[,ID...]     run only these checks
  --skip ID[,ID...]     skip these checks
  --offline             no network measurements (reported as skipped)
  --speed-url URL       throughput/latency endpoint base (default ${DEFAULT_SPEED_URL})
  --stun HOST:PORT      STUN server for the UDP test (default ${DEFAULT_STUN[0]})
  --record FILE         record every interaction with the machine to FILE (with --replay: what the replay asked)
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
  if (ids.length === 0) throw new UsageError(`--${flag} needs at least one check id`);
  const knownIds = known.map((c) => c.id);
  for (const id of ids) {
    if (!knownIds.includes(id)) throw new UsageError(`--${flag}: unknown check '${id}' (known: ${knownIds.join(', ')})`);
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

/** node's parseArgs messages are long and mention allowPositionals: keep the first sentence */
export function argvError(error: unknown, prefix = ''): UsageError {
  const text = error instanceof Error ? error.message : String(error);
  return new UsageError(
    `${prefix}${text
      .split('\n')[0]!
      .split('. ')[0]!
      .replace(/^Unknown option/, 'unknown option')}`,
  );
}

export function resolveOptions(values: Record<string, unknown>, env: NodeJS.ProcessEnv, policy: Policy): CliOptions {
  const str = (k: string) => values[k] as string | undefined;
  const lang = str('lang');
  if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new UsageError(`--lang must be nb, nn or en, not '${lang}'`);
  const speedUrl = str('speed-url') ?? policy.endpoints.speedUrl ?? DEFAULT_SPEED_URL;
  if (!/^https?:\/\/[^\s/]+/i.test(speedUrl) || !URL.canParse(speedUrl)) throw new UsageError(`--speed-url must be an http(s) URL, not '${speedUrl}'`);
  const stunFlag = str('stun');
  if (stunFlag !== undefined && !parseHostPort(stunFlag)) throw new UsageError(`--stun must be HOST:PORT, not '${stunFlag}'`);
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
