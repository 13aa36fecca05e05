/**
 * Network interfaces as the OS lists them, for the checks that ask what kind of link is up (Wi-Fi,
 * cable, VPN tunnel). Linux: /sys/class/net read through the probe. Windows: Get-NetAdapter in the
 * run's one PowerShell start. macOS: one `ifconfig -v`, shared by the checks that ask.
 *
 * systeminformation's networkInterfaces() is not used: on Windows it runs `netstat -r`,
 * `ipconfig /all` and `netsh lan|wlan` with execSync (each freezes the event loop, and the TUI,
 * for as long as the program takes) and starts a PowerShell of its own; on macOS it runs `route`,
 * `ifconfig -v` and `ipconfig getpacket` per interface with execSync. The two reads here are
 * asynchronous, recorded and replayable, and language-free.
 */
import { reason, type Reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { runPowershellJson } from './powershell.js';
import { commandReason } from './reason.js';

export interface LinuxNetInterface {
  name: string;
  /** ARPHRD type: 1 Ethernet (and Wi-Fi), 772 loopback, 512 PPP, 65534 none (tun, WireGuard) */
  type: number | null;
  operstate: string | null;
  /** IFF_UP from `flags`; null when unreadable */
  adminUp: boolean | null;
  /** has a `wireless` (or `phy80211`) entry */
  wireless: boolean;
  /** listed under /sys/devices/virtual/net (bridges, veth, tun, WireGuard, dummy ...) */
  virtual: boolean;
  /** a tun/tap device (has `tun_flags`) */
  tun: boolean;
}

const SYS_NET = '/sys/class/net';

/** Every interface under /sys/class/net, or null when the directory cannot be read. */
export async function readLinuxInterfaces(probe: Probe): Promise<LinuxNetInterface[] | null> {
  const names = await probe.listDir(SYS_NET);
  if (!names) return null;
  const virtualNames = new Set((await probe.listDir('/sys/devices/virtual/net')) ?? []);
  const out: LinuxNetInterface[] = [];
  for (const name of names) {
    if (!name || name.includes('/') || name === '.' || name === '..') continue;
    const dir = `${SYS_NET}/${name}`;
    const typeText = await probe.readFile(`${dir}/type`, { maxBytes: 64 });
    const operstate = (await probe.readFile(`${dir}/operstate`, { maxBytes: 64 }))?.trim() || null;
    const flagsText = await probe.readFile(`${dir}/flags`, { maxBytes: 64 });
    const wireless = (await probe.listDir(`${dir}/wireless`)) !== null || (await probe.stat(`${dir}/phy80211`)) !== null;
    const tun = (await probe.readFile(`${dir}/tun_flags`, { maxBytes: 64 })) !== null;
    const type = typeText !== null && /^\s*\d+\s*$/.test(typeText) ? Number(typeText.trim()) : null;
    const flags = flagsText !== null && /^\s*0x[0-9a-f]+\s*$/i.test(flagsText) ? Number.parseInt(flagsText.trim(), 16) : null;
    out.push({ name, type, operstate, adminUp: flags === null ? null : (flags & 1) === 1, wireless, virtual: virtualNames.has(name), tun });
  }
  return out;
}

/** A cable (Ethernet) link with carrier: physical, not wireless, not a tunnel. */
export function isWiredUp(i: LinuxNetInterface): boolean {
  return i.type === 1 && !i.wireless && !i.virtual && !i.tun && i.operstate === 'up';
}

/** A network link as the checks need it: what it is and whether it is up, and no address. */
export interface NetLink {
  /** the interface's name (Windows: the connection name, "Wi-Fi", "Ethernet 2"; macOS: en0, utun3) */
  iface: string;
  /** Windows: the adapter's description (the driver's name for it); macOS: the interface name again */
  ifaceName: string;
  type: 'wired' | 'wireless' | 'other';
  /** a virtual adapter (Hyper-V, VirtualBox, a bridge), not a link of the machine's own */
  virtual: boolean;
  /** the loopback */
  internal: boolean;
  operstate: 'up' | 'down' | 'unknown';
}

/**
 * The adapters Windows lists (Get-NetAdapter, MSFT_NetAdapter in root/StandardCimv2), as numbers and
 * booleans only, so the display language changes nothing: NdisPhysicalMedium (NDIS_PHYSICAL_MEDIUM:
 * 9 Native 802.11, 1 wireless LAN, 14 802.3), InterfaceOperationalStatus (NET_IF_OPER_STATUS: 1 up),
 * MediaConnectState (NET_IF_MEDIA_CONNECT_STATE: 1 connected), HardwareInterface, Virtual. A cmdlet
 * and core types only: it runs under Constrained Language Mode. Rests on Microsoft's documentation
 * of the class (no capture of its output yet).
 */
export const NET_ADAPTERS_SCRIPT =
  '$a=@(Get-NetAdapter -ErrorAction Stop|ForEach-Object{@{name=[string]$_.Name;description=[string]$_.InterfaceDescription;' +
  'medium=[int]$_.NdisPhysicalMedium;oper=[int]$_.InterfaceOperationalStatus;media=[int]$_.MediaConnectState;' +
  'hardware=[bool]$_.HardwareInterface;virtual=[bool]$_.Virtual}});ConvertTo-Json -InputObject $a -Compress';

const WIRELESS_MEDIA = new Set([1, 9]);
const WIRED_MEDIA = new Set([14]);

/** NET_ADAPTERS_SCRIPT's JSON as links, or null when it is not that list (no array, a row of another shape). */
export function parseNetAdaptersJson(json: unknown): NetLink[] | null {
  const rows = Array.isArray(json) ? json : json !== null && typeof json === 'object' ? [json] : null;
  if (!rows) return null;
  const out: NetLink[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) return null;
    const r = row as Record<string, unknown>;
    if (typeof r.name !== 'string' || typeof r.medium !== 'number' || typeof r.oper !== 'number') return null;
    const description = typeof r.description === 'string' ? r.description : '';
    const media = typeof r.media === 'number' ? r.media : 0;
    const type = WIRELESS_MEDIA.has(r.medium) ? 'wireless' : WIRED_MEDIA.has(r.medium) ? 'wired' : 'other';
    const operstate = r.oper === 1 && media !== 2 ? 'up' : r.oper === 4 ? 'unknown' : 'down';
    // a software adapter (Hyper-V's vEthernet, a VPN's) is not a cable or a radio of this machine
    const virtual = r.virtual === true || r.hardware === false;
    out.push({ iface: r.name, ifaceName: description, type, virtual, internal: false, operstate });
  }
  return out;
}

