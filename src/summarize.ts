/**
 * `homeoffice-check summarize`: read many reports and put them together into one fleet summary.
 * Inputs are report files (*.json), NDJSON files (*.ndjson, *.jsonl: one report a line, or an
 * export of a log platform), folders searched for both, and `-` for NDJSON on stdin. A file or
 * line that cannot be used is listed with its reason and the rest goes on; the summary itself is
 * computed in src/report/summarize.ts.
 *
 * Only regular files are read: a FIFO, a device (a symlink to /dev/zero) or a socket is listed as
 * skipped, without being read, so nothing hangs and nothing grows. A file is read once even when
 * named twice, through a symlink or by a relative and an absolute path (known by device and inode).
 */
import { tCli, type MessageId } from './i18n/index.js';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import type { Lang } from './i18n/index.js';
import { policyBook, rederive, type Judgement, type PolicyBook } from './rederive.js';
import { AnyReportSchema } from './report/schema.js';
import { verifyReport } from './report/sign.js';
import { createSummary, FleetReportSchema, type FleetReport, type FleetSummary, type ReportTrust, type SummaryOptions } from './report/summarize.js';
import { renderSummaryHtml } from './report/summary-html.js';
import { renderDevicesCsv, renderSummaryCsv, renderSummaryTable, type CsvDelimiter } from './report/summary-text.js';
import { describeZodError, jsonDetail } from './input.js';

export const SUMMARY_FORMATS = ['table', 'csv', 'json', 'html', 'devices-csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** a report is a few tens of kilobytes; a file (or an NDJSON line) far larger is something else and is not read */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024;
/** the name `-`: NDJSON on stdin */
export const STDIN = '-';

const NDJSON = /\.(ndjson|jsonl)$/i;
const INPUT = /\.(json|ndjson|jsonl)$/i;

export interface Found {
  files: string[];
  problems: Array<{ file: string; reason: string }>;
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return tCli(
    code === 'ENOENT'
      ? 'broken.missing'
      : code === 'EACCES'
        ? 'broken.denied'
        : code === 'EISDIR'
          ? 'broken.folder'
          : code === 'ELOOP'
            ? 'broken.loop'
            : 'broken.unreadable',
  );
}

/** Every *.json, *.ndjson and *.jsonl below `dir`, sorted by name within each folder. Symbolic links to folders are not followed. */
async function walk(dir: string, found: Found): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    found.problems.push({ file: dir, reason: why(error) });
    return;
  }
  // no spread of the entries anywhere: a folder may hold hundreds of thousands of files
  const names = entries.filter((e) => !e.isDirectory() && INPUT.test(e.name)).map((e) => e.name);
  names.sort();
  for (const name of names) found.files.push(join(dir, name));
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  dirs.sort();
  for (const name of dirs) await walk(join(dir, name), found);
}

/** The files named, and every report file below the folders named, in a stable order; `-` stays as it is. */
export async function findReportFiles(inputs: readonly string[]): Promise<Found> {
  const found: Found = { files: [], problems: [] };
  for (const input of inputs) {
    if (input === STDIN) {
      found.files.push(STDIN);
      continue;
    }
    try {
      if ((await stat(input)).isDirectory()) await walk(input, found);
      else found.files.push(input);
    } catch (error) {
      found.problems.push({ file: input, reason: why(error) });
    }
  }
  return found;
}

/** Why a path that is not a regular file is skipped. */
function notRegular(st: Stats): MessageId {
  return st.isFIFO()
    ? 'broken.fifo'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'broken.device'
      : st.isSocket()
        ? 'broken.socket'
        : st.isDirectory()
          ? 'broken.folder'
          : 'broken.not-regular';
}

/**
 * What one parsed JSON value holds: a report, a Splunk export line (`{"result": {...}}`, the event
 * in `result._raw` or the result itself; lines of messages only are not reports), an Elasticsearch
 * hit (`{"_source": {...}}`). Returns the reports' candidates; an empty list for a line with none.
 */
