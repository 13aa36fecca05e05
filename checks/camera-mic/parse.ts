/**
 * Parsers for the cameras and microphones each OS lists. Pure, never throwing. Structure before
 * words: the capture direction of a Windows audio endpoint is in its id, not its localized name; a
 * macOS microphone is a device with input channels; a PulseAudio/PipeWire monitor source is the
 * echo of an output, not a microphone. Names are device models, with serial numbers and Bluetooth
 * addresses taken out.
 */

export interface DeviceList {
  /** usable devices, by name */
  names: string[];
  /** present but not counted: infrared (Windows Hello) cameras, virtual audio devices */
  skipped: string[];
  /** present but reporting a problem (Windows device status other than OK) */
  problems: DeviceProblem[];
}

export interface DeviceProblem {
  name: string;
  /** the status the OS gives, as it gives it (Windows: Error, Degraded, Unknown) */
  status: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : []);
const empty = (): DeviceList => ({ names: [], skipped: [], problems: [] });

/** A Bluetooth address (with `:` or `_`) in a device name is an identifier: out it goes. */
export function withoutAddresses(name: string): string {
  return name.replace(/\b[0-9A-F]{2}(?:[:_-][0-9A-F]{2}){5}\b/gi, 'Bluetooth').trim();
}

// ---------------------------------------------------------------- Windows

/**
 * The flow of an audio endpoint from its PnP InstanceId, `SWD\MMDEVAPI\{0.0.F.00000000}.{guid}`
 * (Microsoft's endpoint ID string): F = 0 render (speakers), 1 capture (microphones).
 */
export function endpointFlow(instanceId: unknown): 'render' | 'capture' | null {
  const m = typeof instanceId === 'string' ? /\{0\.0\.([01])\.[0-9a-f]{8}\}/i.exec(instanceId) : null;
  return m ? (m[1] === '1' ? 'capture' : 'render') : null;
}

/** Windows Hello's infrared camera is class Camera too, but no use in a video meeting. */
const INFRARED = /\b(IR|Infrared|Infrarot|infrarouge|infrarrojos?)\b/i;
/**
 * Capture endpoints that are no microphone: the loopback of the speakers (Realtek's Stereo Mix) and
 * virtual cables. Windows does not mark them, so their well-known names decide (a second opinion,
 * after the endpoint's flow).
 */
const NOT_A_MIC = /\b(Stereo ?Mi[xk]s?|What U Hear|Wave Out Mix|Virtual Audio Cable|VB-Audio|CABLE Output|Voicemeeter|Teams Audio)\b/i;
/** Class Image holds scanners besides the cameras of older drivers. */
const SCANNER = /\b(scan\w*|WIA|MFP|printer)\b/i;

export interface ConsentState {
  /** 'allowed' / 'denied' by the OS privacy setting; null when the setting was not read */
  access: 'allowed' | 'denied' | null;
  /** where "Deny" stands: device (HKLM, every app), apps (HKCU, Store apps such as the new Teams), desktop-apps (HKCU\NonPackaged: Zoom, browsers) */
  deniedFor: ('device' | 'apps' | 'desktop-apps')[];
  /** apps holding the device right now (executable or package name) */
  inUseBy: string[] | null;
}

/**
 * ConsentStore values (HKLM = the whole device, HKCU = apps for this user, HKCU\NonPackaged =
 * desktop apps such as Teams, Zoom and browsers): "Deny" in any of them blocks a meeting app.
 * `inUse`: the apps whose LastUsedTimeStop is 0 (started, not stopped). Windows can leave such an
 * entry behind when an app crashed mid-call, so "in use" warns; it never fails.
 */
