/**
 * Facts → finding for the network check. Pure. The limits are the check's options (thresholds
 * for video calls); each part (bandwidth, UDP, latency, jitter, loss) gives its own status and the
 * worst one counts.
 */
import { reason, type Finding, type Msg, type Status } from '../../src/check.js';
import { worstOf } from '../lib/status.js';
import type { NetFacts } from './facts.js';
import type { NetMessage } from './messages.js';
import type { NetworkOptions } from './options.js';

/** good at or below `good`, insufficient above `bad`, a warning between */
export function grade(value: number, good: number, bad: number): 'pass' | 'warn' | 'fail' {
  if (value > bad) return 'fail';
  if (value > good) return 'warn';
  return 'pass';
}

export function evaluateNetwork(facts: NetFacts, limits: NetworkOptions): Finding<NetMessage> {
  if (facts.reason !== null) {
    return { status: 'unknown', summary: [{ id: 'no-network' }], remediation: [{ id: 'fix.no-network' }], reason: facts.reason };
  }
  const summary: Msg<NetMessage>[] = [];
  const remediation: Msg<NetMessage>[] = [];
  const statuses: Status[] = [];
  /** the reason of the first part that could not tell */
  let why: Finding['reason'];
  const fix = (id: NetMessage) => {
    if (!remediation.some((r) => r.id === id)) remediation.push({ id });
  };
  const unknownPart = (r: Finding['reason'] | null) => {
    statuses.push('unknown');
    why ??= r ?? reason('internal', undefined, 'a part without a reason');
  };

  // Bandwidth for video
  const { downloadMbps: down, uploadMbps: up } = facts;
  if (down !== null && up !== null) {
    const speeds = { down: down.toFixed(1), up: up.toFixed(1) };
    const least = Math.min(down, up);
    if (least >= limits.hdMbps) summary.push({ id: 'speed-hd', params: { ...speeds, hd: limits.hdMbps } });
    else if (least >= limits.sdMbps) {
      summary.push({ id: 'speed-marginal', params: { ...speeds, hd: limits.hdMbps } });
      fix('fix.bandwidth');
      statuses.push('warn');
    } else {
      summary.push({ id: 'speed-poor', params: { ...speeds, sd: limits.sdMbps } });
      fix('fix.bandwidth');
      statuses.push('fail');
    }
    const groupHd = up >= limits.groupUpMbps && down >= limits.groupDownMbps;
    summary.push({ id: groupHd ? 'group-hd' : 'group-short', params: { up: limits.groupUpMbps, down: limits.groupDownMbps } });
  } else {
    summary.push({ id: 'speed-unknown' });
    unknownPart(facts.throughput.reason);
  }

  // UDP
  if (facts.udp === false) {
    summary.push({ id: 'udp-blocked' });
    fix('fix.udp');
    statuses.push('warn');
  }

  // Latency, jitter, loss
  if (facts.latencyMs === null) {
    summary.push({ id: 'latency-unknown' });
    unknownPart(facts.latency.reason);
  } else {
    const latency = facts.latencyMs;
    if (facts.jitterMs === null) summary.push({ id: 'latency.no-jitter', params: { latency } });
    else if (facts.latencySource === 'tcp' || facts.lossPercent === null) summary.push({ id: 'latency-tcp', params: { latency, jitter: facts.jitterMs } });
    else summary.push({ id: 'latency', params: { latency, jitter: facts.jitterMs, loss: facts.lossPercent } });
    const grades: Array<['latency' | 'jitter' | 'loss', number | null, number, number]> = [
      ['latency', facts.latencyMs, limits.latencyGoodMs, limits.latencyBadMs],
      ['jitter', facts.jitterMs, limits.jitterGoodMs, limits.jitterBadMs],
      ['loss', facts.lossPercent, limits.lossGoodPercent, limits.lossBadPercent],
    ];
    for (const [name, value, good, bad] of grades) {
      if (value === null) continue;
      const g = grade(value, good, bad);
      if (g === 'pass') continue;
      summary.push(g === 'fail' ? { id: `${name}-bad`, params: { bad } } : { id: `${name}-high`, params: { good } });
      fix(name === 'latency' ? 'fix.latency' : 'fix.wifi');
      statuses.push(g);
    }
  }
  if (facts.loadedLatencyMs !== null && facts.loadedLatencyRiseMs !== null) {
    summary.push({ id: 'loaded', params: { loaded: facts.loadedLatencyMs, rise: Math.max(0, facts.loadedLatencyRiseMs) } });
    if (facts.loadedLatencyMs > limits.latencyBadMs) fix('fix.busy');
  }
  if (facts.mos !== null) summary.push({ id: 'mos', params: { mos: facts.mos.toFixed(1) } });

  const status = worstOf(statuses);
  return { status, summary, ...(remediation.length > 0 ? { remediation } : {}), ...(status === 'unknown' ? { reason: why } : {}) };
}
