/**
 * camera-mic: is there a camera and a microphone for the meeting, may apps use them, and is another
 * program holding them? One PowerShell start on Windows (PnP devices and the privacy ConsentStore),
 * one system_profiler start on macOS, sysfs/procfs and pactl on Linux.
 * The municipality's video checklist and nettvett's video-meeting advice: test camera and
 * microphone before the meeting; Normen: the consultation must work before it starts.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Msg, type Reason, type Status } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable, type OsVersion } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { isJsonObject } from '../lib/json.js';
import { commandFailed, commandReason } from '../lib/reason.js';
import { consoleUserValues, sessionOf } from '../lib/session.js';
import { consoleUserScript } from '../../src/probe/session.js';
import { worstOf } from '../lib/status.js';
import { messages, type CameraMicMessage } from './messages.js';
import {
  alsaCaptureCount,
  parseMacProfilerJson,
  parsePactlSources,
  parseTccRows,
  parseWindowsDevicesJson,
  tccAccess,
  ueventDriver,
  v4lNodeKind,
  type DeviceList,
} from './parse.js';

const DevicePartSchema = (kind: 'camera' | 'microphone') =>
  z
    .object({
      names: z
        .array(z.string())
        .nullable()
        .describe(`the usable ${kind}s by model name (no serials, no Bluetooth addresses, no owner names); null when the OS could not be asked`),
      count: z.number().int().min(0).nullable().describe(`how many usable ${kind}s; null when unread`),
      method: z.enum(['pnp', 'system_profiler', 'v4l2-sysfs', 'pactl', 'alsa-proc']).nullable().describe('where the list came from'),
      skipped: z.array(z.string()).describe(`present but not counted as a ${kind}: infrared (Windows Hello) cameras, virtual audio devices, monitor sources`),
      problems: z.array(z.object({ name: z.string(), status: z.string() })).describe('present but reporting a problem, with the status the OS gives'),
      access: z
        .enum(['allowed', 'denied'])
        .nullable()
        .describe(
          `the OS privacy setting for apps using the ${kind}: Windows ConsentStore; macOS TCC for the meeting apps, readable only with Full Disk Access; null where not read`,
        ),
      deniedFor: z
        .array(z.string())
        .describe(
          'where the privacy setting blocks: Windows device (every app), apps (Store apps such as the new Teams), desktop-apps (Zoom, browsers); macOS the meeting apps refused, by bundle id',
        ),
      inUseBy: z.array(z.string()).nullable().describe(`apps holding the ${kind} right now, by executable or package name (Windows); null where not read`),
      reason: ReasonSchema.nullable().describe(`why the ${kind}s could not be listed`),
    })
    .describe(`the ${kind}s`);

export const CameraMicFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  cameras: DevicePartSchema('camera'),
  microphones: DevicePartSchema('microphone'),
  readFor: z
    .enum(['self', 'console'])
    .optional()
    .describe(
      'whose privacy settings were read: console when a management agent runs the tool as SYSTEM or root, and then the per-user parts are the person at the screen (null when nobody is signed in or they could not be read); absent when the account running the tool is that person (self is kept for reports that say so)',
    ),
});
export type CameraMicFacts = z.infer<typeof CameraMicFactsSchema>;
export type DevicePart = CameraMicFacts['cameras'];
type Kind = 'cameras' | 'microphones';

export const CameraMicOptionsSchema = z
  .object({
    requireCamera: z
      .boolean()
      .default(true)
      .describe('a missing or blocked camera fails and blocks the meeting (true); false for an organisation that meets with audio only: a warning'),
  })
  .describe('camera-mic: what a meeting needs');
export type CameraMicOptions = z.infer<typeof CameraMicOptionsSchema>;

/**
 * PnP devices of class Camera/Image and audio endpoints (only the part of the InstanceId that tells
 * the flow, `SWD\MMDEVAPI\{0.0.F.00000000}`), and the ConsentStore for webcam and microphone: the
 * `Value` (Allow/Deny) for the device (HKLM), the user's apps (HKCU) and desktop apps
 * (HKCU\NonPackaged), and the apps whose LastUsedTimeStop is 0 (in use), by executable name only.
 */
