/**
 * Facts → finding for the network check. Pure. The limits are policy data (thresholds.network);
 * the defaults are Microsoft's targets for Teams: round trip <= 100 ms, jitter <= 30 ms, loss <= 1 %
 * good; HD video 1:1 wants about 3 Mbit/s each way, group HD 5 up / 8 down.
 */
import type { LegacyFinding as Finding, Status } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Policy } from '../../src/policy.js';
import type { NetFacts } from './facts.js';

const RANK: Record<Status, number> = { skipped: 0, pass: 1, unknown: 2, warn: 3, fail: 4 };

/** good at or below `good`, insufficient above `bad`, a warning between */
export function grade(value: number, good: number, bad: number): 'pass' | 'warn' | 'fail' {
  if (value > bad) return 'fail';
  if (value > good) return 'warn';
  return 'pass';
}

export function evaluateNetwork(facts: NetFacts, policy: Policy): Finding {
  const limits = policy.thresholds.network;
  const out: NetFacts = { ...facts };
  if (facts.unknownReason !== null) {
    return {
      status: 'unknown',
      summary: [msg('net.no-network', { reason: facts.unknownReason })],
      remediation: [msg('net.fix.no-network')],
      facts: out,
    };
  }
  const summary: Message[] = [];
  const remediation: Message[] = [];
  let status: Status = 'pass';
  const worsen = (s: Status) => {
    if (RANK[s] > RANK[status]) status = s;
  };
  const fix = (m: Message) => {
    if (!remediation.some((r) => r.id === m.id)) remediation.push(m);
  };

  // Bandwidth for video
  const { downloadMbps: down, uploadMbps: up } = facts;
  if (down !== null && up !== null) {
    const speeds = { down: down.toFixed(1), up: up.toFixed(1) };
    const least = Math.min(down, up);
    if (least >= limits.hdMbps) summary.push(msg('net.speed-hd', { ...speeds, hd: limits.hdMbps }));
    else if (least >= limits.sdMbps) {
      summary.push(msg('net.speed-marginal', { ...speeds, hd: limits.hdMbps }));
      fix(msg('net.fix.bandwidth'));
      worsen('warn');
    } else {
      summary.push(msg('net.speed-poor', { ...speeds, sd: limits.sdMbps }));
      fix(msg('net.fix.bandwidth'));
      worsen('fail');
    }
    out.groupHd = up >= limits.groupUpMbps && down >= limits.groupDownMbps;
    summary.push(msg(out.groupHd ? 'net.group-hd' : 'net.group-short', { up: limits.groupUpMbps, down: limits.groupDownMbps }));
  } else {
    out.groupHd = null;
    summary.push(msg('net.speed-unknown', { reason: facts.throughputReason ?? 'no data' }));
    worsen('unknown');
  }

  // UDP
  if (facts.udp === false) {
    summary.push(msg('net.udp-blocked'));
    fix(msg('net.fix.udp'));
    worsen('warn');
  }

  // Latency, jitter, loss
  if (facts.latencyMs === null) {
    summary.push(msg('net.latency-unknown'));
    worsen('unknown');
  } else {
    const parts = { latency: facts.latencyMs, jitter: facts.jitterMs ?? '?', loss: facts.lossPercent ?? '?' };
    summary.push(msg(facts.latencySource === 'tcp' ? 'net.latency-tcp' : 'net.latency', parts));
    const grades: Array<['latency' | 'jitter' | 'loss', number | null, number, number]> = [
      ['latency', facts.latencyMs, limits.latencyGoodMs, limits.latencyBadMs],
      ['jitter', facts.jitterMs, limits.jitterGoodMs, limits.jitterBadMs],
      ['loss', facts.lossPercent, limits.lossGoodPercent, limits.lossBadPercent],
    ];
    for (const [name, value, good, bad] of grades) {
      if (value === null) continue;
      const g = grade(value, good, bad);
      if (g === 'pass') continue;
      summary.push(msg(`net.${name}-${g === 'fail' ? 'bad' : 'high'}`, { good, bad }));
      fix(msg(name === 'latency' ? 'net.fix.latency' : 'net.fix.wifi'));
      worsen(g);
    }
  }
  if (facts.loadedLatencyMs !== null && facts.loadedLatencyRiseMs !== null) {
    summary.push(msg('net.loaded', { loaded: facts.loadedLatencyMs, rise: Math.max(0, facts.loadedLatencyRiseMs) }));
    if (facts.loadedLatencyMs > limits.latencyBadMs) fix(msg('net.fix.busy'));
  }
  if (facts.mos !== null) summary.push(msg('net.mos', { mos: facts.mos.toFixed(1) }));

  return { status, summary, remediation, facts: out };
}
