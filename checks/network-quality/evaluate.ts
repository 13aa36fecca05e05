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

/**
 * The loss grade as far as the probes can tell. A loss at or under the good limit passes (a call
 * hardly notices it). A higher one counts only as far as the interval of the loss rate (facts:
 * lossLowPercent..lossHighPercent) lies above a limit: fail when even its low end is above the bad
 * limit, warn when its low end is above the good limit, and `unknown` when the probes allow a loss
 * under the good limit too: a few lost packets out of a hundred cannot tell 1 % from 3 %.
 */
export function judgeLoss(facts: NetFacts, limits: NetworkOptions): { status: 'pass' | 'warn' | 'fail' | 'unknown' } {
  const loss = facts.lossPercent;
  if (loss === null) return { status: 'pass' };
  const g = grade(loss, limits.lossGoodPercent, limits.lossBadPercent);
  const low = facts.latency.lossLowPercent;
  if (g === 'pass' || low === null) return { status: g };
  if (low > limits.lossBadPercent) return { status: 'fail' };
  if (low > limits.lossGoodPercent) return { status: 'warn' };
  return { status: 'unknown' };
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
    const speeds = { down, up };
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
    const tcp = facts.latencySource === 'tcp' || facts.latency.jitterSource === 'tcp';
    if (facts.jitterMs === null) summary.push({ id: 'latency.no-jitter', params: { latency } });
    else if (tcp || facts.lossPercent === null)
      summary.push({ id: 'latency-tcp', params: { latency, jitter: facts.jitterMs, samples: facts.latency.received ?? 0 } });
    else summary.push({ id: 'latency', params: { latency, jitter: facts.jitterMs, loss: facts.lossPercent } });

    const l = grade(latency, limits.latencyGoodMs, limits.latencyBadMs);
    if (l !== 'pass') {
      summary.push(l === 'fail' ? { id: 'latency-bad', params: { bad: limits.latencyBadMs } } : { id: 'latency-high', params: { good: limits.latencyGoodMs } });
      fix('fix.latency');
      statuses.push(l);
    }

    // jitter from a handful of TCP round trips is a rough figure: it may warn, never fail
    if (facts.jitterMs !== null) {
      const j = grade(facts.jitterMs, limits.jitterGoodMs, limits.jitterBadMs);
      if (j !== 'pass') {
        if (tcp) summary.push({ id: 'jitter-tcp-high', params: { good: limits.jitterGoodMs } });
        else
          summary.push(j === 'fail' ? { id: 'jitter-bad', params: { bad: limits.jitterBadMs } } : { id: 'jitter-high', params: { good: limits.jitterGoodMs } });
        fix('fix.wifi');
        statuses.push(tcp ? 'warn' : j);
      }
    }

    if (facts.lossPercent !== null) {
      const loss = judgeLoss(facts, limits);
      if (loss.status === 'unknown') {
        const { sent, received, lossLowPercent: low, lossHighPercent: high } = facts.latency;
        summary.push({
          id: 'loss-undecided',
          params: {
            lost: (sent ?? 0) - (received ?? 0),
            sent: sent ?? 0,
            loss: facts.lossPercent,
            good: limits.lossGoodPercent,
            low: low ?? 0,
            high: high ?? 100,
          },
        });
        unknownPart(reason('timeout', undefined, `${sent} probes: loss between ${low} and ${high} %`));
      } else if (loss.status !== 'pass') {
        summary.push(
          loss.status === 'fail' ? { id: 'loss-bad', params: { bad: limits.lossBadPercent } } : { id: 'loss-high', params: { good: limits.lossGoodPercent } },
        );
        fix('fix.wifi');
        statuses.push(loss.status);
      }
    }
  }
  const { loadedLatencyDownMs: loadedDown, loadedLatencyUpMs: loadedUp, latencyMs: idle } = facts;
  if (loadedDown !== null && loadedUp !== null && idle !== null) {
    summary.push({ id: 'loaded-both', params: { down: loadedDown, up: loadedUp, idle } });
  } else if (facts.loadedLatencyMs !== null && facts.loadedLatencyRiseMs !== null) {
    summary.push({ id: 'loaded', params: { loaded: facts.loadedLatencyMs, rise: Math.max(0, facts.loadedLatencyRiseMs) } });
  }
  // bufferbloat: a busy line at home (someone uploading photos, a backup, a stream) makes calls
  // stutter even when the line is idle at the time of the check, so a high rise warns
  const { down: bloatDown, up: bloatUp } = facts.bufferbloat;
  if (idle !== null) {
    if (bloatUp === 'high' && loadedUp !== null) summary.push({ id: 'bloat-up', params: { rise: Math.round(loadedUp - idle) } });
    if (bloatDown === 'high' && loadedDown !== null) summary.push({ id: 'bloat-down', params: { rise: Math.round(loadedDown - idle) } });
    if (bloatUp === 'low' && bloatDown === 'low') summary.push({ id: 'bloat-low' });
  }
  if (bloatUp === 'high' || bloatDown === 'high') {
    fix('fix.busy');
    statuses.push('warn');
  }
  if (facts.loadedLatencyMs !== null && facts.loadedLatencyMs > limits.latencyBadMs) fix('fix.busy');
  if (facts.mos !== null) summary.push({ id: 'mos', params: { mos: facts.mos } });

  const status = worstOf(statuses);
  return { status, summary, ...(remediation.length > 0 ? { remediation } : {}), ...(status === 'unknown' ? { reason: why } : {}) };
}