const CONSENT_STORE = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
/** PowerShell functions: V reads a ConsentStore key's Value, U lists the apps holding the device (LastUsedTimeStop 0). */
const CONSENT_READERS =
  'function V($p){try{[string](Get-ItemProperty -LiteralPath $p -Name Value -ErrorAction Stop).Value}catch{$null}};' +
  'function U($p){@(@(Get-ChildItem -LiteralPath $p -ErrorAction SilentlyContinue)+@(Get-ChildItem -LiteralPath "$p\\NonPackaged" -ErrorAction SilentlyContinue)|' +
  "Where-Object{$t=Get-ItemProperty -LiteralPath $_.PSPath -ErrorAction SilentlyContinue;$t.LastUsedTimeStart -gt 0 -and $t.LastUsedTimeStop -eq 0}|ForEach-Object{($_.PSChildName -split '#')[-1]})};";

export const WINDOWS_DEVICES_SCRIPT =
  `$cs='${CONSENT_STORE}';` +
  CONSENT_READERS +
  'function C($n){[pscustomobject]@{machine=V "HKLM:\\$cs\\$n";user=V "HKCU:\\$cs\\$n";desktop=V "HKCU:\\$cs\\$n\\NonPackaged";inUse=@(U "HKCU:\\$cs\\$n")}};' +
  '$d=@(Get-PnpDevice -PresentOnly -Class Camera,Image,AudioEndpoint -ErrorAction SilentlyContinue|ForEach-Object{' +
  "[pscustomobject]@{class=[string]$_.Class;name=$_.FriendlyName;status=[string]$_.Status;endpoint=$(if($_.Class -eq 'AudioEndpoint'){($_.InstanceId -split '}')[0]+'}'}else{$null})}});" +
  "[pscustomobject]@{devices=$d;webcam=C 'webcam';microphone=C 'microphone'}|ConvertTo-Json -Compress -Depth 4";

/**
 * Run as SYSTEM (Intune): the consent of the person signed in at the screen, from their own
 * registry (`HKEY_USERS\\<SID>`, found by CONSOLE_HIVE_PS): the user's apps and desktop apps, and
 * the apps holding the device, in the shape of the per-user parts above; `console` false when
 * nobody is signed in or their registry was not found. The device-wide value (HKLM) is the same
 * for everyone and comes from the devices section.
 */
export const CONSOLE_CONSENT_SCRIPT = consoleUserScript(
  "[pscustomobject]@{console=$true;webcam=C 'webcam';microphone=C 'microphone'}|ConvertTo-Json -Compress -Depth 4",
  `$cs='\\${CONSENT_STORE}';` +
    CONSENT_READERS +
    'function C($n){[pscustomobject]@{user=V "$hku$cs\\$n";desktop=V "$hku$cs\\$n\\NonPackaged";inUse=@(U "$hku$cs\\$n")}};',
);

export const MAC_PROFILER_ARGS = ['SPCameraDataType', 'SPAudioDataType', '-json'];
/**
 * The user's TCC database, read-only; the shell puts in $HOME so that no user name is in the
 * command. Without Full Disk Access sqlite3 says "authorization denied" and exits 1: not read.
 */
export const TCC_ARGS = [
  '-c',
  `exec sqlite3 -readonly "$HOME/Library/Application Support/com.apple.TCC/TCC.db" "select service, client, auth_value, auth_reason from access where service in ('kTCCServiceCamera','kTCCServiceMicrophone')"`,
];
export const V4L_DIR = '/sys/class/video4linux';
export const ALSA_DIR = '/proc/asound';

function part(list: DeviceList | null, method: DevicePart['method'], why: Reason | null): DevicePart {
  if (!list)
    return { names: null, count: null, method: null, skipped: [], problems: [], access: null, deniedFor: [], inUseBy: null, reason: why ?? reason('internal') };
  return {
    names: list.names,
    count: list.names.length,
    method,
    skipped: list.skipped,
    problems: list.problems,
    access: null,
    deniedFor: [],
    inUseBy: null,
    reason: null,
  };
}

const PER_USER = ['user', 'desktop', 'inUse'] as const;

