/**
 * The fleet summary: many reports → one overview for IT. Pure functions over parsed reports; the
 * files are read elsewhere. Reports are added one at a time to an accumulator so that a hundred
 * thousand of them never need to be held in memory together: what is kept of each report counted
 * is its part of the counts (one number per check and question), its network figures and the few
 * fields of the device list (a few hundred bytes).
 *
 * A device is known by the host name a report carries when the policy asks for it (report.include):
 * only the latest report of each host name is counted (by startedAt; on a tie the one added last),
 * so a machine that runs the check every day weighs as much as one that ran it once. The host name
 * is compared without regard to case or surrounding space; the user name is not part of the key,
 * since the checks are about the machine (a shared PC is one machine). A report without a host name
 * cannot be matched to a device and is counted on its own.
 *
 * Percentiles are linearly interpolated between the closest ranks (as Excel's PERCENTILE.INC and
 * PostgreSQL's percentile_cont), so the figures can be checked in a spreadsheet or in SQL.
 *
 * Every string taken from a report (titles, ids, names, the operating system) is cleaned once, here:
 * control characters and bidirectional overrides out, one line, at most TEXT_MAX characters. Every
 * format made from the summary inherits that.
 */
import { z } from 'zod';
import type { Lang } from '../i18n/index.js';
import { StatusSchema, VerdictSchema } from './schema.js';

export const NETWORK_METRICS = ['downloadMbps', 'uploadMbps', 'latencyMs', 'jitterMs', 'lossPercent', 'mos'] as const;
export type NetworkMetric = (typeof NETWORK_METRICS)[number];
/** for these, a high value is good: the worst tenth is the 10th percentile; for the others the 90th */
export const HIGHER_IS_BETTER: ReadonlySet<NetworkMetric> = new Set(['downloadMbps', 'uploadMbps', 'mos']);
/** the check whose facts carry the network figures */
export const NETWORK_CHECK = 'network-quality';
/** the longest text taken from a report, in characters (code points) */
export const TEXT_MAX = 200;
export const DEFAULT_STALE_DAYS = 14;
/** the trend covers at most this many weeks, the latest */
export const TREND_WEEKS = 53;
const DAY_MS = 86_400_000;

const count = z.number().int().min(0);

/**
 * What the summary reads of a report: the fields it counts, in either version of the report
 * (schemaVersion 1 and 2), and nothing else, so that a later report still adds up. A report file
 * must still be one: the tool's name and a known version.
 */
const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/);
export const ScopeSchema = z.enum(['machine', 'machine-and-meeting']);
export const FleetReportSchema = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  tool: z.object({ name: z.literal('homeoffice-check'), version: z.string() }),
  startedAt: z.iso.datetime({ offset: true }),
  lang: z.enum(['nb', 'nn', 'en']),
  platform: z.object({ os: z.string() }),
  mode: z.string(),
  organisation: z.object({ name: z.string() }).optional(),
  device: z.object({ hostname: z.string().optional(), username: z.string().optional() }).optional(),
  score: z.object({
    value: z.number().min(0).max(100),
    verdict: VerdictSchema,
    blockers: z.array(z.string()),
    scope: ScopeSchema.optional(),
  }),
  checks: z.array(z.object({ id: itemId, status: StatusSchema, blocker: z.boolean(), title: z.string(), facts: z.record(z.string(), z.unknown()).optional() })),
  questions: z.array(z.object({ id: itemId, status: StatusSchema, blocker: z.boolean(), title: z.string(), answer: z.string().nullable().optional() })),
});
export type FleetReport = z.infer<typeof FleetReportSchema>;

/** upper edges of the bins the network figures are counted in (the last bin is open), near the policy's thresholds */
export const BIN_EDGES: Record<NetworkMetric, readonly number[]> = {
  downloadMbps: [1.5, 3, 5, 8, 25, 100],
  uploadMbps: [1.5, 3, 5, 8, 25, 100],
  latencyMs: [50, 100, 150, 250, 500],
  jitterMs: [10, 30, 50, 100],
  lossPercent: [0.5, 1, 3, 5],
  mos: [2, 3, 3.5, 4, 4.3],
};
export const SCORE_EDGES = [10, 20, 30, 40, 50, 60, 70, 80, 90] as const;

