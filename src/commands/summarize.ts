/** `summarize`: many reports put together for IT (the fleet summary's own room is src/report/ and src/summarize.ts). */
import { parseArgs } from 'node:util';
import { detectLang, LANGS, t, type Lang } from '../i18n/index.js';
import { loadPolicySource, UsageError } from '../input.js';
import { loadVerifyKey } from '../report/sign.js';
import { writeFileAtomic, writeStdout } from '../output.js';
import { FleetSummarySchema } from '../report/summarize.js';
import type { CsvDelimiter } from '../report/summary-text.js';
import type { SummaryFormat } from '../summarize.js';
import { argvError, EXIT } from './options.js';

const SUMMARIZE_HELP = `Usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [options]

Puts many JSON reports together: verdicts, the devices and what blocks them, the most common
blockers and shortfalls with the devices behind each, a weekly trend, devices not seen lately,
operating systems and network figures. Folders are searched for *.json, *.ndjson and *.jsonl;
an NDJSON file (or - for stdin) holds one report a line, or an export of a log platform
(Elasticsearch hits with _source, Splunk's output_mode=json lines with result._raw). Only regular
files are read; anything that is not a valid report is listed with its reason. A device that sent
several reports is counted once, by its latest report, when the reports carry its host name
(policy report.include: ["hostname"]); a report without a host name is counted on its own.

Each report is judged again from its own facts and answers. A report whose stored status, score
or verdict disagrees, one that names a policy not given with --policy, and (with --verify-key)
one changed after signing are listed by file and count as not ready.

Options:
  --format FORMAT                table (default) for the terminal, csv for Excel, json for
                                 pipelines, html for one self-contained page with charts,
                                 devices-csv for one row per device
  -o, --output FILE              write to FILE instead of stdout
  --lang nb|nn|en                language (default: from the system locale)
  --delimiter ';'|','|tab        CSV separator (default ';' with a decimal comma for nb,
                                 ',' with a decimal point for en)
  --all-reports                  count every report, older ones of the same device too
  --since DATE                   leave out reports that started before DATE (2026-11-01, or
                                 an ISO 8601 time)
  --stale-days N                 a device is stale after N days without a report (default 14)
  --policy FILE|URL              a policy the reports may name (repeatable): each report is judged
                                 again from its own facts and answers under the policy it names
                                 (by SHA-256); reports of earlier versions, which name none, under
                                 the one --policy given, else the built-in defaults
  --include-replayed             count reports made by replaying a bundle (left out by default)
  --verify-key FILE|env[:NAME]   check each report's signature with the key in FILE (owned by
                                 you or root, mode 600) or in the environment variable NAME
                                 (default HOMEOFFICE_CHECK_SIGNING_KEY); never the key itself
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
  policy: { type: 'string', multiple: true },
  'include-replayed': { type: 'boolean' },
  'verify-key': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DELIMITERS: Record<string, CsvDelimiter> = { ';': ';', semicolon: ';', ',': ',', comma: ',', tab: '\t', '\t': '\t' };

export async function summarizeCommand(argv: string[]): Promise<number> {
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
  const { renderSummary, summarizeFiles, SUMMARY_FORMATS } = await import('../summarize.js');
  const format = (values.format ?? 'table') as SummaryFormat;
  if (!SUMMARY_FORMATS.includes(format)) throw new UsageError(`summarize: --format must be one of ${SUMMARY_FORMATS.join(', ')}, not '${values.format}'`);
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`--lang must be nb, nn or en, not '${values.lang}'`);
  const lang = (values.lang as Lang | undefined) ?? detectLang(process.env);
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  if (values.delimiter !== undefined && !delimiter) throw new UsageError(`summarize: --delimiter must be ';', ',' or tab, not '${values.delimiter}'`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  const since = values.since?.trim();
  if (
    since !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(since) ||
      Number.isNaN(Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since)))
  ) {
    throw new UsageError(`summarize: --since must be a date (2026-11-01) or an ISO 8601 time, not '${values.since}'`);
  }
  const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
  if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0 && staleDays <= 3650)) {
    throw new UsageError(`summarize: --stale-days must be a whole number of days from 0 to 3650, not '${values['stale-days']}'`);
  }
  if (positionals.length === 0)
    throw new UsageError('usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [--format table|csv|json|html|devices-csv] [-o FILE]');

  const { policyBook } = await import('../rederive.js');
  const { policyQuestionIds } = await import('./run.js');
  const given = [];
  for (const source of values.policy ?? []) given.push(await loadPolicySource(source, { questions: policyQuestionIds }));
  const verifyKey = values['verify-key'] === undefined ? undefined : await loadVerifyKey(values['verify-key'], process.env);
  const summary = await summarizeFiles(positionals, lang, {
    allReports: values['all-reports'] === true,
    since,
    staleDays,
    includeReplayed: values['include-replayed'] === true,
    policies: policyBook(given),
    verifyKey,
  });
  if (summary.reports.valid === 0) {
    const first = summary.broken[0];
    const before = summary.reports.beforeSince > 0 ? ` (${summary.reports.beforeSince} before --since)` : '';
    throw new UsageError(
      `summarize: ${t(lang, 'summary.no-valid', { count: summary.reports.broken })}${before}${first ? ` (${first.file}: ${first.reason})` : ''}`,
    );
  }
  const text = renderSummary(format === 'json' ? FleetSummarySchema.parse(summary) : summary, format, delimiter);
  if (values.output) await writeFileAtomic(values.output, text);
  else await writeStdout(text);
  return EXIT.ready;
}
