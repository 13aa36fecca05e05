/**
 * The network check on lines the kernel shapes (test/helpers/netlab.mjs): tbf in a router
 * namespace for the rate and the queue, a delay-line relay for the round trip (this kernel has no
 * netem), STUN replies dropped at random and counted. The built CLI runs in the client namespace.
 * Bands are loose (a small shared machine); the ±10 % figures are `npm run bench` (network-lab).
 * Needs root for ip netns and tc: skipped otherwise, saying why.
 */
import { describe, expect, it } from 'vitest';
import { lossInterval } from '../checks/network-quality/metrics.js';
import { labUnavailable, PROFILES, runCheckInLab, startLab, truthOf, type LabProfile } from './helpers/netlab.mjs';

const WHY_NOT = labUnavailable();
const profile = (name: string): LabProfile => PROFILES.find((p) => p.name === name)!;

const within = (measured: number | null, truth: number | null, low: number, high: number, what: string) => {
  expect(measured, what).not.toBeNull();
  expect(truth, `${what}: truth`).not.toBeNull();
  const ratio = measured! / truth!;
  expect(ratio, `${what}: measured ${measured} vs true ${truth}`).toBeGreaterThanOrEqual(low);
  expect(ratio, `${what}: measured ${measured} vs true ${truth}`).toBeLessThanOrEqual(high);
};

async function measure(name: string) {
  const p = profile(name);
  const run = await runCheckInLab(await startLab(p));
  return { run, facts: run.facts, truth: truthOf(p, run) };
}

describe.skipIf(WHY_NOT !== null)(`on a kernel-shaped line${WHY_NOT ? ` (skipped: ${WHY_NOT})` : ''}`, () => {
  it('slow DSL, 2/0.5 Mbit/s and 80 ms: both rates from the mean of valid windows, none from the whole transfer', async () => {
    const { facts, truth } = await measure('dsl-2/0.5-80ms');
    within(facts.downloadMbps, truth.downMbps, 0.8, 1.2, 'down');
    // 0.5 Mbit/s: the token bucket's burst is a larger part of each window than on faster lines, and a
    // loaded machine delays the receiver's timestamps; 1.28 was seen once under full load
    within(facts.uploadMbps, truth.upMbps, 0.75, 1.35, 'up');
    expect(facts.throughput.estimator).toEqual({ down: 'window-mean', up: 'window-mean' });
    expect(facts.throughput.uploadWindows).toBeGreaterThanOrEqual(3);
  });

  it('bufferbloat, 10/2 Mbit/s with a deep buffer: the latency under load per direction, as a parallel ping sees it, and the upload graded high', async () => {
    const { facts, truth } = await measure('bloat-10/2');
    within(facts.loadedLatencyUpMs, truth.loadedUpMs, 0.7, 1.3, 'loaded RTT while uploading');
    within(facts.loadedLatencyDownMs, truth.loadedDownMs, 0.7, 1.3, 'loaded RTT while downloading');
    expect(facts.loadedLatencyUpP90Ms).toBeGreaterThanOrEqual(facts.loadedLatencyUpMs);
    // a 600 ms buffer at 2 Mbit/s: the round trip rises by hundreds of ms while uploading
    expect(facts.bufferbloat.up).toBe('high');
    within(facts.downloadMbps, truth.downMbps, 0.8, 1.2, 'down');
    within(facts.uploadMbps, truth.upMbps, 0.8, 1.2, 'up');
  });

  it('10 % of UDP replies dropped: the loss the relay counted lies in the interval the probes allow, and the loss is not passed', async () => {
    const { run, facts, truth } = await measure('udp-loss-10%');
    const { sent, received } = facts.latency;
    expect(sent).toBeGreaterThanOrEqual(100);
    // the facts' interval is one-sided 95 % each end; the assertion takes 99.9 % so it is not flaky
    const wide = lossInterval(sent, sent - received, 3.29)!;
    expect(truth.lossPercent).toBeGreaterThanOrEqual(wide.lowPercent);
    expect(truth.lossPercent).toBeLessThanOrEqual(wide.highPercent);
    expect(run.result.status).not.toBe('pass');
  });
});
