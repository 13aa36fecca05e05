/** Types of test/helpers/netlab.mjs (the network lab), for the tests written in TypeScript. */
export interface LabProfile {
  name: string;
  down: number;
  up: number;
  rttMs: number;
  deep?: boolean;
  udpLoss?: number;
  cc?: string;
}
export interface Lab {
  profile: LabProfile;
  ns: { client: string; router: string; server: string };
  speedUrl: string;
  stun: string;
  stop(): Promise<LabStats>;
  close(): Promise<void>;
}
export interface LabStats {
  stun: Array<{ requests: number; dropped: number }>;
  bins: { down: Array<[number, number]>; up: Array<[number, number]> };
}
export interface LabRun {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  result: { status: string; durationMs: number; facts: any; summary?: unknown };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  facts: any;
  wallMs: number;
  pings: Array<[number, number | null]>;
  stats: LabStats;
}
export interface LabTruth {
  downMbps: number;
  upMbps: number;
  latencyMs: number | null;
  loadedDownMs: number | null;
  loadedUpMs: number | null;
  lossPercent: number | null;
  phases: { down: [number, number] | null; up: [number, number] | null };
}
export const PROFILES: LabProfile[];
export const TCP_EFFICIENCY: number;
export const PING_INTERVAL_MS: number;
export const ROOT: string;
export const BIN: string;
export function labUnavailable(): string | null;
export function ensureIperf3(): boolean;
export function startLab(profile: LabProfile, options?: { iperf3?: boolean }): Promise<Lab>;
export function runCheckInLab(lab: Lab): Promise<LabRun>;
export function truthOf(profile: LabProfile, run: Pick<LabRun, 'pings' | 'stats'>): LabTruth;
export function iperf3InLab(lab: Lab, direction: 'down' | 'up'): number | null;