export function unwrap(data: unknown): unknown[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [data];
  const o = data as Record<string, unknown>;
  if ('schemaVersion' in o) return [o];
  if (o._source && typeof o._source === 'object') return [o._source];
  const results = 'result' in o ? [o.result] : Array.isArray(o.results) ? o.results : null;
  if (results) {
    return results.map((r) => {
      const raw = (r as Record<string, unknown> | null)?._raw;
      if (typeof raw !== 'string') return r;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    });
  }
  // a Splunk line that carries only `preview` or `messages`, or a `lastrow` marker
  if ('preview' in o || 'messages' in o || 'lastrow' in o) return [];
  return [o];
}

/**
 * Where the readers put what they find: a candidate report with where it came from (FILE, or
 * FILE:LINE), or a file or line that is not one.
 */
interface Sink {
  take(candidate: unknown, file: string): void;
  addBroken(file: string, reason: string): void;
}

export interface TrustOptions {
  /** the policies reports are judged again under (default: the built-in defaults only) */
  policies?: PolicyBook;
  /** --verify-key: each report's signature is checked with this key */
  verifyKey?: Buffer;
}

/** A report's result items with the statuses and blockers its facts and answers give. */
function judged(report: FleetReport, j: Judgement): FleetReport {
  const checks = new Map(j.checks.map((c) => [c.id, c]));
  const questions = new Map(j.questions.map((q) => [q.id, q]));
  return {
    ...report,
    score: { ...report.score, value: j.score, verdict: j.verdict, blockers: j.blockers },
    checks: report.checks.map((c) => {
      const d = checks.get(c.id);
      return d ? { ...c, status: d.status, blocker: d.blocker } : c;
    }),
    questions: report.questions.map((q) => {
      const d = questions.get(q.id);
      return d ? { ...q, status: d.status, blocker: d.blocker } : q;
    }),
  };
}

/**
 * What a valid report is worth beyond its own word: its facts and answers judged again under the
 * policy it names (src/rederive.ts), and its signature checked over the JSON as read (not cut to
 * the schema: a key added afterwards counts).
 */
export function assess(data: unknown, report: FleetReport, file: string, options: TrustOptions): ReportTrust {
  const trust: ReportTrust = { file, differences: [] };
  if (options.verifyKey) trust.signature = verifyReport(data, options.verifyKey);
  const full = AnyReportSchema.safeParse(data);
  if (!full.success) {
    // valid for counting, but not a whole report of this tool: nothing to judge it by
    trust.differences = [{ what: 'incomplete' }];
    return trust;
  }
  const again = rederive(full.data, options.policies ?? policyBook(), report.schemaVersion);
  if (again.kind === 'policy-unknown') trust.policyUnknown = again.policy;
  else if (again.kind === 'disagrees') {
    trust.differences = again.differences;
    trust.derived = judged(report, again);
  }
  return trust;
}

export function validate(data: unknown): { report: FleetReport } | { reason: string } {
  const parsed = FleetReportSchema.safeParse(data);
  return parsed.success ? { report: parsed.data } : { reason: tCli('broken.invalid', { problem: describeZodError(parsed.error) }) };
}

const jsonError = (error: unknown) => tCli('broken.json', { detail: jsonDetail((error as Error).message.replace(/\s+/g, ' ')) });

/**
 * One line of NDJSON: the reports it holds are added; what cannot be used is listed as `FILE:LINE`.
 * Returns false when the line is not JSON at all.
 */
function addLine(acc: Sink, source: string, lineNo: number, line: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    acc.addBroken(`${source}:${lineNo}`, jsonError(error));
    return false;
  }
  for (const candidate of unwrap(data)) acc.take(candidate, `${source}:${lineNo}`);
  return true;
}

/**
 * Lines of a stream, each at most MAX_REPORT_BYTES: a longer line is skipped (and listed) without
 * being held, so a stream without line breaks (/dev/zero on stdin) costs no memory.
 */
