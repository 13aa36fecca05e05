/**
 * camera-mic: is there a camera and a microphone for the meeting, may apps use them, and is another
 * program holding them? One PowerShell start on Windows (PnP devices and the privacy ConsentStore),
 * one system_profiler start on macOS, sysfs/procfs and pactl on Linux.
 * The municipality's video checklist and nettvett's video-meeting advice: test camera and
 * microphone before the meeting; Normen: the consultation must work before it starts.
 */
import { defineLegacyCheck, type LegacyFinding as Finding, type Status } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { perPlatform } from '../lib/platform.js';
import { runPowershellJson } from '../lib/powershell.js';
import {
  alsaCaptureCount,
  isCaptureNode,
  parseMacProfilerJson,
  parsePactlSources,
  parseWindowsDevicesJson,
  type DeviceList,
} from './parse.js';

export interface CameraMicFacts {
  [key: string]: unknown;
  os: string;
  /** device names; null when the OS could not be asked */
  cameras: string[] | null;
  microphones: string[] | null;
  cameraCount: number | null;
  microphoneCount: number | null;
  /** where the lists came from, e.g. 'pnp', 'system_profiler', 'v4l2-sysfs', 'pactl', 'alsa-proc' */
  methods: { cameras: string | null; microphones: string | null };
  /** present but not counted (infrared cameras, virtual audio, monitor sources) */
  skipped: string[];
  /** present but reporting a problem */
  problems: string[];
  /** the OS privacy setting, where the OS tells it (Windows) */
  cameraAccess: 'allowed' | 'denied' | null;
  microphoneAccess: 'allowed' | 'denied' | null;
  /** apps using the device right now, where the OS tells it (Windows) */
  cameraInUseBy: string[] | null;
  microphoneInUseBy: string[] | null;
  reasons: { cameras: string | null; microphones: string | null };
}

/**
 * PnP devices of class Camera/Image and audio endpoints (only the part of the InstanceId that tells
 * the flow, `SWD\MMDEVAPI\{0.0.F.00000000}`), and the ConsentStore for webcam and microphone: the
 * `Value` (Allow/Deny) for the device (HKLM), the user's apps (HKCU) and desktop apps
 * (HKCU\NonPackaged), and the apps whose LastUsedTimeStop is 0 (in use), by executable name only.
 */
export const WINDOWS_DEVICES_SCRIPT =
  "$cs='Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';" +
  'function V($p){try{[string](Get-ItemProperty -LiteralPath $p -Name Value -ErrorAction Stop).Value}catch{$null}};' +
  'function U($p){@(@(Get-ChildItem -LiteralPath $p -ErrorAction SilentlyContinue)+@(Get-ChildItem -LiteralPath "$p\\NonPackaged" -ErrorAction SilentlyContinue)|' +
  "Where-Object{$_.GetValue('LastUsedTimeStart') -gt 0 -and $_.GetValue('LastUsedTimeStop') -eq 0}|ForEach-Object{($_.PSChildName -split '#')[-1]})};" +
  'function C($n){[pscustomobject]@{machine=V "HKLM:\\$cs\\$n";user=V "HKCU:\\$cs\\$n";desktop=V "HKCU:\\$cs\\$n\\NonPackaged";inUse=@(U "HKCU:\\$cs\\$n")}};' +
  '$d=@(Get-PnpDevice -PresentOnly -Class Camera,Image,AudioEndpoint -ErrorAction SilentlyContinue|ForEach-Object{' +
  "[pscustomobject]@{class=[string]$_.Class;name=$_.FriendlyName;status=[string]$_.Status;endpoint=$(if($_.Class -eq 'AudioEndpoint'){($_.InstanceId -split '}')[0]+'}'}else{$null})}});" +
  "[pscustomobject]@{devices=$d;webcam=C 'webcam';microphone=C 'microphone'}|ConvertTo-Json -Compress -Depth 4";

export const MAC_PROFILER_ARGS = ['SPCameraDataType', 'SPAudioDataType', '-json'];
export const V4L_DIR = '/sys/class/video4linux';
export const ALSA_DIR = '/proc/asound';

