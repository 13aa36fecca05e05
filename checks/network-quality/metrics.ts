/**
 * Figures from the raw series the probe measured. Pure functions, so a replayed run gives the same
 * figures as the live one.
 */

const round = (x: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Percentile by linear interpolation between closest ranks (p in 0..1); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/**
 * Interarrival jitter as RFC 3550 section 6.4.1 estimates it: J += (|D(i-1,i)| - J) / 16, where D is
 * the difference of the transit times of two packets in a row. With round trips measured on one
 * clock, the transit time of packet i is its RTT, so D = RTT(i) - RTT(i-1); lost packets are skipped.
 * Starts at 0 as the RFC does; for short series the smoothed value still trails the mean |D|, so
 * the estimator is seeded with the first difference instead of 0 to avoid reporting a low value.
 */
export function interarrivalJitter(rtts: readonly (number | null)[]): number | null {
  const received = rtts.filter((r): r is number => r !== null);
  if (received.length < 2) return null;
  let j = Math.abs(received[1]! - received[0]!);
  for (let i = 2; i < received.length; i += 1) {
    const d = Math.abs(received[i]! - received[i - 1]!);
    j += (d - j) / 16;
  }
  return j;
}

export interface LatencyFigures {
  sent: number;
  received: number;
  medianMs: number | null;
  p95Ms: number | null;
  jitterMs: number | null;
  lossPercent: number | null;
  /** longest run of consecutive unanswered requests */
  worstBurst: number;
}

export function latencyFigures(rtts: readonly (number | null)[]): LatencyFigures {
  const received = rtts.filter((r): r is number => r !== null);
  let worst = 0;
  let run = 0;
  for (const r of rtts) {
    run = r === null ? run + 1 : 0;
    worst = Math.max(worst, run);
  }
  const median = percentile(received, 0.5);
  const p95 = percentile(received, 0.95);
  const jitter = interarrivalJitter(rtts);
  return {
    sent: rtts.length,
    received: received.length,
    medianMs: median === null ? null : round(median),
    p95Ms: p95 === null ? null : round(p95),
    jitterMs: jitter === null ? null : round(jitter),
    lossPercent: rtts.length === 0 ? null : round(((rtts.length - received.length) / rtts.length) * 100, 2),
    worstBurst: worst,
  };
}

export interface ThroughputSeries {
  binMs: number;
  bins: readonly number[];
  validBins: number;
  bytes: number;
  elapsedMs: number;
  /** an upload's bins per connection (finished requests only) and the time each is counted to */
  connectionBins?: readonly (readonly number[])[];
  connectionEndMs?: readonly number[];
  connectionPendingBytes?: readonly number[];
  connectionsUntilMs?: number;
}

/**
 * The bins of all connections together when each connection is counted only up to its own end (an
 * upload's last answer): after its end a connection is taken at its own mean rate from `fromBin`
 * to its end, and one that had no finished request after `fromBin` at the mean rate of the others
 * (connections to one server over one line share it about evenly), but never at more than the
 * request it had under way (a connection starved by the others, stuck in its first request, counts
 * for no more than that request's bytes). The bins run to the latest end,
 * or to where the first connection ran out of byte budget (the line was not full after it).
 */
function filledBins(series: ThroughputSeries, fromBin: number): { bins: number[]; end: number } | null {
  const { connectionBins: per, connectionEndMs: ends, binMs } = series;
  if (!per || !ends || per.length === 0 || per.length !== ends.length) return null;
  const endBins = ends.map((e) => Math.min(series.bins.length, Math.floor(e / binMs)));
  const end = Math.min(Math.max(...endBins), Math.floor((series.connectionsUntilMs ?? Infinity) / binMs));
  const rates = per.map((bins, i) => {
    const from = Math.min(fromBin, Math.max(0, endBins[i]! - 1));
    const span = endBins[i]! - from;
    return span > 0 ? bins.slice(from, endBins[i]).reduce((a, b) => a + b, 0) / span : null;
  });
  const known = rates.filter((r): r is number => r !== null);
  if (known.length === 0) return null;
  const others = known.reduce((a, r) => a + r, 0) / known.length;
  const after = per.map((_, i) => {
    const bins = end - endBins[i]!;
    if (bins <= 0) return 0;
    const cap = series.connectionPendingBytes?.[i] ?? Infinity;
    return Math.min((rates[i] ?? others) * bins, cap) / bins;
  });
  const bins = Array.from({ length: end }, (_, b) => per.reduce((sum, c, i) => sum + (b < endBins[i]! ? (c[b] ?? 0) : after[i]!), 0));
  return { bins, end };
}

export interface ThroughputFigureOptions {
  /** connection set-up is never counted: at least this much of the start is left out */
  minRampMs: number;
  /** slow start ends where the rate over `rampSmoothMs` first reaches this share of the settled rate */
  rampShare: number;
  rampSmoothMs: number;
  /** at least this much must be left after the ramp, or the ramp is cut short */
  minSpanMs: number;
  /** width of the fixed windows the valid span is cut into */
  windowMs: number;
}

export const THROUGHPUT_FIGURE: ThroughputFigureOptions = { minRampMs: 300, rampShare: 0.85, rampSmoothMs: 300, minSpanMs: 600, windowMs: 200 };

export interface ThroughputEstimate {
  mbps: number;
  /**
   * window-mean: the mean rate of the fixed windows between the end of slow start and the time up to
   * which every connection's bytes are counted; whole-transfer: too short for one window (a fast line
   * that spent the byte budget at once, or a connection that never finished an upload), so the
   * bytes over the time they took, a figure that reads low
   */
  estimator: 'window-mean' | 'whole-transfer';
  /** windows the figure is the mean of (0 for whole-transfer) */
  windows: number;
  /** where the counted span begins (the end of slow start), ms from the start of the transfer */
  rampMs: number;
}

/**
 * The rate the line carries, from the bytes of all connections together, counted in time bins.
 *
 * Slow start is found, not assumed: the settled rate is the median of the bins in the second half
 * of the valid span, and the counted span begins at the first bin that, alone and with the next
 * few, reaches `rampShare` of it (never before `minRampMs`, never so late that less than `minSpanMs` is left).
 * The counted span ends at `validBins`: the time up to which every connection's bytes are known
 * (a download's bytes count as they arrive; an upload's only when the server has answered: each
 * connection is counted to its own last answer and at its own mean rate after it, see filledBins).
 * That span is cut into fixed windows
 * and the figure is their mean. The mean, not a high percentile: bytes that arrive in lumps (BBR's
 * bursts, the recovery after a loss, an event loop that was busy for a moment) put one window high
 * and its neighbour low, and only the mean keeps every byte once. Null when nothing came.
 */
export function throughputEstimate(series: ThroughputSeries, options: ThroughputFigureOptions = THROUGHPUT_FIGURE): ThroughputEstimate | null {
  const { binMs } = series;
  if (!(binMs > 0) || series.bytes <= 0) return null;
  const minRamp = Math.ceil(options.minRampMs / binMs);
  // an upload: every connection to its own end, slow start found on a first fill and left out of the second
  const first = filledBins(series, minRamp);
  if (first) {
    const ramp = findRamp(first.bins, first.end, minRamp, options, binMs);
    const filled = ramp === null ? null : filledBins(series, ramp);
    if (filled && ramp !== null) return windowMean(filled.bins, ramp, filled.end, options, binMs);
  }
  const end = Math.min(series.validBins, series.bins.length);
  const ramp = findRamp(series.bins, end, minRamp, options, binMs);
  const figure = ramp === null ? null : windowMean(series.bins, ramp, end, options, binMs);
  if (figure) return figure;
  if (!(series.elapsedMs > 0)) return null;
  return { mbps: round((series.bytes * 8) / (series.elapsedMs * 1000), 2), estimator: 'whole-transfer', windows: 0, rampMs: 0 };
}

/** The first bin of the settled rate (see throughputEstimate), or null when too little is left after it. */
function findRamp(bins: readonly number[], end: number, minRamp: number, options: ThroughputFigureOptions, binMs: number): number | null {
  const width = Math.max(1, Math.round(options.windowMs / binMs));
  const latestRamp = end - Math.max(width, Math.round(options.minSpanMs / binMs));
  if (latestRamp < minRamp) return null;
  const settled = percentile(bins.slice(Math.max(minRamp, Math.floor((minRamp + end) / 2)), end), 0.5) ?? 0;
  const smooth = Math.max(1, Math.round(options.rampSmoothMs / binMs));
  for (let b = minRamp; b <= latestRamp; b += 1) {
    const slice = bins.slice(b, Math.min(end, b + smooth));
    const mean = slice.reduce((a, x) => a + x, 0) / slice.length;
    if (bins[b]! >= options.rampShare * settled && mean >= options.rampShare * settled) return b;
  }
  return latestRamp;
}

function windowMean(bins: readonly number[], ramp: number, end: number, options: ThroughputFigureOptions, binMs: number): ThroughputEstimate | null {
  const width = Math.max(1, Math.round(options.windowMs / binMs));
  const rates: number[] = [];
  for (let start = ramp; start + width <= end; start += width) {
    let sum = 0;
    for (let i = start; i < start + width; i += 1) sum += bins[i]!;
    rates.push((sum * 8) / (width * binMs * 1000));
  }
  if (rates.length === 0) return null;
  const mean = rates.reduce((a, r) => a + r, 0) / rates.length;
  return { mbps: round(mean, 2), estimator: 'window-mean', windows: rates.length, rampMs: ramp * binMs };
}

/** Mbit/s of {@link throughputEstimate}, or null. */
export function throughputMbps(series: ThroughputSeries, options: ThroughputFigureOptions = THROUGHPUT_FIGURE): number | null {
  return throughputEstimate(series, options)?.mbps ?? null;
}

/**
 * Estimated call quality, MOS 1-5, from the E-model of ITU-T G.107 in the simplified form of
 * Cole & Rosenbluth, "Voice over IP performance monitoring", ACM SIGCOMM CCR 31(2), 2001:
 *   d  = one-way mouth-to-ear delay = RTT/2 + 2 x jitter (jitter buffer) + 20 ms (packetisation)
 *   Id = 0.024 d + 0.11 (d - 177.3) H(d - 177.3)            delay impairment
 *   Ie = 30 ln(1 + 15 e)                                    G.711 with loss fraction e
 *   R  = 94.2 - Id - Ie
 *   MOS = 1 + 0.035 R + 7e-6 R (R - 60) (100 - R)           (G.107 annex B), 1 for R < 0, 4.5 for R > 100
 * The cubic dips just under 1 for 0 < R < 6.5 (0.98 at its lowest): held at 1, the scale's floor.
 * A voice figure: video calls are at least as sensitive to the same three numbers.
 */
export function estimateMos(rttMs: number, jitterMs: number, lossPercent: number): number {
  const d = rttMs / 2 + 2 * jitterMs + 20;
  const id = 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
  const e = Math.min(1, Math.max(0, lossPercent / 100));
  const ie = 30 * Math.log(1 + 15 * e);
  const r = 94.2 - id - ie;
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return Math.max(1, round(1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r), 2));
}

