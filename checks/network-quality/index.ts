/**
 * network-quality: is the line good enough for video? Throughput both ways, latency, jitter and
 * loss over UDP (as calls use it), the latency rise under load, and an estimated call quality.
 * Microsoft's Teams network targets; NCSC: home working and video conferencing.
 */
import { defineLegacyCheck } from '../../src/check.js';
import { collectNetwork } from './collect.js';
import { evaluateNetwork } from './evaluate.js';
import type { NetFacts } from './facts.js';

export default defineLegacyCheck<NetFacts>({
  id: 'network-quality',
  category: 'network',
  weight: 4,
  sources: ['microsoft-teams-network', 'ncsc-home-working'],
  title: 'net.title',
  network: true,
  // the plan takes about 8 s; the rest is room for a slow name lookup
  timeoutMs: 15_000,
  collect: (ctx) => collectNetwork(ctx),
  evaluate: evaluateNetwork,
});
