/**
 * The measurement plan: about 8 s and a bounded number of bytes, against the two configured
 * endpoints only. Every measurement goes through `probe.call`, so a recorded run replays.
 *
 *   1. idle (2 s): STUN binding requests every 20 ms (next server when one stays silent for 1 s),
 *      and a few empty HTTP requests: latency over TCP, and the fast answer "no network at all".
 *   2. download (2.8 s, 4 connections, at most 50 MB) with the UDP probe running beside it;
 *   3. upload (2.8 s, 4 connections, at most 20 MB), the same.
 */
import { reason, type CheckContext, type Reason } from '../../src/check.js';
import {
  measureHttpLatency,
  measureThroughput,
  type HttpLatencyOptions,
  type HttpLatencyRun,
  type ThroughputOptions,
  type ThroughputRun,
} from '../../src/probe/net/http.js';
import { parseHostPort } from '../../src/probe/net/hostport.js';
import { measureStun, type StunMeasureOptions, type StunRun } from '../../src/probe/net/stun.js';
import type { Probe } from '../../src/probe/types.js';
import { emptyFacts, type NetFacts } from './facts.js';
import { estimateMos, latencyFigures, lossInterval, percentile, throughputMbps } from './metrics.js';

export const PLAN = {
  stunIntervalMs: 20,
  idleMs: 2000,
  giveUpMs: 1000,
  httpPings: 8,
  httpPingIntervalMs: 100,
  transferMs: 2800,
  connections: 4,
  maxDownBytes: 50 * 1024 * 1024,
  maxUpBytes: 20 * 1024 * 1024,
  binMs: 100,
  loadedGraceMs: 300,
};

/** errors that say there is no way to the server at all: no need to wait for anything else */
const NO_ROUTE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED', 'ENETDOWN', 'EADDRNOTAVAIL', 'ETIMEDOUT', 'ECONNRESET']);

type Plan = typeof PLAN;

/**
 * The reason for what the measurements reported as their errors. A speed server that is there but
 * has no such page or fails (HTTP 404, 500-509) is the server's fault (`failed`). Everything else is the
 * network's (`network-error`): a socket or name-resolution code (ENETUNREACH, EAI_AGAIN,
 * ECONNREFUSED, ETIMEDOUT for silence), a proxy that opens no tunnel, a redirect, 511 or an HTML
 * page in place of the test data (a captive portal or a filter). The codes go in `detail`.
 */
export function netReason(errors: readonly string[]): Reason {
  const list = [...new Set(errors.filter(Boolean))];
  const detail = list.join(', ') || 'ETIMEDOUT';
  if (list.length > 0 && list.every((e) => /^HTTP (404|50\d)$/.test(e))) return reason('failed', 'speed server', detail);
  return reason('network-error', undefined, detail);
}

function stun(probe: Probe, options: StunMeasureOptions, signal: AbortSignal): Promise<StunRun> {
  return probe.call('net.stun', [options], () => measureStun(options, signal));
}

function transfer(probe: Probe, options: ThroughputOptions, signal: AbortSignal): Promise<ThroughputRun> {
  return probe.call(`net.${options.direction === 'down' ? 'download' : 'upload'}`, [options], () => measureThroughput(options, signal));
}

function httpLatency(probe: Probe, options: HttpLatencyOptions, signal: AbortSignal): Promise<HttpLatencyRun> {
  return probe.call('net.http-latency', [options], () => measureHttpLatency(options, signal));
}

/** The first configured STUN server that answers; every run is kept so the reason can be told. */
async function idleStun(
  probe: Probe,
  servers: string[],
  plan: Plan,
  signal: AbortSignal,
): Promise<{ server: string | null; run: StunRun | null; errors: string[] }> {
  const errors: string[] = [];
  for (const server of servers) {
    const target = parseHostPort(server);
    if (!target) {
      errors.push(`bad STUN address ${server}`);
      continue;
    }
    const run = await stun(probe, { ...target, intervalMs: plan.stunIntervalMs, durationMs: plan.idleMs, giveUpMs: plan.giveUpMs }, signal);
    if (run.rtts.some((r) => r !== null)) return { server, run, errors };
    // silence (UDP blocked, or a black hole) has no errno of its own: it is a timeout
    errors.push(run.error ?? 'ETIMEDOUT');
    if (signal.aborted) break;
  }
  return { server: null, run: null, errors };
}

