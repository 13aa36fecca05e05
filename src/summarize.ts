/**
 * `homeoffice-check summarize`: read many reports (files, or folders searched for *.json), validate
 * each, and put them together into one fleet summary. A file that cannot be used is listed with its
 * reason and the rest goes on; the summary itself is computed in src/report/summarize.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from './i18n/index.js';
import { createSummary, type FleetSummary, type SummaryOptions } from './report/summarize.js';
import { AnyReportSchema, type Report } from './report/schema.js';
import { renderSummaryHtml } from './report/summary-html.js';
import { renderSummaryCsv, renderSummaryTable, type CsvDelimiter } from './report/summary-text.js';
import { describeZodError } from './input.js';

export const SUMMARY_FORMATS = ['table', 'csv', 'json', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** a report is a few tens of kilobytes; a file far larger is something else and is not read */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024;

interface Found {
  files: string[];
  problems: Array<{ file: string; reason: string }>;
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
}

async function walk(dir: string, found: Found): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    found.problems.push({ file: dir, reason: why(error) });
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, found);
    else if ((e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.json')) found.files.push(path);
  }
}

/** The files named, and every *.json below the folders named, each once, in a stable order. */
export async function findReportFiles(inputs: readonly string[]): Promise<Found> {
  const found: Found = { files: [], problems: [] };
  for (const input of inputs) {
    try {
      if ((await stat(input)).isDirectory()) {
        const before = found.files.length;
        await walk(input, found);
        found.files.splice(before, Infinity, ...found.files.slice(before).sort());
      } else found.files.push(input);
    } catch (error) {
      found.problems.push({ file: input, reason: why(error) });
    }
  }
  found.files = [...new Set(found.files)];
  return found;
}

/**
 * One file → a valid report, or the one-line reason it cannot be used. Read synchronously: for
 * thousands of small files that is faster than the thread pool, and the command waits anyway.
 */
export function readReport(path: string): { report: Report } | { reason: string } {
  let text: string;
  try {
    if (statSync(path).size > MAX_REPORT_BYTES) return { reason: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a report` };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { reason: why(error) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { reason: `not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 120)}` };
  }
  const parsed = AnyReportSchema.safeParse(data); // version 1 reports too, in version 2's shape
  return parsed.success ? { report: parsed.data } : { reason: `not a valid report: ${describeZodError(parsed.error)}` };
}

/**
 * Read, validate and summarise, in the files' order (a device's report with the same startedAt as
 * an earlier one wins). Each file is read once and each report let go after it is added: the
 * accumulator keeps only what the latest report of each device adds to the counts.
 */
export async function summarizeFiles(inputs: readonly string[], lang: Lang, options: SummaryOptions = {}): Promise<FleetSummary> {
  const { files, problems } = await findReportFiles(inputs);
  const acc = createSummary(lang, options);
  for (const p of problems) acc.addBroken(p.file, p.reason);
  for (const file of files) {
    const got = readReport(file);
    if ('report' in got) acc.add(got.report);
    else acc.addBroken(file, got.reason);
  }
  return acc.finish();
}

export function renderSummary(summary: FleetSummary, format: SummaryFormat, delimiter?: CsvDelimiter): string {
  switch (format) {
    case 'table':
      return renderSummaryTable(summary);
    case 'csv':
      return renderSummaryCsv(summary, delimiter);
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'html':
      return renderSummaryHtml(summary);
  }
}
