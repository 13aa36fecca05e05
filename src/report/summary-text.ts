/**
 * The fleet summary as text: a table for an 80-column terminal, and CSV for a spreadsheet.
 * Every string from a report is untrusted: control characters are removed before it reaches a
 * terminal, and a CSV cell that a spreadsheet would take for a formula is made plain text.
 */
import { LOCALES, t, type Lang, type MessageId } from '../i18n/index.js';
import { foldUnits } from '../text/wrap.js';
import { cleanText, NETWORK_METRICS, osName, type Figure, type FleetDevice, type Flagged, type FleetSummary, type ItemSummary } from './summarize.js';

export const WIDTH = 80;
const VERDICTS = ['ready', 'ready-with-warnings', 'not-ready'] as const;

/** Control characters (ANSI escapes start with one), bidirectional overrides and line breaks out: one visible line. */
export function plainText(text: string): string {
  return cleanText(text, Infinity);
}

/** Cut to `width` characters (code points), with … when cut. */
export function fit(text: string, width: number): string {
  const chars = [...plainText(text)];
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - [...s].length)) + s;

export function formatNumber(lang: Lang, value: number | null, digits = 1): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

export function percent(lang: Lang, part: number, whole: number): string {
  return whole === 0 ? '–' : `${formatNumber(lang, (100 * part) / whole)} %`;
}

function itemLabel(lang: Lang, item: { kind: 'check' | 'question'; title: string }): string {
  return `${item.title} (${t(lang, `summary.kind.${item.kind}`)})`;
}

/** Items with at least one fail, warning or unknown: what the shortfall lists show. */
export function shortfalls(summary: FleetSummary): ItemSummary[] {
  return summary.items.filter((i) => i.fail + i.warn + i.unknown > 0);
}

/**
 * How the reports were counted, in sentences: the latest of each device known by host name, or
 * every report (--all-reports); and that reports without a host name are counted each.
 */
export function countingLines(summary: FleetSummary): string[] {
  const { lang, reports, deviceCounts: devices } = summary;
  if (reports.counting === 'every-report') return [t(lang, 'summary.counted-all', { counted: reports.counted, devices: devices.identified })];
  const lines: string[] = [];
  if (devices.identified > 0) {
    lines.push(
      t(lang, 'summary.counted', {
        counted: reports.counted,
        devices: devices.identified,
        superseded: reports.superseded,
      }),
    );
  }
  if (devices.unidentified > 0) lines.push(t(lang, 'summary.unidentified', { count: devices.unidentified }));
  return lines;
}

/**
 * What was left out or not taken at its word, in sentences: replayed reports left out, reports that
 * disagree with their own facts or name an unknown policy, and the signatures checked.
 */
export function trustLines(summary: FleetSummary): string[] {
  const { lang, reports } = summary;
  const lines: string[] = [];
  if (reports.replayed) lines.push(t(lang, 'summary.replayed', { count: reports.replayed }));
  if (reports.disagreeing !== null && reports.policyUnknown !== null)
    lines.push(t(lang, 'summary.rederived', { disagreeing: reports.disagreeing, unknown: reports.policyUnknown }));
  if (reports.signatures) lines.push(t(lang, 'summary.signatures', { ...reports.signatures }));
  return lines;
}

/** An item's title as the summary knows it, else its id. */
function itemTitle(summary: FleetSummary, kind: 'check' | 'question', id: string): string {
  return summary.items.find((i) => i.kind === kind && i.id === id)?.title ?? id;
}

/** Why a report's own verdict was not taken, and how it differs from its facts judged again, in one line. */
export function flaggedText(summary: FleetSummary, f: Flagged): string {
  const { lang } = summary;
  const status = (s: string | null) => (s === null ? t(lang, 'summary.diff.missing') : t(lang, `status.${s}` as MessageId));
  const parts: string[] = f.flags.map((flag) =>
    flag === 'policy-unknown' ? t(lang, 'summary.flag.policy-unknown', { policy: f.policy ?? '?' }) : t(lang, `summary.flag.${flag}`),
  );
  for (const d of f.differences) {
    if (d.what === 'verdict') parts.push(t(lang, 'summary.diff.verdict', { stored: t(lang, `verdict.${d.stored}`), derived: t(lang, `verdict.${d.derived}`) }));
    else if (d.what === 'score') parts.push(t(lang, 'summary.diff.score', { stored: d.stored, derived: d.derived }));
    else if (d.what === 'incomplete') parts.push(t(lang, 'summary.diff.incomplete'));
    else parts.push(t(lang, 'summary.diff.item', { item: itemTitle(summary, d.what, d.id), stored: status(d.stored), derived: status(d.derived) }));
  }
  return parts.join('; ');
}