/** Limits of the rise of the round trip under load (loaded median - idle median), ms. */
export const BLOAT_LIMITS = { moderateMs: 30, highMs: 100 };

/**
 * How much a busy line slows the round trip (bufferbloat): low up to 30 ms more (a call does not
 * notice), moderate up to 100 ms, high above (sound and picture lag and stutter while someone at
 * home uploads or downloads). About the A / B-C / D-F bands the common bufferbloat tests grade by.
 */
export function bloatGrade(riseMs: number): 'low' | 'moderate' | 'high' {
  if (riseMs > BLOAT_LIMITS.highMs) return 'high';
  if (riseMs > BLOAT_LIMITS.moderateMs) return 'moderate';
  return 'low';
}

/** z for a one-sided 95 % bound: each end of the interval below holds at 95 % on its own (90 % both). */
export const LOSS_Z = 1.645;

/**
 * The Wilson score interval of a loss rate seen as `lost` of `sent` probes, in percent. Unlike
 * lost/sent ± a normal margin it stays inside 0-100 and is honest for few probes and few losses:
 * 0 of 100 lost still allows up to 2.6 %, 2 of 100 anything from 0.7 to 5.9 %.
 * Null for no probes.
 */
export function lossInterval(sent: number, lost: number, z = LOSS_Z): { lowPercent: number; highPercent: number } | null {
  if (!(sent > 0) || lost < 0 || lost > sent) return null;
  const p = lost / sent;
  const z2 = z * z;
  const centre = (p + z2 / (2 * sent)) / (1 + z2 / sent);
  const margin = (z / (1 + z2 / sent)) * Math.sqrt((p * (1 - p)) / sent + z2 / (4 * sent * sent));
  return { lowPercent: round(Math.max(0, centre - margin) * 100, 2), highPercent: round(Math.min(1, centre + margin) * 100, 2) };
}
