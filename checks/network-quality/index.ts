/**
 * network-quality: is the line good enough for video? Throughput both ways, latency, jitter and
 * loss over UDP (as calls use it), the latency rise under load, and an estimated call quality.
 * Microsoft's Teams network targets; NCSC: home working and video conferencing.
 * Its advice names no menu of any operating system (cable, router, IT), so it has no fixes per OS.
 */
import { defineCheck } from '../../src/check.js';
import { collectNetwork } from './collect.js';
import { evaluateNetwork } from './evaluate.js';
import { NetFactsSchema } from './facts.js';
import { messages } from './messages.js';
import { NetworkOptionsSchema } from './options.js';

export default defineCheck({
  id: 'network-quality',
  category: 'network',
  weight: 4,
  sources: ['microsoft-teams-network', 'ncsc-home-working'],
  messages,
  facts: NetFactsSchema,
  options: NetworkOptionsSchema,
  network: true,
  // the plan takes about 8 s; the rest is room for a slow name lookup
  timeoutMs: 15_000,
  collect: (ctx) => collectNetwork(ctx),
  evaluate: (facts, { options }) => evaluateNetwork(facts, options),
});
