/** What the network check learns. These names are read by IT dashboards: keep them stable. */
export interface NetFacts {
  [key: string]: unknown;
  /** STUN over UDP got answers; false: only TCP works (calls fall back to TCP, degraded); null: not measured */
  udp: boolean | null;
  /** median round-trip time, ms (UDP, or HTTP over TCP when UDP is blocked) */
  latencyMs: number | null;
  latencyP95Ms: number | null;
  /** RFC 3550 interarrival jitter, ms */
  jitterMs: number | null;
  lossPercent: number | null;
  /** longest run of consecutive lost packets */
  worstLossBurst: number | null;
  latencySource: 'udp' | 'tcp' | null;
  /** median round-trip time while the line is busy with the transfers, ms */
  loadedLatencyMs: number | null;
  /** loadedLatencyMs - latencyMs */
  loadedLatencyRiseMs: number | null;
  downloadMbps: number | null;
  uploadMbps: number | null;
  /** estimated call quality, MOS 1-5 (simplified E-model) */
  mos: number | null;
  /** enough for group HD video (policy: groupUpMbps/groupDownMbps) */
  groupHd: boolean | null;
  /** the STUN server that answered, as configured (a server name, never the user's address) */
  stunServer: string | null;
  /** median HTTP round trip on a kept-alive connection, ms */
  httpLatencyMs: number | null;
  downloadBytes: number | null;
  uploadBytes: number | null;
  /** why nothing could be measured (no network, name resolution failed, ...) */
  unknownReason: string | null;
  /** why the transfer rates could not be measured */
  throughputReason: string | null;
}

export const EMPTY_FACTS: NetFacts = {
  udp: null,
  latencyMs: null,
  latencyP95Ms: null,
  jitterMs: null,
  lossPercent: null,
  worstLossBurst: null,
  latencySource: null,
  loadedLatencyMs: null,
  loadedLatencyRiseMs: null,
  downloadMbps: null,
  uploadMbps: null,
  mos: null,
  groupHd: null,
  stunServer: null,
  httpLatencyMs: null,
  downloadBytes: null,
  uploadBytes: null,
  unknownReason: null,
  throughputReason: null,
};