export function parseConsent(v: unknown): ConsentState {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { access: null, deniedFor: [], inUseBy: null };
  const o = v as Record<string, unknown>;
  const scopes = [
    ['device', o.machine],
    ['apps', o.user],
    ['desktop-apps', o.desktop],
  ] as const;
  const values = scopes.map(([scope, x]) => [scope, str(x)?.toLowerCase() ?? null] as const);
  const deniedFor = values.filter(([, x]) => x === 'deny').map(([scope]) => scope);
  const access = deniedFor.length > 0 ? 'denied' : values.some(([, x]) => x === 'allow') ? 'allowed' : null;
  const inUse = typeof o.inUse === 'string' ? [o.inUse] : Array.isArray(o.inUse) ? o.inUse : null;
  const inUseBy = inUse ? inUse.map(str).filter((x): x is string => x !== null) : null;
  return { access, deniedFor, inUseBy };
}

export interface WindowsDevices {
  cameras: DeviceList;
  microphones: DeviceList;
  camera: ConsentState;
  microphone: ConsentState;
}

/** The script's JSON: `devices` (class, name, status, endpoint), `webcam` and `microphone` consent. */
export function parseWindowsDevicesJson(json: unknown): WindowsDevices | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as Record<string, unknown>;
  if (!('devices' in j)) return null;
  const cameras = empty();
  const microphones = empty();
  for (const d of list(j.devices)) {
    if (!d || typeof d !== 'object') continue;
    const o = d as Record<string, unknown>;
    const cls = str(o.class)?.toLowerCase();
    const name = str(o.name);
    if (!name) continue;
    const ok = str(o.status)?.toUpperCase() === 'OK';
    let target: DeviceList | null = null;
    if (cls === 'camera' || (cls === 'image' && !SCANNER.test(name))) {
      if (INFRARED.test(name)) {
        cameras.skipped.push(name);
        continue;
      }
      target = cameras;
    } else if (cls === 'audioendpoint' && endpointFlow(o.endpoint) === 'capture') {
      if (NOT_A_MIC.test(name)) {
        microphones.skipped.push(name);
        continue;
      }
      target = microphones;
    }
    if (!target) continue;
    if (ok) target.names.push(name);
    else target.problems.push({ name, status: str(o.status) ?? 'none' });
  }
  return { cameras, microphones, camera: parseConsent(j.webcam), microphone: parseConsent(j.microphone) };
}

// ---------------------------------------------------------------- macOS

/**
 * `system_profiler SPCameraDataType SPAudioDataType -json`: cameras are the `_name`s of the
 * SPCameraDataType items (the keys public readers of this JSON use: `_name`, `spcamera_model-id`;
 * the unique id is an identifier and is not read); microphones are the SPAudioDataType `_items` with input channels
 * (`coreaudio_device_input`), virtual and aggregate devices (Teams Audio, BlackHole) apart. A
 * Continuity Camera carries the owner's name in its device name ("Anna's iPhone Camera"): it is
 * named by its kind only. A data type missing from the answer is null (not told), not empty.
 */
export function parseMacProfilerJson(json: unknown): { cameras: DeviceList | null; microphones: DeviceList | null } | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as Record<string, unknown>;
  let cameras: DeviceList | null = null;
  if (Array.isArray(j.SPCameraDataType)) {
    cameras = empty();
    for (const item of j.SPCameraDataType) {
      const o = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const name = str(o._name);
      if (!name) continue;
      // the model id of a Continuity Camera is the phone's ("iPhone15,2"); the name may hold the owner's
      const kind = /^iP(hone|ad)/.exec(str(o['spcamera_model-id']) ?? '')?.[0] ?? /\biP(hone|ad)\b/.exec(name)?.[0];
      cameras.names.push(kind ? `${kind} (Continuity Camera)` : name);
    }
  }
  let microphones: DeviceList | null = null;
  if (Array.isArray(j.SPAudioDataType)) {
    microphones = empty();
    for (const group of j.SPAudioDataType) {
      for (const item of list((group as Record<string, unknown> | null)?._items)) {
        if (!item || typeof item !== 'object') continue;
        const o = item as Record<string, unknown>;
        const name = str(o._name);
        const inputs = Number(o.coreaudio_device_input);
        if (!name || !Number.isFinite(inputs) || inputs <= 0) continue;
        if (/_(virtual|aggregate)$/.test(String(o.coreaudio_device_transport ?? ''))) microphones.skipped.push(name);
        else microphones.names.push(withoutAddresses(name));
      }
    }
  }
  if (!cameras && !microphones) return null;
  return { cameras, microphones };
}