/** One interface block of macOS `ifconfig` (-a or -v). */
export interface IfconfigBlock {
  name: string;
  flags: string[];
  /** carries an IPv4 address */
  ipv4: boolean;
  /** `status: active|inactive` (Ethernet-like interfaces only), else null */
  status: string | null;
  /** `type: Wi-Fi|Ethernet|...` (only with -v), else null */
  type: string | null;
}

/** The interface blocks of a macOS `ifconfig` listing; null when it is not one (no lo0 block). */
export function parseIfconfigBlocks(text: string): IfconfigBlock[] | null {
  const blocks: IfconfigBlock[] = [];
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const head = /^([a-z][a-z0-9]*): flags=[0-9a-f]+<([A-Z0-9_,]*)>/.exec(raw);
    if (head) {
      blocks.push({ name: head[1]!, flags: head[2]!.split(','), ipv4: false, status: null, type: null });
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (!last) continue;
    if (/^\s+inet \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/.test(raw)) last.ipv4 = true;
    const status = /^\tstatus: (\S+)/.exec(raw);
    if (status) last.status = status[1]!;
    const type = /^\ttype: (.+?)\s*$/.exec(raw);
    if (type) last.type = type[1]!;
  }
  return blocks.some((b) => b.name === 'lo0') ? blocks : null;
}

/**
 * macOS links from `ifconfig -v`: the `type:` line is the kernel's functional type (Wi-Fi, Ethernet,
 * Cellular, ...; not translated), `status:` says whether the medium is active. Only enN interfaces
 * are the machine's own links: awdl0, llw0 and p2p0 (AirDrop, Continuity) also say Wi-Fi and are
 * often active; bridge0 and vboxnet are virtual.
 */
export function ifconfigLinks(blocks: readonly IfconfigBlock[]): NetLink[] {
  return blocks.map((b) => {
    const own = /^en\d+$/.test(b.name);
    const type = own && b.type === 'Wi-Fi' ? 'wireless' : own && b.type === 'Ethernet' ? 'wired' : 'other';
    const up = b.flags.includes('UP') && b.flags.includes('RUNNING');
    const operstate = !up ? 'down' : b.status === 'active' ? 'up' : b.status === 'inactive' ? 'down' : /^(ppp|ipsec)\d+$/.test(b.name) ? 'up' : 'unknown';
    return { iface: b.name, ifaceName: b.name, type, virtual: /^(bridge|vboxnet|vmnet)\d+$/.test(b.name), internal: b.flags.includes('LOOPBACK'), operstate };
  });
}