/** count per bin: [from, to) with `to` null for the last, open bin */
export const BinsSchema = z.array(z.object({ from: z.number().nullable(), to: z.number().nullable(), count }));
export type Bins = z.infer<typeof BinsSchema>;

export function histogram(values: ArrayLike<number>, edges: readonly number[]): Bins {
  const bins: Bins = [...edges, null].map((to, i) => ({ from: i === 0 ? null : edges[i - 1]!, to, count: 0 }));
  for (let k = 0; k < values.length; k += 1) {
    const v = values[k]!;
    let i = 0;
    while (i < edges.length && v >= edges[i]!) i += 1;
    bins[i]!.count += 1;
  }
  return bins;
}

export const FigureSchema = z.object({
  /** how many reports had this figure */
  count,
  median: z.number().nullable(),
  p10: z.number().nullable(),
  p90: z.number().nullable(),
  /** the worse tail: p10 for speeds and MOS, p90 for delay, jitter and loss (the score: p10) */
  worst: z.number().nullable(),
});

const Kind = z.enum(['check', 'question']);

export const ItemSummarySchema = z.object({
  kind: Kind,
  id: z.string(),
  /** the title as the reports give it (in the summary's language when a report has it) */
  title: z.string(),
  /** reports that carry this item */
  reports: count,
  pass: count,
  warn: count,
  fail: count,
  /** could not tell, unanswered questions included */
  unknown: count,
  skipped: count,
  /** questions with no answer: a part of `unknown`, not added to it */
  unanswered: count,
  /** reports in which this item was a blocker */
  blocker: count,
});

const VerdictCounts = z.object({ ready: count, 'ready-with-warnings': count, 'not-ready': count });

/**
 * Why a report's own verdict is not taken: it disagrees with its facts judged again, the policy it
 * names is not known, or its signature does not match.
 */
export const FlagSchema = z.enum(['disagreeing', 'policy-unknown', 'tampered']);
export type Flag = z.infer<typeof FlagSchema>;
export const SignatureMarkSchema = z.enum(['valid', 'unsigned', 'tampered']);
export type SignatureMark = z.infer<typeof SignatureMarkSchema>;

/** One way a report's stored result differs from its facts and answers judged again (null: missing on that side). */
export const DeviceSchema = z.object({
  /** the host name as the latest report gives it; null for a report that carries none */
  host: z.string().nullable(),
  /** the user name, when the policy has the reports carry it */
  user: z.string().nullable(),
  os: z.string(),
  organisation: z.string().nullable(),
  /** startedAt of the device's latest report */
  lastReport: z.string(),
  daysSinceReport: count,
  /** a device known by host name whose latest report is older than stale.days */
  stale: z.boolean(),
  verdict: VerdictSchema,
  score: z.number(),
  /** what the score covers, when the report says: the machine, or the machine and the meeting */
  scope: ScopeSchema.nullable(),
  blockers: z.array(z.object({ kind: Kind, id: z.string() })),
  /** why the report's own verdict was not taken (it then counts as not-ready): see `flagged` */
  flags: z.array(FlagSchema),
  /** the signature as checked with --verify-key; null when no key was given */
  signature: SignatureMarkSchema.nullable(),
  /** fail, warn and unknown results (unanswered questions are not listed: they are in the item counts) */
  shortfalls: z.array(z.object({ kind: Kind, id: z.string(), status: z.enum(['fail', 'warn', 'unknown']) })),
});

export const DifferenceSchema = z.discriminatedUnion('what', [
  z.object({ what: z.literal('verdict'), stored: VerdictSchema, derived: VerdictSchema }),
  z.object({ what: z.literal('score'), stored: z.number(), derived: z.number() }),
  z.object({ what: Kind, id: z.string(), stored: StatusSchema.nullable(), derived: StatusSchema.nullable() }),
  /** valid to count, but not a whole report of this tool: its facts cannot be judged again */
  z.object({ what: z.literal('incomplete') }),
]);
export type Difference = z.infer<typeof DifferenceSchema>;