/**
 * Run as SYSTEM: the devices section's per-user consent is SYSTEM's own. Put the console user's in
 * its place (from CONSOLE_CONSENT_SCRIPT), or nothing (null: not read) when they cannot be read.
 */
async function withConsoleConsent(probe: Probe, json: unknown, signal: AbortSignal): Promise<unknown> {
  if (!isJsonObject(json)) return json;
  const { values } = await consoleUserValues(probe, CONSOLE_CONSENT_SCRIPT, 20_000, signal);
  const part = (name: 'webcam' | 'microphone') => {
    const own = isJsonObject(json[name]) ? json[name] : {};
    const theirs = values && isJsonObject(values[name]) ? values[name] : {};
    return { ...own, ...Object.fromEntries(PER_USER.map((k) => [k, theirs[k] ?? null])) };
  };
  return { ...json, webcam: part('webcam'), microphone: part('microphone') };
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  const r = await powershellSection(probe, WINDOWS_DEVICES_SCRIPT, 20_000, signal);
  const service = (await sessionOf(probe, 'windows', signal)).service === true;
  const json = commandFailed(r) ? null : parsePowershellJson(r.stdout);
  const w = json === null ? null : parseWindowsDevicesJson(service ? await withConsoleConsent(probe, json, signal) : json);
  const why = w ? null : sectionReason(r, commandFailed(r) ? undefined : 'no device list in the answer');
  const cameras = part(w?.cameras ?? null, 'pnp', why);
  const microphones = part(w?.microphones ?? null, 'pnp', why);
  if (w) {
    Object.assign(cameras, { access: w.camera.access, deniedFor: w.camera.deniedFor, inUseBy: w.camera.inUseBy });
    Object.assign(microphones, { access: w.microphone.access, deniedFor: w.microphone.deniedFor, inUseBy: w.microphone.inUseBy });
  }
  return { os: 'windows', cameras, microphones, ...(service ? { readFor: 'console' as const } : {}) };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  const r = await probe.run('system_profiler', MAC_PROFILER_ARGS, { timeoutMs: 20_000, signal });
  let json: unknown = null;
  if (!commandFailed(r)) {
    try {
      json = JSON.parse(r.stdout) as unknown;
    } catch {
      json = null;
    }
  }
  const parsed = parseMacProfilerJson(json);
  const why = (type: string) =>
    commandReason('system_profiler', r, commandFailed(r) ? undefined : json === null ? 'printed no JSON' : `no ${type} in the answer`);
  const cameras = part(parsed?.cameras ?? null, 'system_profiler', why('SPCameraDataType'));
  const microphones = part(parsed?.microphones ?? null, 'system_profiler', why('SPAudioDataType'));
  // the privacy consent of the meeting apps, where this program may read it (Full Disk Access);
  // as root (Jamf) the database is the console user's, read as them (sudo -H: their HOME), never root's own
  const session = await sessionOf(probe, 'macos', signal);
  const user = session.service ? session.users?.[0] : undefined;
  if (!session.service || user) {
    const tcc = user
      ? await probe.run('sudo', ['-n', '-H', '-u', user, '/bin/sh', ...TCC_ARGS], { timeoutMs: 5_000, signal })
      : await probe.run('/bin/sh', TCC_ARGS, { timeoutMs: 5_000, signal });
    const rows = commandFailed(tcc) ? null : parseTccRows(tcc.stdout);
    if (rows) {
      Object.assign(cameras, tccAccess(rows, 'kTCCServiceCamera'));
      Object.assign(microphones, tccAccess(rows, 'kTCCServiceMicrophone'));
    }
  }
  return { os: 'macos', cameras, microphones, ...(session.service ? { readFor: 'console' as const } : {}) };
}