const TOP = 15;

/** A device's name for a list: its host name, else "(no host name)". */
export function deviceName(lang: Lang, d: FleetDevice): string {
  return d.host ?? t(lang, 'summary.no-host');
}

/** Why a device is listed: its blockers, else what fails, and how long it has not been seen when stale. */
export function deviceWhy(lang: Lang, d: FleetDevice): string {
  const fails = d.shortfalls.filter((s) => s.status === 'fail').map((s) => s.id);
  const parts: string[] = [];
  if (d.blockers.length > 0) parts.push(`${t(lang, 'summary.col.blockers')}: ${d.blockers.map((b) => b.id).join(', ')}`);
  else if (fails.length > 0) parts.push(`${t(lang, 'status.fail')}: ${fails.join(', ')}`);
  else if (d.verdict === 'not-ready') parts.push(t(lang, 'summary.low-score', { score: d.score }));
  if (d.stale) parts.push(t(lang, 'summary.stale-days', { days: d.daysSinceReport }));
  return parts.join('; ');
}

/** Devices that need someone to act: not ready, then stale, then ready with warnings; the worst first. */
export function needingAttention(summary: FleetSummary): FleetDevice[] {
  const rank = (d: FleetDevice) => (d.verdict === 'not-ready' ? 0 : d.stale ? 1 : d.verdict === 'ready-with-warnings' ? 2 : 3);
  return summary.devices.filter((d) => rank(d) < 2).sort((a, b) => rank(a) - rank(b) || a.score - b.score || (a.lastReport < b.lastReport ? -1 : 1));
}