export async function collectNetwork(ctx: CheckContext, plan: Plan = PLAN): Promise<NetFacts> {
  const { probe, options, signal } = ctx;
  const facts: NetFacts = emptyFacts();
  const base = options.speedUrl;
  const total = plan.idleMs + 2 * plan.transferMs;
  const began = performance.now();
  let phase = 'latency';
  const tick = setInterval(() => ctx.progress?.(Math.min(0.99, (performance.now() - began) / total), phase), 250);
  try {
    ctx.progress?.(0, phase);
    const [udp, http] = await Promise.all([
      idleStun(probe, options.stun, plan, signal),
      httpLatency(probe, { base, count: plan.httpPings, intervalMs: plan.httpPingIntervalMs }, signal),
    ]);

    if (!udp.run && http.connectMs === null) {
      // nothing answered: say why, without waiting for transfers that cannot work
      facts.reason = netReason([http.error ?? 'ETIMEDOUT', ...udp.errors]);
      return facts;
    }

    const httpMedian = percentile(http.rtts, 0.5);
    facts.httpLatencyMs = httpMedian === null ? null : Math.round(httpMedian * 10) / 10;
    if (udp.run) {
      const idle = latencyFigures(udp.run.rtts);
      facts.udp = true;
      facts.latencySource = 'udp';
      facts.stunServer = udp.server;
      facts.latencyMs = idle.medianMs;
      facts.latencyP95Ms = idle.p95Ms;
      facts.jitterMs = idle.jitterMs;
      facts.lossPercent = idle.lossPercent;
      facts.worstLossBurst = idle.worstBurst;
      facts.latency.sent = idle.sent;
      facts.latency.received = idle.received;
      facts.latency.jitterSource = idle.jitterMs === null ? null : 'udp';
      const interval = lossInterval(idle.sent, idle.sent - idle.received);
      facts.latency.lossLowPercent = interval?.lowPercent ?? null;
      facts.latency.lossHighPercent = interval?.highPercent ?? null;
      if (idle.medianMs !== null && idle.jitterMs !== null && idle.lossPercent !== null) {
        facts.mos = estimateMos(idle.medianMs, idle.jitterMs, idle.lossPercent);
      }
    } else if (http.rtts.length > 0) {
      // UDP blocked: the call will run over TCP; latency and jitter from the HTTP round trips
      const tcp = latencyFigures(http.rtts);
      facts.udp = false;
      facts.latencySource = 'tcp';
      facts.latencyMs = tcp.medianMs;
      facts.latencyP95Ms = tcp.p95Ms;
      facts.jitterMs = tcp.jitterMs;
      facts.latency.sent = http.rtts.length;
      facts.latency.received = http.rtts.length;
      facts.latency.jitterSource = tcp.jitterMs === null ? null : 'tcp';
    } else {
      facts.udp = false;
      facts.latency.reason = netReason([http.error ?? 'ETIMEDOUT']);
    }

    if (http.connectMs === null) {
      facts.throughput.reason = netReason([http.error ?? 'ETIMEDOUT']);
      return facts;
    }

    const loadedRtts: number[] = [];
    const target = udp.server ? parseHostPort(udp.server) : null;
    const underLoad = async <T>(run: Promise<T>): Promise<T> => {
      if (target) {
        const [result, loaded] = await Promise.all([
          run,
          stun(probe, { ...target, intervalMs: plan.stunIntervalMs, durationMs: plan.transferMs - plan.loadedGraceMs, graceMs: plan.loadedGraceMs }, signal),
        ]);
        loadedRtts.push(...loaded.rtts.filter((r): r is number => r !== null));
        return result;
      }
      const [result, pings] = await Promise.all([
        run,
        httpLatency(probe, { base, count: 1000, intervalMs: plan.httpPingIntervalMs, durationMs: plan.transferMs - plan.loadedGraceMs }, signal),
      ]);
      loadedRtts.push(...pings.rtts);
      return result;
    };
    const common = { base, connections: plan.connections, durationMs: plan.transferMs, binMs: plan.binMs };

    phase = 'download';
    const down = await underLoad(transfer(probe, { ...common, direction: 'down', maxBytes: plan.maxDownBytes }, signal));
    facts.downloadMbps = down.error ? null : throughputMbps(down);
    facts.throughput.downloadBytes = down.bytes;

    let up: ThroughputRun | null = null;
    if (!down.error || !NO_ROUTE.has(down.error)) {
      phase = 'upload';
      up = await underLoad(transfer(probe, { ...common, direction: 'up', maxBytes: plan.maxUpBytes }, signal));
      facts.uploadMbps = up.error ? null : throughputMbps(up);
      facts.throughput.uploadBytes = up.bytes;
    }
    const errors = [down.error, up ? up.error : down.error].filter((r): r is string => Boolean(r));
    if (errors.length > 0) facts.throughput.reason = netReason(errors);
    else if (facts.downloadMbps === null || facts.uploadMbps === null) facts.throughput.reason = reason('timeout', undefined, 'no transfer finished in time');

    const loaded = percentile(loadedRtts, 0.5);
    if (loaded !== null) {
      facts.loadedLatencyMs = Math.round(loaded * 10) / 10;
      if (facts.latencyMs !== null) facts.loadedLatencyRiseMs = Math.round((loaded - facts.latencyMs) * 10) / 10;
    }
    ctx.progress?.(1, 'done');
    return facts;
  } finally {
    clearInterval(tick);
  }
}