async function linuxCameras(probe: Probe): Promise<DevicePart> {
  const nodes = await probe.listDir(V4L_DIR);
  if (nodes === null) {
    // sysfs is there but no video device was ever registered: no camera
    const sysClass = await probe.listDir('/sys/class');
    return sysClass === null
      ? part(null, null, reason('not-found', 'sysfs', '/sys/class'))
      : part({ names: [], skipped: [], problems: [] }, 'v4l2-sysfs', null);
  }
  const list: DeviceList = { names: [], skipped: [], problems: [] };
  for (const node of [...nodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    if (!/^video\d+$/.test(node)) continue;
    const index = await probe.readFile(`${V4L_DIR}/${node}/index`, { maxBytes: 64 });
    const name = (await probe.readFile(`${V4L_DIR}/${node}/name`, { maxBytes: 256 }))?.trim() || node;
    let kind = v4lNodeKind(node, name, index);
    // the name did not tell a codec or ISP node: its driver may
    if (kind === 'camera') kind = v4lNodeKind(node, name, index, ueventDriver(await probe.readFile(`${V4L_DIR}/${node}/device/uevent`, { maxBytes: 4096 })));
    if (kind === 'camera') list.names.push(name);
    else if (kind === 'not-a-camera' && !list.skipped.includes(name)) list.skipped.push(name);
  }
  return part(list, 'v4l2-sysfs', null);
}

async function linuxMicrophones(probe: Probe, signal: AbortSignal): Promise<DevicePart> {
  const pactl = await probe.run('pactl', ['list', 'short', 'sources'], { timeoutMs: 5_000, signal });
  if (!commandFailed(pactl)) {
    const sources = parsePactlSources(pactl.stdout);
    return sources ? part(sources, 'pactl', null) : part(null, null, commandReason('pactl', pactl, 'no source lines'));
  }
  // No sound server to ask: the kernel's ALSA cards with a capture PCM
  const cards = await probe.listDir(ALSA_DIR);
  if (cards === null) {
    // procfs without /proc/asound: ALSA has no card at all
    const proc = await probe.stat('/proc/self');
    if (proc === null) return part(null, null, commandReason('pactl', pactl, 'and no /proc to read'));
    return part({ names: [], skipped: [], problems: [] }, 'alsa-proc', null);
  }
  const list: DeviceList = { names: [], skipped: [], problems: [] };
  for (const card of cards) {
    if (!/^card\d+$/.test(card)) continue;
    const entries = await probe.listDir(`${ALSA_DIR}/${card}`);
    if (!entries || alsaCaptureCount(entries) === 0) continue;
    list.names.push((await probe.readFile(`${ALSA_DIR}/${card}/id`, { maxBytes: 256 }))?.trim() || card);
  }
  return part(list, 'alsa-proc', null);
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<CameraMicFacts> {
  return { os: 'linux', cameras: await linuxCameras(probe), microphones: await linuxMicrophones(probe, signal) };
}

/** How to let apps use the camera or the microphone, per OS and version, with the page to open. */
const PRIVACY_FIX: Record<Kind, FixTable<CameraMicMessage>> = {
  cameras: {
    windows: [
      { id: 'fix.camera.windows.10', link: 'ms-settings:privacy-webcam', when: { windowsBuild: { below: 22000 } } },
      { id: 'fix.camera.windows', link: 'ms-settings:privacy-webcam' },
    ],
    macos: [
      { id: 'fix.camera.macos.12', link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera', when: { macosMajor: { below: 13 } } },
      { id: 'fix.camera.macos', link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera' },
    ],
    linux: 'fix.privacy',
    other: 'fix.privacy',
  },
  microphones: {
    windows: [
      { id: 'fix.mic.windows.10', link: 'ms-settings:privacy-microphone', when: { windowsBuild: { below: 22000 } } },
      { id: 'fix.mic.windows', link: 'ms-settings:privacy-microphone' },
    ],
    macos: [
      { id: 'fix.mic.macos.12', link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone', when: { macosMajor: { below: 13 } } },
      { id: 'fix.mic.macos', link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone' },
    ],
    linux: 'fix.privacy',
    other: 'fix.privacy',
  },
};

const KINDS = [
  { kind: 'cameras', none: 'fix.no-camera' },
  { kind: 'microphones', none: 'fix.no-mic' },
] as const;

/**
 * A video meeting needs a microphone, and a camera that apps may use. No microphone, or one the
 * privacy setting blocks: fail, and it blocks the meeting. The same for the camera, unless the
 * organisation meets with audio only (requireCamera false): then a warning. What could not be read
 * stays unknown: never a blocker, never a pass. Another app holding a device only warns.
 */
export function evaluateCameraMic(
  facts: CameraMicFacts,
  options: CameraMicOptions = { requireCamera: true },
  platform = { os: facts.os, release: '' },
): Finding<CameraMicMessage> {
  const version: OsVersion = osVersionOf(platform);
  if (facts.cameras.names === null && facts.microphones.names === null) {
    return {
      status: 'unknown',
      summary: [{ id: 'unknown' }],
      remediation: [{ id: 'fix.test' }],
      reason: facts.cameras.reason ?? facts.microphones.reason ?? reason('internal'),
    };
  }
  const summary: Msg<CameraMicMessage>[] = [];
  const remediation: { id: CameraMicMessage; link?: string }[] = [];
  const statuses: Status[] = [];
  let blocker = false;
  let cameraRelaxed = false;
  /** a missing or blocked device: a blocker, except a camera the organisation does not require */
  const missing = (kind: Kind) => {
    if (kind === 'cameras' && !options.requireCamera) {
      cameraRelaxed = true;
      statuses.push('warn');
    } else {
      blocker = true;
      statuses.push('fail');
    }
  };
  // cameras, then microphones: unknown, none, or the devices by name
  for (const { kind, none } of KINDS) {
    const names = facts[kind].names;
    if (names === null) {
      summary.push({ id: `${kind}.unknown` });
      statuses.push('unknown');
    } else if (names.length === 0) {
      summary.push({ id: `${kind}.none` });
      remediation.push({ id: none });
      missing(kind);
    } else
      summary.push(names.length === 1 ? { id: `${kind}.one`, params: { names: names[0]! } } : { id: `${kind}.many`, params: { count: names.length, names } });
  }
  const problems = [...facts.cameras.problems, ...facts.microphones.problems];
  if (problems.length > 0) summary.push({ id: 'problems', params: { names: problems.map((p) => p.name) } });
  // the OS privacy setting blocks the meeting app: as good as no device at all
  for (const { kind } of KINDS) {
    if (facts[kind].access !== 'denied' || facts[kind].names?.length === 0) continue;
    summary.push({ id: `${kind}.denied` });
    const fix = pickFix(PRIVACY_FIX[kind], version);
    if (fix) remediation.push(fix);
    missing(kind);
  }
  if (cameraRelaxed) summary.push({ id: 'cameras.not-required' });
  // another app holds the device now
  let busy = false;
  for (const { kind } of KINDS) {
    const apps = facts[kind].inUseBy ?? [];
    if (apps.length === 0) continue;
    summary.push({ id: `${kind}.in-use`, params: { apps } });
    busy = true;
    statuses.push('warn');
  }
  if (busy) remediation.push({ id: 'fix.in-use' });
  const status = worstOf(statuses);
  if (status === 'unknown') remediation.push({ id: 'fix.test' });
  const link = remediation.find((r) => r.link)?.link;
  return {
    status,
    ...(status === 'fail' && blocker ? { blocker: true } : {}),
    summary,
    ...(remediation.length > 0 ? { remediation: remediation.map((r) => ({ id: r.id })) } : {}),
    ...(link ? { link } : {}),
    ...(status === 'unknown' ? { reason: facts.cameras.reason ?? facts.microphones.reason ?? reason('internal') } : {}),
  };
}

export default defineCheck({
  id: 'camera-mic',
  category: 'device',
  weight: 4,
  sources: ['video-checklist', 'nettvett-video', 'ehelse-video-minimum'],
  messages,
  facts: CameraMicFactsSchema,
  options: CameraMicOptionsSchema,
  timeoutMs: 30_000,
  windowsScripts: [WINDOWS_DEVICES_SCRIPT, CONSOLE_CONSENT_SCRIPT],
  collect: perPlatform<CameraMicFacts>({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({
    os,
    cameras: part(null, null, reason('unsupported', undefined, os)),
    microphones: part(null, null, reason('unsupported', undefined, os)),
  })),
  evaluate: (facts, { options, platform }) => evaluateCameraMic(facts, options, platform),
});