export function renderSummaryTable(summary: FleetSummary): string {
  const { lang } = summary;
  const out: string[] = [];
  const heading = (id: MessageId, params?: Record<string, string | number>) => out.push('', fit(t(lang, id, params), WIDTH));
  out.push(fit(summary.organisation ? `${t(lang, 'summary.heading')}: ${summary.organisation}` : t(lang, 'summary.heading'), WIDTH));
  out.push(fit(t(lang, 'summary.generated', { date: summary.generatedAt }), WIDTH));
  out.push(fit(t(lang, 'summary.reports', { valid: summary.reports.valid, broken: summary.reports.broken }), WIDTH));
  if (summary.reports.since) out.push(fit(t(lang, 'summary.since', { since: summary.reports.since, count: summary.reports.beforeSince }), WIDTH));
  if (summary.reports.first && summary.reports.last) {
    out.push(t(lang, 'summary.period', { first: summary.reports.first, last: summary.reports.last }));
  }
  for (const line of countingLines(summary)) out.push(...wrap(plainText(line), WIDTH));
  for (const line of trustLines(summary)) out.push(...wrap(plainText(line), WIDTH));

  heading('summary.verdicts');
  for (const v of VERDICTS) {
    const n = summary.verdicts[v];
    out.push(
      `  ${padEnd(fit(t(lang, `verdict.${v}`), 50), 50)} ${padStart(formatNumber(lang, n), 10)} ${padStart(percent(lang, n, summary.reports.counted), 9)}`,
    );
  }
  if (summary.score.median !== null && summary.score.worst !== null)
    out.push(fit(t(lang, 'summary.score', { median: summary.score.median, worst: summary.score.worst }), WIDTH));

  heading('summary.blockers');
  if (summary.blockers.length === 0) out.push(`  ${t(lang, 'summary.none')}`);
  for (const b of summary.blockers.slice(0, TOP)) out.push(`  ${padStart(formatNumber(lang, b.count), 8)}  ${fit(itemLabel(lang, b), WIDTH - 12)}`);
  if (summary.blockers.length > TOP) out.push(`  ${t(lang, 'summary.more', { count: summary.blockers.length - TOP })}`);

  heading('summary.shortfalls');
  const items = shortfalls(summary);
  const titleWidth = WIDTH - 2 - 4 * 8;
  out.push(`  ${padEnd(t(lang, 'summary.col.item'), titleWidth)}${['✗', '!', '?', '#'].map((s) => padStart(s, 8)).join('')}`);
  for (const i of items.slice(0, TOP)) {
    out.push(
      `  ${padEnd(fit(itemLabel(lang, i), titleWidth - 1), titleWidth)}${[i.fail, i.warn, i.unknown, i.reports].map((n) => padStart(formatNumber(lang, n), 8)).join('')}`,
    );
  }
  if (items.length === 0) out.push(`  ${t(lang, 'summary.none')}`);
  if (items.length > TOP) out.push(`  ${t(lang, 'summary.more', { count: items.length - TOP })}`);
  out.push(
    ...wrap(
      `✗ ${t(lang, 'status.fail')}  ! ${t(lang, 'status.warn')}  ? ${t(lang, 'summary.unknown-incl')}  # ${t(lang, 'summary.col.reports')}`,
      WIDTH - 2,
    ).map((l) => `  ${l}`),
  );

  heading('summary.devices-attention');
  const attention = needingAttention(summary);
  const hostW = 22;
  const lastW = 14;
  out.push(
    `  ${padEnd(fit(t(lang, 'summary.col.host'), hostW - 1), hostW)}${padEnd(fit(t(lang, 'summary.col.last'), lastW - 1), lastW)}    ${fit(t(lang, 'summary.col.why'), WIDTH - 6 - hostW - lastW)}`,
  );
  for (const d of attention.slice(0, TOP)) {
    const mark = d.verdict === 'not-ready' ? '✗' : d.verdict === 'ready-with-warnings' ? '!' : '✓';
    out.push(
      `  ${padEnd(fit(deviceName(lang, d), hostW - 1), hostW)}${padEnd(d.lastReport.slice(0, 10), lastW)}${mark}   ${fit(deviceWhy(lang, d), WIDTH - 6 - hostW - lastW)}`,
    );
  }
  if (attention.length === 0) out.push(`  ${t(lang, 'summary.none')}`);
  if (attention.length > TOP) out.push(`  ${t(lang, 'summary.more', { count: attention.length - TOP })}`);
  out.push(...wrap(t(lang, 'summary.devices-note', { days: summary.stale.days, stale: summary.deviceCounts.stale }), WIDTH - 2).map((l) => `  ${l}`));

  if (summary.trend.length > 1) {
    heading('summary.trend');
    out.push(
      `  ${padEnd(t(lang, 'summary.col.week'), 12)}${padStart(t(lang, 'summary.col.reports'), 10)}${['✓', '!', '✗'].map((s) => padStart(s, 10)).join('')}`,
    );
    for (const w of summary.trend.slice(-TOP)) {
      out.push(
        `  ${padEnd(w.week, 12)}${padStart(formatNumber(lang, w.reports), 10)}${VERDICTS.map((v) => padStart(percent(lang, w[v], w.reports), 10)).join('')}`,
      );
    }
  }

  heading('summary.by-os');
  out.push(`  ${padEnd(t(lang, 'summary.col.os'), 30)}${padStart(t(lang, 'summary.col.reports'), 12)}${['✓', '!', '✗'].map((s) => padStart(s, 12)).join('')}`);
  for (const os of summary.byOs) {
    out.push(`  ${padEnd(fit(osName(os.os), 29), 30)}${[os.reports, ...VERDICTS.map((v) => os[v])].map((n) => padStart(formatNumber(lang, n), 12)).join('')}`);
  }
  out.push(fit(`  ${VERDICTS.map((v, k) => `${['✓', '!', '✗'][k]} ${t(lang, `verdict.${v}`)}`).join('  ')}`, WIDTH));

  heading('summary.network', { count: summary.network.measured });
  // three columns of 15: a heading of up to 14 characters keeps a space before it
  out.push(
    `  ${padEnd(t(lang, 'summary.col.figure'), 33)}${[t(lang, 'summary.col.count'), t(lang, 'summary.col.median'), t(lang, 'summary.col.worst')].map((s) => padStart(fit(s, 14), 15)).join('')}`,
  );
  for (const m of NETWORK_METRICS) {
    const f: Figure = summary.network.figures[m];
    out.push(
      `  ${padEnd(fit(t(lang, `summary.metric.${m}`), 32), 33)}${[formatNumber(lang, f.count), formatNumber(lang, f.median), formatNumber(lang, f.worst)].map((s) => padStart(s, 15)).join('')}`,
    );
  }
  out.push(...wrap(t(lang, 'summary.network-note'), WIDTH - 2).map((l) => `  ${l}`));

  if (summary.flagged.length > 0) {
    heading('summary.flagged');
    out.push(...wrap(t(lang, 'summary.flagged-note'), WIDTH - 2).map((l) => `  ${l}`));
    // every one of them, by file: IT has to look at each
    for (const f of summary.flagged) {
      out.push(`  ${fit(f.file, WIDTH - 2)}`);
      out.push(...wrap(plainText(flaggedText(summary, f)), WIDTH - 4).map((l) => `    ${l}`));
    }
  }

  if (summary.broken.length > 0) {
    heading('summary.broken');
    for (const b of summary.broken.slice(0, TOP)) out.push(`  ${fit(`${b.file}: ${b.reason}`, WIDTH - 2)}`);
    if (summary.broken.length > TOP) out.push(`  ${t(lang, 'summary.more', { count: summary.broken.length - TOP })}`);
  }
  return `${out.join('\n')}\n`;
}

