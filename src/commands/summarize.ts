/** `summarize`: many reports put together for IT (the fleet summary's own room is src/report/ and src/summarize.ts). */
import { parseArgs } from 'node:util';
import { detectLang, LANGS, t, type Lang } from '../i18n/index.js';
import { UsageError } from '../input.js';
import { writeFileAtomic, writeStdout } from '../output.js';
import { FleetSummarySchema } from '../report/summarize.js';
import type { CsvDelimiter } from '../report/summary-text.js';
import type { SummaryFormat } from '../summarize.js';
import { argvError, EXIT } from './options.js';

const SUMMARIZE_HELP = `Usage: homeoffice-check summarize REPORT|FOLDER... [options]

Puts many JSON reports together: verdicts, the most common blockers and shortfalls, operating
systems and network figures. Folders are searched for *.json; a file that is not a valid report is
listed with its reason. A device that sent several reports is counted once, by its latest report,
when the reports carry its host name (policy report.include: ["hostname"]); a report without a
host name cannot be matched and is counted on its own.

Options:
  --format table|csv|json|html   table (default) for the terminal, csv for Excel, json for
                                 pipelines, html for one self-contained page with charts
  -o, --output FILE              write to FILE instead of stdout
  --lang nb|en                   language (default: from the system locale)
  --delimiter ';'|','|tab        CSV separator (default ';' with a decimal comma for nb,
                                 ',' with a decimal point for en)
  --all-reports                  count every report, older ones of the same device too
  -h, --help                     this help

Exit codes: 0 at least one valid report, 2 none (or a usage error), 3 internal error.
`;

const SUMMARIZE_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  delimiter: { type: 'string' },
  'all-reports': { type: 'boolean' },
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
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`--lang must be nb or en, not '${values.lang}'`);
  const lang = (values.lang as Lang | undefined) ?? detectLang(process.env);
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  if (values.delimiter !== undefined && !delimiter) throw new UsageError(`summarize: --delimiter must be ';', ',' or tab, not '${values.delimiter}'`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (positionals.length === 0) throw new UsageError('usage: homeoffice-check summarize REPORT|FOLDER... [--format table|csv|json|html] [-o FILE]');

  const summary = await summarizeFiles(positionals, lang, { allReports: values['all-reports'] === true });
  if (summary.reports.valid === 0) {
    const first = summary.broken[0];
    throw new UsageError(`summarize: ${t(lang, 'summary.no-valid', { count: summary.reports.broken })}${first ? ` (${first.file}: ${first.reason})` : ''}`);
  }
  const text = renderSummary(format === 'json' ? FleetSummarySchema.parse(summary) : summary, format, delimiter);
  if (values.output) await writeFileAtomic(values.output, text);
  else await writeStdout(text);
  return EXIT.ready;
}

