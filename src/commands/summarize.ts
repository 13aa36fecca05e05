/** `summarize`: many reports put together for IT (the fleet summary's own room is src/report/ and src/summarize.ts). */
import { parseArgs } from 'node:util';
import { detectLang, LANGS, setCliLang, t, tCli, type Lang } from '../i18n/index.js';
import { loadPolicySource, UsageError } from '../input.js';
import { loadVerifyKey } from '../report/sign.js';
import { writeFileAtomic, writeStdout } from '../output.js';
import { FleetSummarySchema } from '../report/summarize.js';
import type { CsvDelimiter } from '../report/summary-text.js';
import type { SummaryFormat } from '../summarize.js';
import { argvError, EXIT } from './options.js';

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
    await writeStdout(tCli('cli.summarize-help'));
    return EXIT.ready;
  }
  // the fleet summary (its readers and the table, CSV and HTML renderers) loads only for this command
  const { renderSummary, summarizeFiles, SUMMARY_FORMATS } = await import('../summarize.js');
  const format = (values.format ?? 'table') as SummaryFormat;
  if (!SUMMARY_FORMATS.includes(format))
    throw new UsageError(tCli('error.summarize.format', { formats: SUMMARY_FORMATS.join(', '), value: String(values.format) }));
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(tCli('error.lang', { value: values.lang }));
  const lang = (values.lang as Lang | undefined) ?? detectLang(process.env);
  // the reasons a file could not be used are said in the summary's language
  setCliLang(lang);
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  if (values.delimiter !== undefined && !delimiter) throw new UsageError(tCli('error.summarize.delimiter', { value: values.delimiter }));
  if (values.output === '') throw new UsageError(tCli('error.needs-file', { flag: 'output' }));
  const since = values.since?.trim();
  if (
    since !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(since) ||
      Number.isNaN(Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since)))
  ) {
    throw new UsageError(tCli('error.summarize.since', { value: values.since ?? '' }));
  }
  const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
  if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0 && staleDays <= 3650)) {
    throw new UsageError(tCli('error.summarize.stale-days', { value: values['stale-days'] ?? '' }));
  }
  if (positionals.length === 0) throw new UsageError(tCli('error.summarize.usage'));

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
    const before = summary.reports.beforeSince > 0 ? ` ${t(lang, 'error.summarize.before-since', { count: summary.reports.beforeSince })}` : '';
    const text = `${t(lang, 'summary.no-valid', { count: summary.reports.broken })}${before}${first ? ` (${first.file}: ${first.reason})` : ''}`;
    throw new UsageError(t(lang, 'error.summarize.none', { text }));
  }
  const text = renderSummary(format === 'json' ? FleetSummarySchema.parse(summary) : summary, format, delimiter);
  if (values.output) await writeFileAtomic(values.output, text);
  else await writeStdout(text);
  return EXIT.ready;
}