export const FlaggedSchema = z.object({
  /** the file (FILE:LINE in NDJSON) */
  file: z.string(),
  host: z.string().nullable(),
  flags: z.array(FlagSchema),
  /** the verdict and score the report gives */
  stored: z.object({ verdict: VerdictSchema, score: z.number() }),
  /** the verdict and score of its facts and answers judged again; null when they could not be (policy unknown) */
  derived: z.object({ verdict: VerdictSchema, score: z.number() }).nullable(),
  differences: z.array(DifferenceSchema),
  /** the policy the report names, when it is not known (a URL without its query, or sha256:…) */
  policy: z.string().nullable(),
});
export type Flagged = z.infer<typeof FlaggedSchema>;

export const TrendWeekSchema = VerdictCounts.extend({
  /** ISO week, e.g. 2026-W45 (weeks start on Monday, UTC) */
  week: z.string(),
  /** its Monday */
  from: z.string(),
  /** devices (the latest report of each in that week) and reports without host name */
  reports: count,
});

export const FleetSummarySchema = z.object({
  kind: z.literal('homeoffice-check-fleet-summary'),
  schemaVersion: z.literal(2),
  lang: z.enum(['nb', 'nn', 'en']),
  /** when the summary was made (ISO 8601, UTC) */
  generatedAt: z.string(),
  /** the organisation named by most of the reports counted, from the policy they ran under */
  organisation: z.string().nullable(),
  /** every organisation name among the reports counted, with how many */
  organisations: z.array(z.object({ name: z.string(), reports: count })),
  reports: z.object({
    /** valid reports read */
    valid: count,
    broken: count,
    /** earliest and latest startedAt among the valid reports (after --since) */
    first: z.string().nullable(),
    last: z.string().nullable(),
    /** reports that went into the figures below */
    counted: count,
    /** older reports of a device that has a later one: read, not counted */
    superseded: count,
    /** latest-per-device (the default), or every-report (--all-reports) */
    counting: z.enum(['latest-per-device', 'every-report']),
    /** --since, when given: valid reports that started before it are read and left out */
    since: z.string().nullable(),
    beforeSince: count,
    /** reports made by replaying a bundle (mode replay): read, and left out of every figure unless --include-replayed */
    replayed: count
      .nullable()
      .describe(
        'reports made by replaying a bundle (mode "replay"): left out of every figure unless --include-replayed; 0 with it; null where not told apart (the PostgreSQL store of `serve`)',
      ),
    includeReplayed: z.boolean().describe('true with --include-replayed: replayed reports are counted like the others'),
    disagreeing: count
      .nullable()
      .describe(
        'valid reports whose stored status, score or verdict differs from their own facts and answers judged again under the policy they name; they count as not-ready (listed in `flagged`); null when the reports were not judged again (the PostgreSQL store of `serve`)',
      ),
    policyUnknown: count
      .nullable()
      .describe(
        'valid reports that name a policy (by URL and SHA-256) that summarize was not given with --policy: not judged again, they count as not-ready (listed in `flagged`); null when not judged again',
      ),
    signatures: z
      .object({ valid: count, unsigned: count, tampered: count })
      .nullable()
      .describe(
        'with --verify-key: reports signed with that key and unchanged, without a signature, and changed after signing or signed with another key (tampered ones count as not-ready); null without --verify-key',
      ),
  }),
  deviceCounts: z.object({
    /** distinct host names among the valid reports */
    identified: count,
    /** valid reports without a host name: each counted, as they cannot be matched to a device */
    unidentified: count,
    /** devices known by host name with no report in stale.days */
    stale: count,
  }),
  stale: z.object({ days: count }),
  verdicts: VerdictCounts,
  score: FigureSchema,
  scoreBins: BinsSchema,
  /** items that were a blocker in at least one report, most frequent first */
  blockers: z.array(z.object({ kind: Kind, id: z.string(), title: z.string(), count })),
  /** every check and question seen, the most frequent shortfalls (fail, then warn, then unknown) first */
  items: z.array(ItemSummarySchema),
  byOs: z.array(VerdictCounts.extend({ os: z.string(), reports: count })),
  network: z.object({
    /** reports in which the network check measured something */
    measured: count,
    figures: z.record(z.enum(NETWORK_METRICS), FigureSchema),
    bins: z.record(z.enum(NETWORK_METRICS), BinsSchema),
  }),
  /** verdicts per week, oldest first: each device's latest report in that week */
  trend: z.array(TrendWeekSchema),
  /** one entry per device known by host name (its latest report) and per report without one; by host name */
  devices: z.array(DeviceSchema),
  /** reports whose own verdict was not taken, by file: disagreeing, policy unknown, tampered */
  flagged: z
    .array(FlaggedSchema)
    .describe('reports whose own verdict was not taken, by file: disagreeing with their facts, naming an unknown policy, or tampered'),
  broken: z.array(z.object({ file: z.string(), reason: z.string() })),
});