/**
 * The user's TCC database (privacy consent), readable only to a program with Full Disk Access;
 * sqlite3 prints one row a line, `service|client|auth_value|auth_reason` (its default list mode),
 * auth_value 0 denied, 2 allowed, 3 limited. Rows of another shape are skipped; output with text
 * but no row at all is not such a list: null.
 */
export interface TccRow {
  service: string;
  client: string;
  authValue: number;
}

export function parseTccRows(text: string): TccRow[] | null {
  const rows: TccRow[] = [];
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^(kTCCService\w+)\|([\w.\-/ ]+)\|(\d+)\|(\d+)$/.exec(line.trim());
    if (m) rows.push({ service: m[1]!, client: m[2]!, authValue: Number(m[3]) });
  }
  return rows.length === 0 && text.trim() !== '' ? null : rows;
}

/** The apps a meeting is held in, by bundle id: the video tools and the browsers their web clients run in. */
export const MEETING_APPS: readonly string[] = [
  'us.zoom.xos',
  'com.microsoft.teams',
  'com.microsoft.teams2',
  'com.cisco.webexmeetingsapp',
  'Cisco-Systems.Spark',
  'com.google.Chrome',
  'com.microsoft.edgemac',
  'org.mozilla.firefox',
  'com.apple.Safari',
];

/**
 * macOS asks per app, not for the whole machine: the meeting apps that asked are blocked when every
 * one of them was refused (auth_value 0); one allowed is enough to hold the meeting. null: none asked yet.
 */
export function tccAccess(
  rows: readonly TccRow[],
  service: 'kTCCServiceCamera' | 'kTCCServiceMicrophone',
): { access: 'allowed' | 'denied' | null; deniedFor: string[] } {
  const mine = rows.filter((r) => r.service === service && MEETING_APPS.includes(r.client));
  const denied = mine.filter((r) => r.authValue === 0).map((r) => r.client);
  if (mine.some((r) => r.authValue === 2 || r.authValue === 3)) return { access: 'allowed', deniedFor: [] };
  return denied.length > 0 ? { access: 'denied', deniedFor: denied } : { access: null, deniedFor: [] };
}

// ---------------------------------------------------------------- Linux

/**
 * A readable name for a PulseAudio/PipeWire source name. `alsa_input.usb-<vendor>_<model>_<serial>-<if>.<profile>`
 * (udev's ID_SERIAL) loses its serial (a token with six digits or more, or eight hex digits) and
 * interface number; PCI and platform sources keep their bus path and profile; Bluetooth addresses go.
 */
export function sourceName(source: string): string {
  const m = /^alsa_(?:input|output)\.(usb|pci|platform)-(.+)\.([^.]+)$/.exec(source);
  if (!m) return withoutAddresses(source.replace(/^bluez_(input|source|sink|output)\./, 'bluez '));
  const [, bus, id, profile] = m as unknown as [string, string, string, string];
  if (bus !== 'usb') return `${bus}-${id} ${profile}`;
  const tokens = id
    .replace(/-\d{2}$/, '')
    .split('_')
    .filter(Boolean);
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length > 1 && ((last.match(/\d/g)?.length ?? 0) >= 6 || /^(?=.*\d)[0-9A-F]{8,}$/i.test(last))) tokens.pop();
  return withoutAddresses(tokens.join(' '));
}

/**
 * `pactl list short sources`: TAB-separated index, name, driver, sample spec, state. Monitor
 * sources (`*.monitor`) are the loopback of an output: not microphones; nor are output names. Lines may carry a comment
 * prefix (`# `) when copied from a script; other lines are skipped. No output is no source; output
 * without a single such line is not a source list at all: null.
 */