/** The utun interfaces that carry a VPN: UP and RUNNING with an IPv4 address (see vpn/parse.ts). */
export function ifconfigUtuns(blocks: readonly IfconfigBlock[]): number {
  return blocks.filter((b) => /^utun\d+$/.test(b.name) && b.flags.includes('UP') && b.flags.includes('RUNNING') && b.ipv4).length;
}

export const IFCONFIG = '/sbin/ifconfig';
export const IFCONFIG_ARGS = ['-v'];

export type IfconfigReading = { blocks: IfconfigBlock[]; reason: null } | { blocks: null; reason: Reason };

const ifconfigReadings = new WeakMap<Probe, Promise<IfconfigReading>>();

/** macOS: `ifconfig -v`, read once per run and shared by the checks that ask; never throws. */
export function macInterfaces(probe: Probe, signal?: AbortSignal): Promise<IfconfigReading> {
  let reading = ifconfigReadings.get(probe);
  if (!reading) {
    reading = (async (): Promise<IfconfigReading> => {
      const r = await probe.run(IFCONFIG, IFCONFIG_ARGS, { timeoutMs: 10_000, signal });
      if (r.failure || r.code !== 0) return { blocks: null, reason: commandReason(IFCONFIG, r) };
      const blocks = parseIfconfigBlocks(r.stdout);
      return blocks ? { blocks, reason: null } : { blocks: null, reason: commandReason(IFCONFIG, r, 'no lo0 in the listing') };
    })().catch((error: unknown) => ({ blocks: null, reason: reason('internal', IFCONFIG, String(error)) }));
    ifconfigReadings.set(probe, reading);
  }
  return reading;
}

export type LinksReading = { links: NetLink[]; reason: null } | { links: null; reason: Reason };

/**
 * Bundles recorded before the adapter list was read here hold systeminformation's answer instead:
 * in replay only (nothing runs), it is read when the new reading is not in the bundle.
 */
async function recordedSiLinks(probe: Probe): Promise<NetLink[] | null> {
  if (probe.mode !== 'replay') return null;
  try {
    const list = await probe.call<unknown>('systeminformation.networkInterfaces', [], () => Promise.reject(new Error('replay only')));
    if (!Array.isArray(list)) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return list
      .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
      .map((x) => ({
        iface: str(x.iface),
        ifaceName: str(x.ifaceName),
        type: x.type === 'wired' || x.type === 'wireless' ? x.type : 'other',
        virtual: x.virtual === true,
        internal: x.internal === true,
        operstate: x.operstate === 'up' || x.operstate === 'down' ? x.operstate : 'unknown',
      }));
  } catch {
    return null;
  }
}

/** Windows and macOS: the links the OS lists, or why they could not be read; never throws. */
export async function netLinks(probe: Probe, signal?: AbortSignal): Promise<LinksReading> {
  const read = await readNetLinks(probe, signal);
  if (read.links || read.reason.code !== 'not-found') return read;
  const old = await recordedSiLinks(probe);
  return old ? { links: old, reason: null } : read;
}

async function readNetLinks(probe: Probe, signal?: AbortSignal): Promise<LinksReading> {
  if (probe.platform.os === 'win32') {
    const ps = await runPowershellJson(probe, NET_ADAPTERS_SCRIPT, signal);
    if (ps.why) return { links: null, reason: ps.why };
    const links = parseNetAdaptersJson(ps.json);
    return links ? { links, reason: null } : { links: null, reason: reason('unreadable', 'powershell', 'Get-NetAdapter gave another shape') };
  }
  if (probe.platform.os === 'darwin') {
    const m = await macInterfaces(probe, signal);
    return m.blocks ? { links: ifconfigLinks(m.blocks), reason: null } : { links: null, reason: m.reason };
  }
  return { links: null, reason: reason('unsupported', undefined, probe.platform.os) };
}

/** A cable link of the machine's own that is up. */
export function wiredLinkUp(list: readonly NetLink[]): boolean {
  return list.some((i) => !i.internal && !i.virtual && i.type === 'wired' && i.operstate === 'up');
}

/** A Wi-Fi link of the machine's own that is up. */
export function wirelessLinkUp(list: readonly NetLink[]): boolean {
  return list.some((i) => !i.internal && !i.virtual && i.type === 'wireless' && i.operstate === 'up');
}