function blank(os: string): CameraMicFacts {
  return {
    os,
    cameras: null,
    microphones: null,
    cameraCount: null,
    microphoneCount: null,
    methods: { cameras: null, microphones: null },
    skipped: [],
    problems: [],
    cameraAccess: null,
    microphoneAccess: null,
    cameraInUseBy: null,
    microphoneInUseBy: null,
    reasons: { cameras: null, microphones: null },
  };
}

function put(facts: CameraMicFacts, kind: 'cameras' | 'microphones', list: DeviceList | null, method: string, reason: string | null): void {
  if (!list) {
    facts.reasons[kind] = reason;
    return;
  }
  facts[kind] = list.names;
  facts[kind === 'cameras' ? 'cameraCount' : 'microphoneCount'] = list.names.length;
  facts.methods[kind] = method;
  facts.skipped.push(...list.skipped);
  facts.problems.push(...list.problems);
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  const facts = blank('windows');
  const ps = await runPowershellJson(probe, WINDOWS_DEVICES_SCRIPT, signal, 20_000);
  const w = parseWindowsDevicesJson(ps.json);
  const reason = ps.reason ?? 'no device list in the answer';
  put(facts, 'cameras', w?.cameras ?? null, 'pnp', reason);
  put(facts, 'microphones', w?.microphones ?? null, 'pnp', reason);
  if (w) {
    facts.cameraAccess = w.camera.access;
    facts.microphoneAccess = w.microphone.access;
    facts.cameraInUseBy = w.camera.inUseBy;
    facts.microphoneInUseBy = w.microphone.inUseBy;
  }
  return facts;
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  const facts = blank('macos');
  const r = await probe.run('system_profiler', MAC_PROFILER_ARGS, { timeoutMs: 20_000, signal });
  let json: unknown = null;
  let reason = r.failure ? `system_profiler ${r.failure}` : r.code !== 0 ? `system_profiler exit code ${r.code}` : 'system_profiler gave no such data type';
  if (!r.failure && r.code === 0) {
    try {
      json = JSON.parse(r.stdout) as unknown;
    } catch {
      reason = 'system_profiler printed no JSON';
    }
  }
  const parsed = parseMacProfilerJson(json);
  put(facts, 'cameras', parsed?.cameras ?? null, 'system_profiler', reason);
  put(facts, 'microphones', parsed?.microphones ?? null, 'system_profiler', reason);
  return facts;
}

async function linuxCameras(probe: Probe): Promise<{ list: DeviceList | null; reason: string | null }> {
  const nodes = await probe.listDir(V4L_DIR);
  if (nodes === null) {
    // sysfs is there but no video device was ever registered: no camera
    const sysClass = await probe.listDir('/sys/class');
    return sysClass === null ? { list: null, reason: 'no /sys/class to read' } : { list: { names: [], skipped: [], problems: [] }, reason: null };
  }
  const list: DeviceList = { names: [], skipped: [], problems: [] };
  for (const node of nodes) {
    if (!/^video\d+$/.test(node)) continue;
    const index = await probe.readFile(`${V4L_DIR}/${node}/index`, { maxBytes: 64 });
    const name = (await probe.readFile(`${V4L_DIR}/${node}/name`, { maxBytes: 256 }))?.trim() || node;
    if (isCaptureNode(node, index)) list.names.push(name);
  }
  return { list, reason: null };
}

async function linuxMicrophones(probe: Probe, signal: AbortSignal): Promise<{ list: DeviceList | null; method: string; reason: string | null }> {
  const pactl = await probe.run('pactl', ['list', 'short', 'sources'], { timeoutMs: 5_000, signal });
  if (!pactl.failure && pactl.code === 0) return { list: parsePactlSources(pactl.stdout), method: 'pactl', reason: null };
  // No sound server to ask: the kernel's ALSA cards with a capture PCM
  const cards = await probe.listDir(ALSA_DIR);
  if (cards === null) {
    // procfs without /proc/asound: ALSA has no card at all
    const proc = await probe.stat('/proc/self');
    if (proc === null) return { list: null, method: 'alsa-proc', reason: `no pactl (${pactl.failure ?? `exit code ${pactl.code}`}) and no /proc to read` };
    return { list: { names: [], skipped: [], problems: [] }, method: 'alsa-proc', reason: null };
  }
  const list: DeviceList = { names: [], skipped: [], problems: [] };
  for (const card of cards) {
    if (!/^card\d+$/.test(card)) continue;
    const entries = await probe.listDir(`${ALSA_DIR}/${card}`);
    if (!entries || alsaCaptureCount(entries) === 0) continue;
    list.names.push((await probe.readFile(`${ALSA_DIR}/${card}/id`, { maxBytes: 256 }))?.trim() || card);
  }
  return { list, method: 'alsa-proc', reason: null };
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  const facts = blank('linux');
  const cams = await linuxCameras(probe);
  put(facts, 'cameras', cams.list, 'v4l2-sysfs', cams.reason);
  const mics = await linuxMicrophones(probe, signal);
  put(facts, 'microphones', mics.list, mics.method, mics.reason);
  return facts;
}