export function parsePactlSources(text: string): DeviceList | null {
  const out = empty();
  let sourceLines = 0;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const fields = raw.replace(/^#\s?/, '').split('\t');
    if (fields.length < 2 || !/^\s*\d+\s*$/.test(fields[0]!)) continue;
    const name = fields[1]!.trim();
    if (!name) continue;
    sourceLines += 1;
    // the loopback of an output, or an output itself (a sinks list pasted beside the sources)
    if (name.endsWith('.monitor') || /^(alsa_output|bluez_sink|bluez_output)\./.test(name)) {
      out.skipped.push(`${sourceName(name.replace(/\.monitor$/, ''))}${name.endsWith('.monitor') ? ' (monitor)' : ' (output)'}`);
      continue;
    }
    out.names.push(sourceName(name));
  }
  return sourceLines === 0 && text.trim() !== '' ? null : out;
}

/** `/proc/asound/cardN` entries: capture PCMs are `pcmXc` directories (kernel procfile.rst). */
export function alsaCaptureCount(entries: readonly string[]): number {
  return entries.filter((e) => /^pcm\d+c$/.test(e)).length;
}

/**
 * A `/sys/class/video4linux/videoN` node is a camera when it is the device's first node: index 0.
 * A UVC webcam registers two nodes, the second (index 1) for metadata only. Without an index file
 * (older kernels) the node counts. Memory-to-memory nodes also have index 0: see `v4lNodeKind`.
 */
export function isCaptureNode(node: string, index: string | null): boolean {
  if (!/^video\d+$/.test(node)) return false;
  if (index === null) return true;
  return index.trim() === '0';
}

/**
 * Nodes that are no camera, by the name their driver gives them in sysfs: the Raspberry Pi's
 * codec (bcm2835-codec-decode, -encode, -isp, -image_fx, -encode_image), its ISP
 * (bcm2835-isp-output0, -capture0/1, -stats2) and HEVC decoder (rpivid, rpi-hevc-dec), the Pi 5
 * back end (pispbe-*), and memory-to-memory codecs elsewhere (coda-encoder, ...). Names are read as
 * whole dash- or space-separated words, so a webcam whose model name merely contains the letters
 * is not taken for one.
 */
const NOT_A_CAMERA_NAME = /^(bcm2835-codec|bcm2835-isp|rpivid$|rpi-hevc-dec|pispbe)|(^|[-_ ])(codec|encoder|decoder|m2m|isp|stats|params)([-_ ]|$)/i;

/**
 * Drivers of memory-to-memory and ISP nodes, from the `DRIVER=` line of the node's
 * `device/uevent` (a UVC webcam's device is its USB interface: `DRIVER=uvcvideo`).
 */
const NOT_A_CAMERA_DRIVER = new Set([
  'bcm2835-codec',
  'bcm2835-isp',
  'rpivid',
  'rpi-hevc-dec',
  'pispbe',
  'hantro-vpu',
  'rkvdec',
  'rockchip-rga',
  'rockchip-iep',
  'cedrus',
  'coda',
  'vicodec',
  'vim2m',
  'meson-vdec',
  'qcom-venus',
  'mtk-vcodec-dec',
  'mtk-vcodec-enc',
]);

/** `DRIVER=` of a sysfs uevent file (KEY=VALUE lines), or null. */
export function ueventDriver(text: string | null): string | null {
  const m = text === null ? null : /^DRIVER=(.+)$/m.exec(text.replace(/\r/g, ''));
  return m ? m[1]!.trim() || null : null;
}

export type V4lNodeKind = 'camera' | 'metadata' | 'not-a-camera' | 'other';

/**
 * What a video4linux node is: a camera, the metadata node beside one, a node that is no camera
 * (codec, ISP, m2m: known by its sysfs name, or by its driver when the name does not tell), or no
 * video node at all (v4l-subdev, radio, vbi). `driver` is read only when the name leaves it open.
 */
export function v4lNodeKind(node: string, name: string | null, index: string | null, driver: string | null = null): V4lNodeKind {
  if (!/^video\d+$/.test(node)) return 'other';
  if (name && NOT_A_CAMERA_NAME.test(name.trim())) return 'not-a-camera';
  if (driver && NOT_A_CAMERA_DRIVER.has(driver)) return 'not-a-camera';
  return isCaptureNode(node, index) ? 'camera' : 'metadata';
}