/** A sentence folded to `width`: broken between words, never inside a date or a grouped number. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of foldUnits(text)) {
    if (line && [...`${line} ${word}`].length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export type CsvDelimiter = ';' | ',' | '\t';

/**
 * The separator Excel expects where the summary is read: Norwegian Excel splits on `;` and reads
 * a decimal comma; English on `,` with a decimal point.
 */
export function defaultDelimiter(lang: Lang): CsvDelimiter {
  return lang === 'en' ? ',' : ';';
}

/**
 * CSV (RFC 4180, CRLF) with a UTF-8 byte order mark so that Excel reads æøå, one tidy table that
 * filters well: the verdicts of the reports counted, the counts of reports and devices, one row per
 * item, operating system, network figure and unusable file, the `section` column telling which. With `;` numbers have a decimal comma, as Excel expects then.
 */
export function renderSummaryCsv(summary: FleetSummary, delimiter: CsvDelimiter = defaultDelimiter(summary.lang)): string {
  const decimal = delimiter === ';' ? ',' : '.';
  const num = (v: number | null) => (v === null ? '' : String(v).replace('.', decimal));
  const text = (v: string) => csvText(v, delimiter);
  const header = [
    'section',
    'kind',
    'id',
    'title',
    'reports',
    'ready',
    'ready_with_warnings',
    'not_ready',
    'pass',
    'warn',
    'fail',
    'unknown',
    'skipped',
    'unanswered',
    'blocker',
    'median',
    'p10',
    'p90',
    'reason',
  ];
  const rows: string[][] = [header.map((h) => t(summary.lang, `csv.col.${h}` as MessageId))];
  type Cells = Partial<Record<(typeof header)[number], string | number | null>>;
  const row = (cells: Cells) =>
    rows.push(
      header.map((h) => {
        const v = cells[h];
        return v === undefined || v === null ? '' : typeof v === 'number' ? num(v) : text(v);
      }),
    );
  const { lang } = summary;
  row({
    section: 'total',
    title: t(lang, 'summary.heading'),
    reports: summary.reports.counted,
    ready: summary.verdicts.ready,
    ready_with_warnings: summary.verdicts['ready-with-warnings'],
    not_ready: summary.verdicts['not-ready'],
  });
  for (const id of ['valid', 'counted', 'superseded'] as const)
    row({ section: 'reports', id, title: t(lang, `summary.count.${id}`), reports: summary.reports[id] });
  row({ section: 'reports', id: 'broken', title: t(lang, 'summary.broken'), reports: summary.reports.broken });
  for (const id of ['identified', 'unidentified'] as const)
    row({ section: 'devices', id, title: t(lang, `summary.count.${id}`), reports: summary.deviceCounts[id] });
  row({
    section: 'score',
    title: t(lang, 'summary.col.score'),
    reports: summary.score.count,
    median: summary.score.median,
    p10: summary.score.p10,
    p90: summary.score.p90,
  });
  for (const i of summary.items) {
    row({
      section: 'item',
      kind: i.kind,
      id: i.id,
      title: i.title,
      reports: i.reports,
      pass: i.pass,
      warn: i.warn,
      fail: i.fail,
      unknown: i.unknown,
      skipped: i.skipped,
      unanswered: i.unanswered,
      blocker: i.blocker,
    });
  }
  for (const os of summary.byOs) {
    row({
      section: 'os',
      id: os.os,
      title: osName(os.os),
      reports: os.reports,
      ready: os.ready,
      ready_with_warnings: os['ready-with-warnings'],
      not_ready: os['not-ready'],
    });
  }
  for (const m of NETWORK_METRICS) {
    const f = summary.network.figures[m];
    row({ section: 'network', id: m, title: t(lang, `summary.metric.${m}`), reports: f.count, median: f.median, p10: f.p10, p90: f.p90 });
  }
  for (const w of summary.trend)
    row({
      section: 'trend',
      id: w.week,
      title: w.from,
      reports: w.reports,
      ready: w.ready,
      ready_with_warnings: w['ready-with-warnings'],
      not_ready: w['not-ready'],
    });
  row({ section: 'devices', id: 'stale', title: t(lang, 'summary.count.stale', { days: summary.stale.days }), reports: summary.deviceCounts.stale });
  for (const o of summary.organisations) row({ section: 'organisation', title: o.name, reports: o.reports });
  row({ section: 'generated', title: summary.generatedAt });
  for (const b of summary.broken) row({ section: 'broken', title: b.file, reason: b.reason });
  return `\uFEFF${rows.map((r) => r.join(delimiter)).join('\r\n')}\r\n`;
}

