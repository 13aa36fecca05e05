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
}

export interface ThroughputFigureOptions {
  /** the first part of the transfer (TCP slow start, connection set-up) is not counted */
  rampMs: number;
  /** width of the sliding window the rate is taken over */
  windowMs: number;
  /** the percentile of the window rates reported */
  percentile: number;
}

export const THROUGHPUT_FIGURE: ThroughputFigureOptions = { rampMs: 800, windowMs: 500, percentile: 0.9 };

/**
 * Mbit/s: the chosen percentile of the rates over sliding windows (one bin apart) after the ramp-up.
 * When the transfer was too short for one window after the ramp (a very fast line hits the byte
 * budget early), the average over the whole transfer is taken instead; null when nothing came.
 */
export function throughputMbps(series: ThroughputSeries, options: ThroughputFigureOptions = THROUGHPUT_FIGURE): number | null {
  const { binMs } = series;
  if (!(binMs > 0) || series.bytes <= 0) return null;
  const first = Math.ceil(options.rampMs / binMs);
  const width = Math.max(1, Math.round(options.windowMs / binMs));
  const end = Math.min(series.validBins, series.bins.length);
  const rates: number[] = [];
  for (let start = first; start + width <= end; start += 1) {
    let sum = 0;
    for (let i = start; i < start + width; i += 1) sum += series.bins[i]!;
    rates.push((sum * 8) / (width * binMs * 1000));
  }
  const figure = rates.length > 0 ? percentile(rates, options.percentile) : series.elapsedMs > 0 ? (series.bytes * 8) / (series.elapsedMs * 1000) : null;
  return figure === null ? null : round(figure, 2);
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