export type Figure = z.infer<typeof FigureSchema>;
export type ItemSummary = z.infer<typeof ItemSummarySchema>;
export type FleetSummary = z.infer<typeof FleetSummarySchema>;
export type FleetDevice = z.infer<typeof DeviceSchema>;
export type TrendWeek = z.infer<typeof TrendWeekSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export const VERDICTS = VerdictSchema.options;

/** PERCENTILE.INC over sorted values; null when there are none */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (n - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function figure(values: ArrayLike<number>, higherIsBetter = true): Figure {
  const sorted = Float64Array.from(values).sort();
  return figureFrom(sorted.length, percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9), higherIsBetter);
}

/** A figure from its count and unrounded percentiles (as SQL's percentile_cont gives them). */
export function figureFrom(count: number, p10: number | null, p50: number | null, p90: number | null, higherIsBetter = true): Figure {
  const [lo, mid, hi] = [round2(p10), round2(p50), round2(p90)];
  return { count, median: mid, p10: lo, p90: hi, worst: higherIsBetter ? lo : hi };
}

/** Bidirectional controls (they reorder what is shown: a name can be made to read as another) and zero-width marks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]+/g;

/**
 * A string from a report, safe to show anywhere: control characters, line breaks and bidirectional
 * overrides become one space, the ends are trimmed, and it is cut to `max` characters with … .
 */