/**
 * One CSV cell of text. A spreadsheet runs a cell that starts with = + - @ (or a tab or return
 * before them) as a formula; and a cell holding the other separator is split there by a spreadsheet
 * that expects it (Norwegian Excel splits a `,` file on `;`), so a formula may start after any
 * separator too. Each such start gets an apostrophe, which shows the text as text, and a cell with
 * either separator, a quote or a line break is quoted.
 */
export function csvText(value: string, delimiter: CsvDelimiter): string {
  const safe = value.replace(/(^|[,;\t\r\n])(\s*)(?=[=+\-@\t\r])/g, "$1$2'");
  return /[",;\t\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per device (the latest report of each host name, and each report without one): for a
 * spreadsheet to sort and filter. Lists of items are their ids separated by spaces.
 */
export function renderDevicesCsv(summary: FleetSummary, delimiter: CsvDelimiter = defaultDelimiter(summary.lang)): string {
  const decimal = delimiter === ';' ? ',' : '.';
  const header = [
    'host',
    'user',
    'os',
    'organisation',
    'last_report',
    'days_since_report',
    'stale',
    'verdict',
    'score',
    'scope',
    'blockers',
    'fail',
    'warn',
    'unknown',
  ];
  const ids = (d: FleetDevice, status: 'fail' | 'warn' | 'unknown') =>
    d.shortfalls
      .filter((s) => s.status === status)
      .map((s) => s.id)
      .join(' ');
  const lines = [header.map((h) => csvText(t(summary.lang, `csv.col.${h}` as MessageId), delimiter)).join(delimiter)];
  for (const d of summary.devices) {
    const cells = [
      d.host ?? '',
      d.user ?? '',
      osName(d.os),
      d.organisation ?? '',
      d.lastReport,
      String(d.daysSinceReport),
      d.stale ? 'yes' : 'no',
      d.verdict,
      String(d.score).replace('.', decimal),
      d.scope ?? '',
      d.blockers.map((b) => b.id).join(' '),
      ids(d, 'fail'),
      ids(d, 'warn'),
      ids(d, 'unknown'),
    ];
    lines.push(cells.map((c) => csvText(c, delimiter)).join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
