/**
 * The fleet summary: many reports → one overview for IT. Pure functions over parsed reports; the
 * files are read elsewhere. Reports are added one at a time to an accumulator so that ten thousand
 * of them never need to be held in memory together: only the network figures are kept, as numbers,
 * and, for each device, what its latest report adds to the counts (a few hundred bytes).
 *
 * A device is known by the host name a report carries when the policy asks for it (report.include):
 * only the latest report of each host name is counted (by startedAt; on a tie the one added last),
 * so a machine that runs the check every day weighs as much as one that ran it once. The host name
 * is compared without regard to case or surrounding space; the user name is not part of the key,
 * since the checks are about the machine (a shared PC is one machine). A report without a host name
 * cannot be matched to a device and is counted on its own.
 *
 * Percentiles are linearly interpolated between the closest ranks (as Excel's PERCENTILE.INC), so
 * the figures can be checked in a spreadsheet.
 */
import { z } from 'zod';
import type { Lang } from '../i18n/index.js';
import { StatusSchema, VerdictSchema, type Report } from './schema.js';

export const NETWORK_METRICS = ['downloadMbps', 'uploadMbps', 'latencyMs', 'jitterMs', 'lossPercent', 'mos'] as const;
export type NetworkMetric = (typeof NETWORK_METRICS)[number];
/** for these, a high value is good: the worst tenth is the 10th percentile; for the others the 90th */
export const HIGHER_IS_BETTER: ReadonlySet<NetworkMetric> = new Set(['downloadMbps', 'uploadMbps', 'mos']);
/** the check whose facts carry the network figures */
export const NETWORK_CHECK = 'network-quality';

const count = z.number().int().min(0);

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

export const ItemSummarySchema = z.object({
  kind: z.enum(['check', 'question']),
  id: z.string(),
  /** the title as the reports give it (in the summary's language when a report has it) */
  title: z.string(),
  /** reports that carry this item */
  reports: count,
  pass: count,
  warn: count,
  fail: count,
  unknown: count,
  skipped: count,
  /** questions with no answer (a part of `unknown`) */
  unanswered: count,
  /** reports in which this item was a blocker */
  blocker: count,
});

const VerdictCounts = z.object({ ready: count, 'ready-with-warnings': count, 'not-ready': count });

export const FleetSummarySchema = z.object({
  kind: z.literal('homeoffice-check-fleet-summary'),
  schemaVersion: z.literal(1),
  lang: z.enum(['nb', 'en']),
  reports: z.object({
    /** valid report files read */
    valid: count,
    broken: count,
    /** earliest and latest startedAt among the valid reports */
    first: z.string().nullable(),
    last: z.string().nullable(),
    /** reports that went into the figures below */
    counted: count,
    /** older reports of a device that has a later one: read, not counted */
    superseded: count,
    /** latest-per-device (the default), or every-report (--all-reports) */
    counting: z.enum(['latest-per-device', 'every-report']),
  }),
  devices: z.object({
    /** distinct host names among the valid reports */
    identified: count,
    /** valid reports without a host name: each counted, as they cannot be matched to a device */
    unidentified: count,
  }),
  verdicts: VerdictCounts,
  score: FigureSchema,
  scoreBins: BinsSchema,
  /** items that were a blocker in at least one report, most frequent first */
  blockers: z.array(z.object({ kind: z.enum(['check', 'question']), id: z.string(), title: z.string(), count })),
  /** every check and question seen, the most frequent shortfalls (fail, then warn, then unknown) first */
  items: z.array(ItemSummarySchema),
  byOs: z.array(VerdictCounts.extend({ os: z.string(), reports: count })),
  network: z.object({
    /** reports in which the network check measured something */
    measured: count,
    figures: z.record(z.enum(NETWORK_METRICS), FigureSchema),
    bins: z.record(z.enum(NETWORK_METRICS), BinsSchema),
  }),
  broken: z.array(z.object({ file: z.string(), reason: z.string() })),
});