export function cleanText(text: string, max = TEXT_MAX): string {
  const one = text
    .replace(UNSAFE, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (one.length <= max) return one;
  const chars = Array.from(one.slice(0, max * 2 + 2));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

interface ItemAcc extends Omit<ItemSummary, 'title'> {
  title: string;
  titleLang: Lang;
}

export interface SummaryOptions {
  /** count every report, older ones of the same device too (default false: the latest per device) */
  allReports?: boolean;
  /** leave out reports that started before this time (ISO 8601 or a date) */
  since?: string;
  /** a device known by host name is stale when its latest report is older than this (default 14) */
  staleDays?: number;
  /** the time the summary is made (default: now); decides the stale devices */
  now?: Date;
  /** count reports made by replaying a bundle (default false: they are left out, and counted as left out) */
  includeReplayed?: boolean;
  /** every report added comes with its judgement again (the file reader): `disagreeing` and `policyUnknown` are counts, not null */
  rederived?: boolean;
  /** every report added comes with its signature checked (--verify-key) */
  verified?: boolean;
}

/**
 * What the reader found out about a report beyond its own word: its facts judged again (the report
 * as judged, with the statuses, blockers, score and verdict that come out), and its signature.
 */
export interface ReportTrust {
  file: string;
  /** the report with the statuses, blockers, score and verdict of its facts judged again; absent when the policy is unknown */
  derived?: FleetReport;
  differences: Difference[];
  /** the policy the report names, when none of the known ones matches */
  policyUnknown?: string;
  signature?: SignatureMark;
}

export interface SummaryAccumulator {
  add(report: FleetReport, trust?: ReportTrust): void;
  addBroken(file: string, reason: string): void;
  finish(): FleetSummary;
}

/** The device a report comes from: its host name, folded to lower case; null when it carries none. */
export function deviceKey(report: Pick<FleetReport, 'device'>): string | null {
  const host = report.device?.hostname?.trim().toLowerCase();
  return host ? host : null;
}

export const STATUSES = StatusSchema.options;
type Status = (typeof STATUSES)[number];

/**
 * What one report adds to the figures and the device list, small enough to keep one per device
 * until the end: every check and question as one number (index of its item × 32 + status × 4 +
 * blocker × 2 + unanswered).
 */
export interface Contribution {
  verdict: Verdict;
  score: number;
  os: string;
  marks: Uint32Array;
  /** the network figures in NETWORK_METRICS order (NaN when missing), or null when none was measured */
  network: Float64Array | null;
  at: number;
  startedAt: string;
  host: string | null;
  user: string | null;
  organisation: string | null;
  scope: Scope | null;
  flags: readonly Flag[];
  signature: SignatureMark | null;
}

const NO_FLAGS: readonly Flag[] = Object.freeze([]);

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Monday (UTC) of the week `ms` falls in, as days since 1970-01-01. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  return day - ((day + 3) % 7);
}

/** 2026-W45 for the week starting on `monday` (days since 1970-01-01): the ISO year is that of its Thursday. */
export function isoWeek(monday: number): string {
  const thursday = new Date((monday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function parseSince(since: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00Z` : since);
  if (!Number.isFinite(ms)) throw new RangeError(`not a date: '${since}'`);
  return ms;
}

/**
 * The parts of a summary that come from the reports counted. The file summary builds it from
 * contributions; the PostgreSQL store from its tables; both hand it to `assemble`, so the shape
 * and order of everything shown is decided in one place.
 */
export interface SummaryParts {
  lang: Lang;
  options: SummaryOptions;
  valid: number;
  counted: number;
  beforeSince: number;
  first: string | null;
  last: string | null;
  identified: number;
  unidentified: number;
  verdicts: Record<Verdict, number>;
  score: Figure;
  scoreBins: Bins;
  items: Array<Omit<ItemSummary, 'title'> & { title: string }>;
  byOs: Map<string, Record<Verdict, number> & { reports: number }>;
  measured: number;
  figures: Record<NetworkMetric, Figure>;
  bins: Record<NetworkMetric, Bins>;
  organisations: Map<string, number>;
  /** weekly counts by Monday (days since 1970-01-01) */
  weeks: Map<number, Record<Verdict, number>>;
  devices: FleetDevice[];
  broken: Array<{ file: string; reason: string }>;
  /** replayed reports left out; null counts where the reports were not judged again or verified */
  replayed: number | null;
  disagreeing: number | null;
  policyUnknown: number | null;
  signatures: { valid: number; unsigned: number; tampered: number } | null;
  flagged: Flagged[];
}

export function sortItems<T extends Omit<ItemSummary, 'title'>>(all: T[]): T[] {
  return all.sort((a, b) => b.fail - a.fail || b.warn - a.warn || b.unknown - a.unknown || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Devices by host name (the same order as SQL's ORDER BY on the folded name), then those without, latest first. */
export function compareDevices(a: FleetDevice, b: FleetDevice): number {
  if (a.host !== null && b.host !== null) {
    const ka = a.host.toLowerCase();
    const kb = b.host.toLowerCase();
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
  if (a.host !== null) return -1;
  if (b.host !== null) return 1;
  return a.lastReport < b.lastReport ? 1 : a.lastReport > b.lastReport ? -1 : 0;
}

export function assemble(p: SummaryParts): FleetSummary {
  const now = p.options.now ?? new Date();
  const staleDays = p.options.staleDays ?? DEFAULT_STALE_DAYS;
  const items = sortItems(p.items.filter((i) => i.reports > 0));
  const blockers = items
    .filter((i) => i.blocker > 0)
    .map((i) => ({ kind: i.kind, id: i.id, title: i.title, count: i.blocker }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const organisations = [...p.organisations.entries()]
    .map(([name, reports]) => ({ name, reports }))
    .sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name));
  const mondays = [...p.weeks.keys()].sort((a, b) => a - b);
  const trend: TrendWeek[] = [];
  if (mondays.length > 0) {
    const lastWeek = mondays[mondays.length - 1]!;
    for (let monday = Math.max(mondays[0]!, lastWeek - 7 * (TREND_WEEKS - 1)); monday <= lastWeek; monday += 7) {
      const v = p.weeks.get(monday) ?? { ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
      trend.push({
        week: isoWeek(monday),
        from: new Date(monday * DAY_MS).toISOString().slice(0, 10),
        reports: v.ready + v['ready-with-warnings'] + v['not-ready'],
        ...v,
      });
    }
  }
  // sorted by host name folded once per device (compareDevices' order, without folding at every comparison)
  const folded = p.devices.map((d) => ({ d, key: d.host === null ? null : d.host.toLowerCase() }));
  folded.sort((a, b) => {
    if (a.key !== null && b.key !== null) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    if (a.key !== null) return -1;
    if (b.key !== null) return 1;
    return a.d.lastReport < b.d.lastReport ? 1 : a.d.lastReport > b.d.lastReport ? -1 : 0;
  });
  const devices = folded.map((x) => x.d);
  return {
    kind: 'homeoffice-check-fleet-summary',
    schemaVersion: 2,
    lang: p.lang,
    generatedAt: now.toISOString(),
    organisation: organisations[0]?.name ?? null,
    organisations,
    reports: {
      valid: p.valid,
      broken: p.broken.length,
      first: p.first,
      last: p.last,
      counted: p.counted,
      superseded: p.valid - p.counted,
      counting: p.options.allReports ? 'every-report' : 'latest-per-device',
      since: p.options.since ? new Date(parseSince(p.options.since)).toISOString() : null,
      beforeSince: p.beforeSince,
      replayed: p.replayed,
      includeReplayed: p.options.includeReplayed === true,
      disagreeing: p.disagreeing,
      policyUnknown: p.policyUnknown,
      signatures: p.signatures,
    },
    deviceCounts: { identified: p.identified, unidentified: p.unidentified, stale: devices.filter((d) => d.stale).length },
    stale: { days: staleDays },
    verdicts: { ...p.verdicts },
    score: p.score,
    scoreBins: p.scoreBins,
    blockers,
    items,
    byOs: [...p.byOs.entries()].map(([os, v]) => ({ os, ...v })).sort((a, b) => b.reports - a.reports || a.os.localeCompare(b.os)),
    network: {
      measured: p.measured,
      figures: p.figures,
      bins: p.bins,
    },
    trend,
    devices,
    flagged: [...p.flagged].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    broken: [...p.broken].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

/** A device entry from its latest report's contribution; `items` resolves a mark's item index. */
export function deviceEntry(c: Contribution, items: ReadonlyArray<{ kind: 'check' | 'question'; id: string }>, now: number, staleDays: number): FleetDevice {
  const blockers: FleetDevice['blockers'] = [];
  const shortfalls: FleetDevice['shortfalls'] = [];
  for (const m of c.marks) {
    const item = items[m >>> 5]!;
    const status = STATUSES[(m >>> 2) & 7]!;
    if (m & 2) blockers.push({ kind: item.kind, id: item.id });
    if ((status === 'fail' || status === 'warn' || status === 'unknown') && !(m & 1)) shortfalls.push({ kind: item.kind, id: item.id, status });
  }
  const days = Math.max(0, Math.floor((now - c.at) / DAY_MS));
  return {
    host: c.host,
    user: c.user,
    os: c.os,
    organisation: c.organisation,
    lastReport: c.startedAt,
    daysSinceReport: days,
    stale: c.host !== null && now - c.at > staleDays * DAY_MS,
    verdict: c.verdict,
    score: c.score,
    scope: c.scope,
    flags: [...c.flags],
    signature: c.signature,
    blockers,
    shortfalls,
  };
}

const mark = (index: number, status: Status, blocker: boolean, unanswered: boolean) =>
  index * 32 + STATUSES.indexOf(status) * 4 + (blocker ? 2 : 0) + (unanswered ? 1 : 0);

/**
 * What a report adds (see Contribution); `item` gives the index of an item (and is offered its
 * title). The PostgreSQL store makes the same from each report it takes in.
 */
export function makeContribution(
  report: FleetReport,
  at: number,
  item: (kind: 'check' | 'question', id: string, title: string, lang: Lang) => number,
): Contribution {
  const blocked = new Set(report.score.blockers);
  const marks = new Uint32Array(report.checks.length + report.questions.length);
  let network: Float64Array | null = null;
  let k = 0;
  for (const c of report.checks) {
    marks[k++] = mark(item('check', c.id, c.title, report.lang), c.status, c.blocker || blocked.has(c.id), false);
    const facts = c.facts ?? {};
    if (c.id === NETWORK_CHECK && NETWORK_METRICS.some((m) => finite(facts[m]))) {
      network = Float64Array.from(NETWORK_METRICS, (m) => (finite(facts[m]) ? facts[m] : NaN));
    }
  }
  for (const q of report.questions) {
    marks[k++] = mark(item('question', q.id, q.title, report.lang), q.status, q.blocker || blocked.has(q.id), q.answer === null);
  }
  const host = report.device?.hostname?.trim() ? cleanText(report.device.hostname) : null;
  const user = report.device?.username?.trim() ? cleanText(report.device.username) : null;
  const org = report.organisation?.name.trim() ? cleanText(report.organisation.name) : null;
  return {
    verdict: report.score.verdict,
    score: report.score.value,
    os: cleanText(report.platform.os, 40),
    marks,
    network,
    at,
    startedAt: report.startedAt,
    host,
    user,
    organisation: org,
    scope: report.score.scope ?? null,
    flags: NO_FLAGS,
    signature: null,
  };
}

/**
 * Start a summary in `lang`: titles are taken from reports in that language when there are some.
 * Reports may come in any order: which of a device's reports is the latest is decided at finish().
 */
/** An item's counts before any report: what the file summary and the PostgreSQL store both start from. */
export function noItemCounts() {
  return { reports: 0, pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0, unanswered: 0, blocker: 0 };
}

export function createSummary(lang: Lang, options: SummaryOptions = {}): SummaryAccumulator {
  const verdicts = { ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
  const scores: number[] = [];
  const items: ItemAcc[] = [];
  const itemIndex = new Map<string, number>();
  const byOs = new Map<string, Record<Verdict, number> & { reports: number }>();
  const metrics = Object.fromEntries(NETWORK_METRICS.map((m) => [m, [] as number[]])) as Record<NetworkMetric, number[]>;
  const organisations = new Map<string, number>();
  const broken: Array<{ file: string; reason: string }> = [];
  /** per host name: its latest report so far */
  const latest = new Map<string, Contribution>();
  /** reports without a host name: each is a device entry of its own */
  const loose: Contribution[] = [];
  /** per week and host name, the latest report's time and verdict (with --all-reports, not used) */
  const weekly = new Map<string, { at: number; verdict: Verdict; monday: number }>();
  const weeks = new Map<number, Record<Verdict, number>>();
  const since = options.since === undefined ? -Infinity : parseSince(options.since);
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  let measured = 0;
  let valid = 0;
  let counted = 0;
  let beforeSince = 0;
  let replayed = 0;
  let disagreeing = 0;
  let policyUnknown = 0;
  const signatures = { valid: 0, unsigned: 0, tampered: 0 };
  const flagged: Flagged[] = [];
  let first: string | null = null;
  let last: string | null = null;
  let firstMs = Infinity;
  let lastMs = -Infinity;

  const item = (kind: 'check' | 'question', id: string, title: string, reportLang: Lang): number => {
    const key = `${kind}:${id}`;
    let index = itemIndex.get(key);
    if (index === undefined) {
      index = items.length;
      items.push({
        kind,
        id,
        title: cleanText(title),
        titleLang: reportLang,
        ...noItemCounts(),
      });
      itemIndex.set(key, index);
    } else {
      const acc = items[index]!;
      if (acc.titleLang !== lang && reportLang === lang) {
        acc.title = cleanText(title);
        acc.titleLang = reportLang;
      }
    }
    return index;
  };
  const contribution = (report: FleetReport, at: number): Contribution => makeContribution(report, at, item);

  const tallyWeek = (monday: number, verdict: Verdict) => {
    const w = weeks.get(monday) ?? { ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
    w[verdict] += 1;
    weeks.set(monday, w);
  };

  const tally = (c: Contribution) => {
    counted += 1;
    verdicts[c.verdict] += 1;
    scores.push(c.score);
    const os = byOs.get(c.os) ?? { reports: 0, ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
    os.reports += 1;
    os[c.verdict] += 1;
    byOs.set(c.os, os);
    if (c.organisation !== null) organisations.set(c.organisation, (organisations.get(c.organisation) ?? 0) + 1);
    for (const m of c.marks) {
      const acc = items[m >>> 5]!;
      acc.reports += 1;
      acc[STATUSES[(m >>> 2) & 7]!] += 1;
      if (m & 2) acc.blocker += 1;
      if (m & 1) acc.unanswered += 1;
    }
    if (c.network) {
      measured += 1;
      NETWORK_METRICS.forEach((m, i) => {
        if (!Number.isNaN(c.network![i])) metrics[m].push(c.network![i]!);
      });
    }
  };

  return {
    add(stored, trust) {
      const at = Date.parse(stored.startedAt);
      if (at < since) {
        beforeSince += 1;
        return;
      }
      // a replayed bundle is not a device's own run: it may come from any machine, at any time
      if (stored.mode === 'replay' && !options.includeReplayed) {
        replayed += 1;
        return;
      }
      valid += 1;
      const flags: Flag[] = [];
      if (trust?.policyUnknown !== undefined) {
        policyUnknown += 1;
        flags.push('policy-unknown');
      } else if (trust && trust.differences.length > 0) {
        disagreeing += 1;
        flags.push('disagreeing');
      }
      if (trust?.signature) {
        signatures[trust.signature] += 1;
        if (trust.signature === 'tampered') flags.push('tampered');
      }
      // counted as its facts say; a report whose own word was not taken never counts as ready
      const report = trust?.derived ?? stored;
      if (at < firstMs) [firstMs, first] = [at, report.startedAt];
      if (at > lastMs) [lastMs, last] = [at, report.startedAt];
      const key = deviceKey(report);
      const monday = weekStart(at);
      const c = contribution(report, at);
      if (trust?.signature) c.signature = trust.signature;
      if (flags.length > 0) {
        c.flags = flags;
        c.verdict = 'not-ready';
        flagged.push({
          file: cleanText(trust!.file, 1000),
          host: c.host,
          flags,
          stored: { verdict: stored.score.verdict, score: stored.score.value },
          derived: trust!.derived ? { verdict: trust!.derived.score.verdict, score: trust!.derived.score.value } : null,
          differences: trust!.differences.map((d) => ('id' in d ? { ...d, id: cleanText(d.id, 100) } : d)),
          policy: trust!.policyUnknown === undefined ? null : cleanText(trust!.policyUnknown, 300),
        });
      }
      if (key === null) {
        tally(c);
        tallyWeek(monday, c.verdict);
        loose.push(c);
        return;
      }
      if (options.allReports) {
        tally(c);
        tallyWeek(monday, c.verdict);
      } else {
        const wk = `${monday}\u0000${key}`;
        const seen = weekly.get(wk);
        if (!seen || at >= seen.at) weekly.set(wk, { at, verdict: c.verdict, monday });
      }
      const known = latest.get(key);
      if (!known || at >= known.at) latest.set(key, c);
    },
    addBroken(file, reason) {
      broken.push({ file: cleanText(file, 1000), reason: cleanText(reason, 300) });
    },
    finish() {
      if (!options.allReports) for (const c of latest.values()) tally(c);
      for (const w of weekly.values()) tallyWeek(w.monday, w.verdict);
      const now = (options.now ?? new Date()).getTime();
      const devices = [...latest.values(), ...loose].map((c) => deviceEntry(c, items, now, staleDays));
      return assemble({
        lang,
        options,
        valid,
        counted,
        beforeSince,
        first,
        last,
        identified: latest.size,
        unidentified: loose.length,
        verdicts,
        score: figure(scores),
        scoreBins: histogram(scores, SCORE_EDGES),
        items: items.map(({ titleLang: _, ...rest }) => rest),
        byOs,
        measured,
        figures: Object.fromEntries(NETWORK_METRICS.map((m) => [m, figure(metrics[m], HIGHER_IS_BETTER.has(m))])) as Record<NetworkMetric, Figure>,
        bins: Object.fromEntries(NETWORK_METRICS.map((m) => [m, histogram(metrics[m], BIN_EDGES[m])])) as Record<NetworkMetric, Bins>,
        organisations,
        weeks,
        devices,
        broken,
        replayed,
        disagreeing: options.rederived ? disagreeing : null,
        policyUnknown: options.rederived ? policyUnknown : null,
        signatures: options.verified ? signatures : null,
        flagged,
      });
    },
  };
}

/** The summary of reports already in memory, in their order (which decides ties between a device's reports). */
export function summarize(
  reports: Iterable<FleetReport>,
  lang: Lang,
  broken: Iterable<{ file: string; reason: string }> = [],
  options: SummaryOptions = {},
): FleetSummary {
  const acc = createSummary(lang, options);
  for (const r of reports) acc.add(r);
  for (const b of broken) acc.addBroken(b.file, b.reason);
  return acc.finish();
}

/** Operating system names as people know them. */
export function osName(os: string): string {
  return ({ linux: 'Linux', darwin: 'macOS', win32: 'Windows' } as Record<string, string>)[os] ?? os;
}
