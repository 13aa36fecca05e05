/**
 * Network interfaces as the OS lists them, for the checks that ask what kind of link is up (Wi-Fi,
 * cable, VPN tunnel). Linux: /sys/class/net read through the probe. Windows and macOS:
 * systeminformation's networkInterfaces through probe.call, kept to the fields that name no address.
 */
import { networkInterfaces } from '../../src/probe/libraries.js';
import type { Probe } from '../../src/probe/types.js';

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

/** The fields of systeminformation's NetworkInterfacesData that say what a link is, and no address. */
export interface SiInterface {
  iface: string;
  ifaceName: string;
  type: string;
  virtual: boolean;
  internal: boolean;
  operstate: string;
  default: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function projectSiInterfaces(list: unknown): SiInterface[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    .map((x) => ({
      iface: str(x.iface),
      ifaceName: str(x.ifaceName),
      type: str(x.type),
      virtual: x.virtual === true,
      internal: x.internal === true,
      operstate: str(x.operstate),
      default: x.default === true,
    }));
}

/** systeminformation.networkInterfaces() through the probe (recorded, replayable); null when it fails. */
export async function siInterfaces(probe: Probe): Promise<SiInterface[] | null> {
  try {
    return await probe.call('systeminformation.networkInterfaces', [], async () => projectSiInterfaces(await networkInterfaces()));
  } catch {
    return null;
  }
}

/** A wired link that is up, by systeminformation's own classification. */
export function siWiredUp(list: readonly SiInterface[]): boolean {
  return list.some((i) => !i.internal && !i.virtual && i.type === 'wired' && i.operstate === 'up');
}

/** A Wi-Fi link that is up, by systeminformation's own classification. */
export function siWirelessUp(list: readonly SiInterface[]): boolean {
  return list.some((i) => !i.internal && !i.virtual && i.type === 'wireless' && i.operstate === 'up');
}