const RANK: Record<Status, number> = { skipped: 0, pass: 1, unknown: 2, warn: 3, fail: 4 };

export function evaluateCameraMic(facts: CameraMicFacts): Finding {
  const out = { ...facts };
  const summary: Message[] = [];
  const remediation: Message[] = [];
  let status: Status = 'pass';
  const worsen = (s: Status) => {
    if (RANK[s] > RANK[status]) status = s;
  };
  if (facts.cameras === null && facts.microphones === null) {
    return { status: 'unknown', summary: [msg('cam.unknown', { reason: facts.reasons.cameras ?? facts.reasons.microphones ?? 'no data' })], remediation: [msg('cam.fix.test')], facts: out };
  }
  // cameras, then microphones: unknown, none (a failure with its fix), or the devices by name
  const kinds = [
    { list: facts.cameras, reason: facts.reasons.cameras, unknown: 'cam.cameras-unknown', none: 'cam.no-camera', fix: 'cam.fix.no-camera', found: 'cam.cameras' },
    { list: facts.microphones, reason: facts.reasons.microphones, unknown: 'cam.mics-unknown', none: 'cam.no-mic', fix: 'cam.fix.no-mic', found: 'cam.mics' },
  ] as const;
  for (const kind of kinds) {
    if (kind.list === null) {
      summary.push(msg(kind.unknown, { reason: kind.reason ?? 'no data' }));
      worsen('unknown');
    } else if (kind.list.length === 0) {
      summary.push(msg(kind.none));
      remediation.push(msg(kind.fix));
      worsen('fail');
    } else summary.push(msg(kind.found, { count: kind.list.length, names: kind.list.join(', ') }));
  }
  if (facts.problems.length > 0) summary.push(msg('cam.problems', { names: facts.problems.join(', ') }));

  // the OS privacy setting blocks the meeting app
  if (facts.cameraAccess === 'denied') summary.push(msg('cam.camera-denied'));
  if (facts.microphoneAccess === 'denied') summary.push(msg('cam.mic-denied'));
  if (facts.cameraAccess === 'denied' || facts.microphoneAccess === 'denied') {
    remediation.push(msg('cam.fix.privacy'));
    worsen('warn');
  }
  // another program holds the device now
  const camBusy = facts.cameraInUseBy ?? [];
  const micBusy = facts.microphoneInUseBy ?? [];
  if (camBusy.length > 0) summary.push(msg('cam.camera-in-use', { apps: camBusy.join(', ') }));
  if (micBusy.length > 0) summary.push(msg('cam.mic-in-use', { apps: micBusy.join(', ') }));
  if (camBusy.length + micBusy.length > 0) {
    remediation.push(msg('cam.fix.in-use'));
    worsen('warn');
  }
  if ((status as Status) === 'unknown') remediation.push(msg('cam.fix.test'));
  return { status, summary, remediation, facts: out };
}

export default defineLegacyCheck<CameraMicFacts>({
  id: 'camera-mic',
  category: 'device',
  weight: 4,
  sources: ['video-checklist', 'nettvett-video', 'normen-video'],
  title: 'cam.title',
  timeoutMs: 30_000,
  collect: perPlatform<CameraMicFacts>({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os, reason) => ({
    ...blank(os),
    reasons: { cameras: reason, microphones: reason },
  })),
  evaluate: (facts) => evaluateCameraMic(facts),
});