export async function readLines(stream: Readable, onLine: (line: string, lineNo: number) => void, onTooLong: (lineNo: number) => void): Promise<void> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 0;
  let skipping = false;
  const flush = () => {
    lineNo += 1;
    if (skipping) onTooLong(lineNo);
    else {
      const text = Buffer.concat(parts, size)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim();
      if (text !== '') onLine(text, lineNo);
    }
    parts = [];
    size = 0;
    skipping = false;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      if (!skipping) {
        parts.push(chunk.subarray(start, nl));
        size += nl - start;
        if (size > MAX_REPORT_BYTES) skipping = true;
      }
      flush();
      start = nl + 1;
    }
    if (!skipping && start < chunk.length) {
      parts.push(chunk.subarray(start));
      size += chunk.length - start;
      if (size > MAX_REPORT_BYTES) {
        skipping = true;
        parts = [];
      }
    }
  }
  if (size > 0 || skipping) flush();
}

/** NDJSON from a stream: each line a report or an export line. A pretty-printed single report on stdin is read too. */
async function addNdjson(acc: Sink, source: string, stream: Readable): Promise<void> {
  // a single pretty-printed report (cat report.json | summarize -) arrives as many lines: when the
  // first line is not JSON on its own, the whole input (up to the cap) is one document
  let whole: string[] | null = null;
  let wholeSize = 0;
  let first = true;
  await readLines(
    stream,
    (line, lineNo) => {
      if (whole) {
        wholeSize += line.length;
        if (wholeSize <= MAX_REPORT_BYTES) whole.push(line);
        return;
      }
      if (first) {
        first = false;
        try {
          JSON.parse(line);
        } catch {
          whole = [line];
          wholeSize = line.length;
          return;
        }
      }
      addLine(acc, source, lineNo, line);
    },
    (lineNo) => acc.addBroken(`${source}:${lineNo}`, tCli('broken.line-too-large', { mib: MAX_REPORT_BYTES / 1024 / 1024 })),
  );
  if (whole) {
    if (wholeSize > MAX_REPORT_BYTES) acc.addBroken(source, tCli('broken.too-large', { mib: MAX_REPORT_BYTES / 1024 / 1024 }));
    else addDocument(acc, source, (whole as string[]).join('\n'));
  }
}

/** A whole JSON document: a report, an export wrapper, or an array of them. */
function addDocument(acc: Sink, source: string, text: string): void {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    acc.addBroken(source, jsonError(error));
    return;
  }
  const candidates = Array.isArray(data) ? data.flatMap(unwrap) : unwrap(data);
  if (candidates.length === 0) acc.addBroken(source, tCli('broken.no-report'));
  candidates.forEach((candidate, i) => acc.take(candidate, candidates.length > 1 ? `${source}[${i}]` : source));
}

/**
 * Open a file for reading without blocking on a FIFO (O_NONBLOCK), and say whether it is a regular
 * file not read before. Returns the open descriptor, or the reason it is skipped (and closed).
 */
function openRegular(path: string, seen: Set<string>): { fd: number; size: number } | { reason: string } | { duplicate: true } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { reason: why(error) };
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    return { reason: tCli(notRegular(st)) };
  }
  // device and inode name the file, however it was reached (0 on some Windows file systems: then the path)
  const id = st.ino ? `${st.dev}:${st.ino}` : path;
  if (seen.has(id)) {
    closeSync(fd);
    return { duplicate: true };
  }
  seen.add(id);
  return { fd, size: st.size };
}

function readAll(fd: number, size: number): string {
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, null);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off).toString('utf8');
}

