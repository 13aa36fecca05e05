/**
 * What the network check learns. The headline figures (downloadMbps, uploadMbps, latencyMs,
 * jitterMs, lossPercent, mos) stay at the top under the names IT dashboards and the fleet summary
 * read; each part that can fail on its own (the round-trip probes, the transfers) has its own
 * nested object with its own `reason`. No address of the machine, ever.
 */
import { z } from 'zod';
import { ReasonSchema } from '../../src/check.js';

const ms = (what: string) => z.number().min(0).nullable().describe(`${what}, ms; null when not measured`);
const mbps = (what: string) => z.number().min(0).nullable().describe(`${what}, Mbit/s; null when not measured`);

export const NetFactsSchema = z.object({
  udp: z.boolean().nullable().describe('STUN over UDP got answers; false: only TCP works (calls fall back to TCP, degraded); null: not measured'),
  latencySource: z.enum(['udp', 'tcp']).nullable().describe('where the round trips come from: STUN over UDP, or HTTP over TCP when UDP is blocked'),
  latencyMs: ms('median round-trip time (UDP, or HTTP over TCP when UDP is blocked)'),
  latencyP95Ms: ms('95th percentile of the round-trip time'),
  jitterMs: ms('RFC 3550 interarrival jitter of the round trips'),
  lossPercent: z.number().min(0).max(100).nullable().describe('share of unanswered STUN requests in the idle phase, %; null over TCP or when not measured'),
  worstLossBurst: z.number().int().min(0).nullable().describe('longest run of consecutive lost STUN requests'),
  loadedLatencyMs: ms('median round-trip time while the line is busy, in the direction where it is higher (loadedLatencyDownMs or loadedLatencyUpMs)'),
  loadedLatencyRiseMs: z.number().nullable().describe('loadedLatencyMs - latencyMs, ms; null when not measured'),
  loadedLatencyDownMs: ms('median round-trip time while the download runs (its first 0.5 s, slow start, left out)').default(null),
  loadedLatencyDownP90Ms: ms('90th percentile of the round-trip time while the download runs').default(null),
  loadedLatencyUpMs: ms('median round-trip time while the upload runs (its first 0.5 s left out)').default(null),
  loadedLatencyUpP90Ms: ms('90th percentile of the round-trip time while the upload runs').default(null),
  bufferbloat: z
    .object({
      down: z.enum(['low', 'moderate', 'high']).nullable().describe('while downloading (someone at home streams or downloads)'),
      up: z.enum(['low', 'moderate', 'high']).nullable().describe('while uploading (photos to the cloud, a backup): what breaks calls from home'),
    })
    .default({ down: null, up: null })
    .describe(
      'how much the median round trip rises when the line is busy in each direction (bufferbloat): low up to 30 ms, moderate up to 100 ms, high above; null when not measured',
    ),
  downloadMbps: mbps('download rate'),
  uploadMbps: mbps('upload rate'),
  mos: z.number().min(1).max(4.5).nullable().describe('estimated call quality, MOS 1-5 (simplified E-model, ITU-T G.107); null without UDP figures'),
  stunServer: z.string().max(300).nullable().describe('the STUN server that answered, as configured (a server, never the address of this machine)'),
  httpLatencyMs: ms('median HTTP round trip on a kept-alive connection'),
  latency: z
    .object({
      sent: z.number().int().min(0).nullable().describe('round-trip probes sent in the idle phase (STUN requests, or HTTP requests over TCP)'),
      received: z.number().int().min(0).nullable().describe('of those, the ones answered'),
      jitterSource: z
        .enum(['udp', 'tcp'])
        .nullable()
        .describe(
          'udp: RFC 3550 jitter of the STUN replies; tcp: from a handful of HTTP round trips over TCP (UDP blocked), a rough figure that can warn but never fail',
        ),
      lossLowPercent: z
        .number()
        .min(0)
        .max(100)
        .nullable()
        .describe('low end of the loss rate the probes allow (Wilson score interval, each end one-sided 95 %); null without UDP probes'),
      lossHighPercent: z
        .number()
        .min(0)
        .max(100)
        .nullable()
        .describe('high end of that interval; a loss above the good limit counts only when the low end is above it too'),
      loadedSent: z.number().int().min(0).nullable().default(null).describe('STUN requests sent while the transfers ran'),
      loadedReceived: z
        .number()
        .int()
        .min(0)
        .nullable()
        .default(null)
        .describe('of those, the ones answered (a full buffer drops some: not counted as the line\u2019s loss)'),
      reason: ReasonSchema.nullable().describe('why the round trip could not be measured; null when it was'),
    })
    .describe('the round-trip probes of the idle phase'),
  throughput: z
    .object({
      downloadBytes: z.number().int().min(0).nullable().describe('bytes counted in the download'),
      uploadBytes: z.number().int().min(0).nullable().describe('bytes counted in the upload'),
      estimator: z
        .object({
          down: z.enum(['window-mean', 'whole-transfer']).nullable().describe('how the download rate was estimated; null when not measured'),
          up: z.enum(['window-mean', 'whole-transfer']).nullable().describe('how the upload rate was estimated; null when not measured'),
        })
        .default({ down: null, up: null })
        .describe(
          'window-mean: the mean of fixed 200 ms windows of all connections\u2019 bytes between the end of slow start and the time every connection is counted to; whole-transfer: too short for that, the bytes over the whole time (reads low)',
        ),
      downloadWindows: z.number().int().min(0).nullable().default(null).describe('windows the download rate is the mean of'),
      uploadWindows: z.number().int().min(0).nullable().default(null).describe('windows the upload rate is the mean of'),
      reason: ReasonSchema.nullable().describe('why a transfer rate could not be measured; null when both were'),
    })
    .describe('the download and upload transfers'),
  reason: ReasonSchema.nullable().describe('why nothing could be measured (no route, name lookup failed, refused, blocked); null when something was'),
});
export type NetFacts = z.infer<typeof NetFactsSchema>;

export function emptyFacts(): NetFacts {
  return {
    udp: null,
    latencySource: null,
    latencyMs: null,
    latencyP95Ms: null,
    jitterMs: null,
    lossPercent: null,
    worstLossBurst: null,
    loadedLatencyMs: null,
    loadedLatencyRiseMs: null,
    loadedLatencyDownMs: null,
    loadedLatencyDownP90Ms: null,
    loadedLatencyUpMs: null,
    loadedLatencyUpP90Ms: null,
    bufferbloat: { down: null, up: null },
    downloadMbps: null,
    uploadMbps: null,
    mos: null,
    stunServer: null,
    httpLatencyMs: null,
    latency: {
      sent: null,
      received: null,
      jitterSource: null,
      lossLowPercent: null,
      lossHighPercent: null,
      loadedSent: null,
      loadedReceived: null,
      reason: null,
    },
    throughput: { downloadBytes: null, uploadBytes: null, estimator: { down: null, up: null }, downloadWindows: null, uploadWindows: null, reason: null },
    reason: null,
  };
}
