/**
 * The network check's limits, as the policy sets them under checks.network-quality.options (a
 * policy of the first format gives them as thresholds.network: the same names). The defaults are
 * Microsoft's targets for Teams: round trip <= 100 ms, jitter <= 30 ms, loss <= 1 % good; HD video
 * 1:1 wants about 3 Mbit/s each way, group HD 5 up / 8 down.
 */
import { tCli } from '../../src/i18n/index.js';
import { z } from 'zod';

/** Each pair whose first limit must lie below the second, or the grades would be upside down. */
const ORDERED = [
  ['sdMbps', 'hdMbps'],
  ['latencyGoodMs', 'latencyBadMs'],
  ['jitterGoodMs', 'jitterBadMs'],
  ['lossGoodPercent', 'lossBadPercent'],
] as const;

export const NetworkOptionsSchema = z
  .object({
    hdMbps: z.number().positive().default(3).describe('HD video one-to-one needs this each way, Mbit/s'),
    sdMbps: z.number().positive().default(1.5).describe('below this in either direction expect SD video or audio only, Mbit/s (below hdMbps)'),
    groupUpMbps: z.number().positive().default(5).describe('group HD video needs this upload, Mbit/s'),
    groupDownMbps: z.number().positive().default(8).describe('group HD video needs this download, Mbit/s'),
    latencyGoodMs: z.number().positive().default(100).describe('round-trip time good up to this, ms (below latencyBadMs)'),
    latencyBadMs: z.number().positive().default(250).describe('round-trip time insufficient above this, ms'),
    jitterGoodMs: z.number().positive().default(30).describe('jitter good up to this, ms (below jitterBadMs)'),
    jitterBadMs: z.number().positive().default(50).describe('jitter insufficient above this, ms'),
    lossGoodPercent: z.number().min(0).max(100).default(1).describe('packet loss good up to this, % (below lossBadPercent)'),
    lossBadPercent: z.number().min(0).max(100).default(3).describe('packet loss insufficient above this, %'),
  })
  .strict()
  .superRefine((o, ctx) => {
    for (const [low, high] of ORDERED) {
      if (!(o[low] < o[high]))
        ctx.addIssue({
          code: 'custom',
          path: [low],
          message: tCli('error.policy.limit-order', { lowName: low, lowValue: o[low], highName: high, highValue: o[high] }),
        });
    }
  })
  .describe('limits for video calls; Microsoft Teams\u2019 network targets by default');

export type NetworkOptions = z.infer<typeof NetworkOptionsSchema>;