/** Reads one input into the accumulator. */
async function addInput(acc: Sink, file: string, seen: Set<string>, stdin: Readable): Promise<void> {
  if (file === STDIN) {
    if (seen.has(STDIN)) return;
    seen.add(STDIN);
    await addNdjson(acc, 'stdin', stdin);
    return;
  }
  const opened = openRegular(file, seen);
  if ('duplicate' in opened) return;
  if ('reason' in opened) {
    acc.addBroken(file, opened.reason);
    return;
  }
  const { fd, size } = opened;
  if (size === 0) {
    closeSync(fd);
    acc.addBroken(file, tCli('broken.empty'));
    return;
  }
  if (NDJSON.test(file)) {
    await addNdjson(acc, file, createReadStream('', { fd, autoClose: true }));
    return;
  }
  try {
    if (size <= MAX_REPORT_BYTES) {
      const text = readAll(fd, size);
      const firstBreak = text.indexOf('\n');
      // an export saved as *.json: one report a line
      if (firstBreak > 0 && text.indexOf('\n', firstBreak + 1) !== -1 && looksLikeNdjson(text.slice(0, firstBreak))) {
        await addNdjson(acc, file, Readable.from([Buffer.from(text)]));
      } else addDocument(acc, file, text);
      return;
    }
    // larger than a report: only an NDJSON export is read, as a stream
    const head = Buffer.alloc(Math.min(size, MAX_REPORT_BYTES));
    const n = readSync(fd, head, 0, head.length, 0);
    const firstBreak = head.subarray(0, n).indexOf(10);
    if (firstBreak > 0 && looksLikeNdjson(head.subarray(0, firstBreak).toString('utf8'))) {
      await addNdjson(acc, file, createReadStream('', { fd, start: 0, autoClose: false }));
    } else acc.addBroken(file, tCli('broken.too-large', { mib: MAX_REPORT_BYTES / 1024 / 1024 }));
  } finally {
    closeSync(fd);
  }
}

/** A first line that is a whole JSON object on its own: the file is NDJSON. */
function looksLikeNdjson(line: string): boolean {
  const text = line.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export interface ReadOptions extends SummaryOptions, TrustOptions {
  /**
   * false: count what the reports say, without judging them again (default true). Only for
   * comparing with a store that counts in SQL (the PostgreSQL store); no command offers it.
   */
  judgeAgain?: boolean;
  /** where `-` reads from (default process.stdin) */
  stdin?: Readable;
}

/**
 * Read, validate and summarise, in the inputs' order (a device's report with the same startedAt as
 * an earlier one wins). Each report is let go after it is added: the accumulator keeps only what
 * each report counted adds to the figures.
 */
export async function summarizeFiles(inputs: readonly string[], lang: Lang, options: ReadOptions = {}): Promise<FleetSummary> {
  const { stdin = process.stdin, policies, verifyKey, judgeAgain = true, ...summaryOptions } = options;
  const { files, problems } = await findReportFiles(inputs);
  const acc = createSummary(lang, { ...summaryOptions, rederived: judgeAgain, verified: verifyKey !== undefined });
  const trust: TrustOptions = { policies: policies ?? policyBook(), verifyKey };
  const sink: Sink = {
    take(candidate, file) {
      const got = validate(candidate);
      if ('report' in got) acc.add(got.report, judgeAgain ? assess(candidate, got.report, file, trust) : undefined);
      else acc.addBroken(file, got.reason);
    },
    addBroken: (file, reason) => acc.addBroken(file, reason),
  };
  for (const p of problems) sink.addBroken(p.file, p.reason);
  const seen = new Set<string>();
  for (const file of files) await addInput(sink, file, seen, stdin);
  return acc.finish();
}

/** One report file → a valid report, or the one-line reason it cannot be used (a regular file only, up to the cap). */
export function readReport(path: string): { report: FleetReport } | { reason: string } {
  const opened = openRegular(path, new Set());
  if ('duplicate' in opened) return { reason: tCli('broken.twice') };
  if ('reason' in opened) return opened;
  try {
    if (opened.size > MAX_REPORT_BYTES) return { reason: tCli('broken.too-large', { mib: MAX_REPORT_BYTES / 1024 / 1024 }) };
    let data: unknown;
    try {
      data = JSON.parse(readAll(opened.fd, opened.size).replace(/^\uFEFF/, ''));
    } catch (error) {
      return { reason: jsonError(error) };
    }
    return validate(data);
  } finally {
    closeSync(opened.fd);
  }
}

export function renderSummary(summary: FleetSummary, format: SummaryFormat, delimiter?: CsvDelimiter): string {
  switch (format) {
    case 'table':
      return renderSummaryTable(summary);
    case 'csv':
      return renderSummaryCsv(summary, delimiter);
    case 'devices-csv':
      return renderDevicesCsv(summary, delimiter);
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'html':
      return renderSummaryHtml(summary);
  }
}