export type Figure = z.infer<typeof FigureSchema>;
export type ItemSummary = z.infer<typeof ItemSummarySchema>;
export type FleetSummary = z.infer<typeof FleetSummarySchema>;
export type Verdict = z.infer<typeof VerdictSchema>;

/** PERCENTILE.INC over sorted values; null when there are none */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (n - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function figure(values: number[], higherIsBetter = true): Figure {
  const sorted = Float64Array.from(values).sort();
  const p10 = round2(percentile(sorted, 0.1));
  const p90 = round2(percentile(sorted, 0.9));
  return { count: sorted.length, median: round2(percentile(sorted, 0.5)), p10, p90, worst: higherIsBetter ? p10 : p90 };
}

interface ItemAcc extends Omit<ItemSummary, 'title'> {
  title: string;
  titleLang: Lang;
}

export interface SummaryOptions {
  /** count every report, older ones of the same device too (default false: the latest per device) */
  allReports?: boolean;
}

export interface SummaryAccumulator {
  add(report: Report): void;
  addBroken(file: string, reason: string): void;
  finish(): FleetSummary;
}

/** The device a report comes from: its host name, folded to lower case; null when it carries none. */
export function deviceKey(report: Report): string | null {
  const host = report.device?.hostname?.trim().toLowerCase();
  return host ? host : null;
}

const STATUSES = StatusSchema.options;
type Status = (typeof STATUSES)[number];

/**
 * What one report adds to the figures, small enough to keep one per device until the end: every
 * check and question as one number (index of its item × 32 + status × 4 + blocker × 2 + unanswered).
 */
interface Contribution {
  verdict: Verdict;
  score: number;
  os: string;
  marks: Uint32Array;
  /** the network figures in NETWORK_METRICS order (NaN when missing), or null when none was measured */
  network: Float64Array | null;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Start a summary in `lang`: titles are taken from reports in that language when there are some.
 * Reports may come in any order: which of a device's reports is the latest is decided at finish().
 */
export function createSummary(lang: Lang, options: SummaryOptions = {}): SummaryAccumulator {
  const verdicts = { ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
  const scores: number[] = [];
  const items: ItemAcc[] = [];
  const itemIndex = new Map<string, number>();
  const byOs = new Map<string, { ready: number; 'ready-with-warnings': number; 'not-ready': number; reports: number }>();
  const metrics = Object.fromEntries(NETWORK_METRICS.map((m) => [m, [] as number[]])) as Record<NetworkMetric, number[]>;
  const broken: Array<{ file: string; reason: string }> = [];
  /** per host name: its latest report so far (with --all-reports only the names are needed) */
  const latest = new Map<string, { at: number; contribution: Contribution | null }>();
  let measured = 0;
  let valid = 0;
  let counted = 0;
  let unidentified = 0;
  let first: string | null = null;
  let last: string | null = null;
  let firstMs = Infinity;
  let lastMs = -Infinity;

  const item = (kind: 'check' | 'question', id: string, title: string, reportLang: Lang): number => {
    const key = `${kind}:${id}`;
    let index = itemIndex.get(key);
    if (index === undefined) {
      index = items.length;
      items.push({ kind, id, title, titleLang: reportLang, reports: 0, pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0, unanswered: 0, blocker: 0 });
      itemIndex.set(key, index);
    } else {
      const acc = items[index]!;
      if (acc.titleLang !== lang && reportLang === lang) {
        acc.title = title;
        acc.titleLang = reportLang;
      }
    }
    return index;
  };
  const mark = (index: number, status: Status, blocker: boolean, unanswered: boolean) =>
    index * 32 + STATUSES.indexOf(status) * 4 + (blocker ? 2 : 0) + (unanswered ? 1 : 0);

  const contribution = (report: Report): Contribution => {
    const blocked = new Set(report.score.blockers);
    const marks = new Uint32Array(report.checks.length + report.questions.length);
    let network: Float64Array | null = null;
    let k = 0;
    for (const c of report.checks) {
      marks[k++] = mark(item('check', c.id, c.title, report.lang), c.status, c.blocker || blocked.has(c.id), false);
      if (c.id === NETWORK_CHECK && NETWORK_METRICS.some((m) => finite(c.facts[m]))) {
        network = Float64Array.from(NETWORK_METRICS, (m) => (finite(c.facts[m]) ? c.facts[m] : NaN));
      }
    }
    for (const q of report.questions) {
      marks[k++] = mark(item('question', q.id, q.title, report.lang), q.status, q.blocker || blocked.has(q.id), q.answer === null);
    }
    return { verdict: report.score.verdict, score: report.score.value, os: report.platform.os, marks, network };
  };

  const tally = (c: Contribution) => {
    counted += 1;
    verdicts[c.verdict] += 1;
    scores.push(c.score);
    const os = byOs.get(c.os) ?? { reports: 0, ready: 0, 'ready-with-warnings': 0, 'not-ready': 0 };
    os.reports += 1;
    os[c.verdict] += 1;
    byOs.set(c.os, os);
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
    add(report) {
      valid += 1;
      const at = Date.parse(report.startedAt);
      if (at < firstMs) [firstMs, first] = [at, report.startedAt];
      if (at > lastMs) [lastMs, last] = [at, report.startedAt];
      const key = deviceKey(report);
      if (key === null) unidentified += 1;
      if (key === null || options.allReports) {
        tally(contribution(report));
        if (key !== null && !latest.has(key)) latest.set(key, { at, contribution: null });
        return;
      }
      const known = latest.get(key);
      if (!known) latest.set(key, { at, contribution: contribution(report) });
      else if (at >= known.at) {
        known.at = at;
        known.contribution = contribution(report);
      } else contribution(report); // not counted; its titles are still offered
    },
    addBroken(file, reason) {
      broken.push({ file, reason });
    },
    finish() {
      for (const device of latest.values()) {
        if (device.contribution) tally(device.contribution);
        device.contribution = null;
      }
      const all: ItemSummary[] = items.filter((i) => i.reports > 0).map(({ titleLang: _, ...rest }) => rest);
      const shortfall = (a: ItemSummary, b: ItemSummary) =>
        b.fail - a.fail || b.warn - a.warn || b.unknown - a.unknown || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
      all.sort(shortfall);
      const blockerList = all
        .filter((i) => i.blocker > 0)
        .map((i) => ({ kind: i.kind, id: i.id, title: i.title, count: i.blocker }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
      return {
        kind: 'homeoffice-check-fleet-summary',
        schemaVersion: 1,
        lang,
        reports: {
          valid,
          broken: broken.length,
          first,
          last,
          counted,
          superseded: valid - counted,
          counting: options.allReports ? 'every-report' : 'latest-per-device',
        },
        devices: { identified: latest.size, unidentified },
        verdicts: { ...verdicts },
        score: figure(scores),
        scoreBins: histogram(scores, SCORE_EDGES),
        blockers: blockerList,
        items: all,
        byOs: [...byOs.entries()].map(([os, v]) => ({ os, ...v })).sort((a, b) => b.reports - a.reports || a.os.localeCompare(b.os)),
        network: {
          measured,
          figures: Object.fromEntries(NETWORK_METRICS.map((m) => [m, figure(metrics[m], HIGHER_IS_BETTER.has(m))])) as Record<NetworkMetric, Figure>,
          bins: Object.fromEntries(NETWORK_METRICS.map((m) => [m, histogram(metrics[m], BIN_EDGES[m])])) as Record<NetworkMetric, Bins>,
        },
        broken: [...broken].sort((a, b) => a.file.localeCompare(b.file)),
      };
    },
  };
}

/** The summary of reports already in memory, in their order (which decides ties between a device's reports). */
export function summarize(
  reports: Iterable<Report>,
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
