/**
 * wifi-security: how the active connection is protected. NSM's home-office advice: set up the home
 * network with a password; avoid free and open networks.
 * Windows: `netsh wlan show interfaces` (any display language). macOS: `system_profiler
 * SPAirPortDataType -json`. Linux: NetworkManager through node-wifi, then nmcli, wpa_cli, iw, and
 * /sys/class/net for a cable. Facts never hold a network's name or address.
 */
import { defineLegacyCheck } from '../../src/check.js';
import { wifiConnections } from '../../src/probe/libraries.js';
import type { Probe } from '../../src/probe/types.js';
import { perPlatform } from '../lib/platform.js';
import { isWiredUp, readLinuxInterfaces, siInterfaces, siWiredUp, siWirelessUp } from '../lib/netif.js';
import { evaluateWifi } from './evaluate.js';
import { worstSecurity, type WifiFacts, type WifiSecurity } from './facts.js';
import { classifyNmcli, classifyWpaCli, isNmcliSecurity, NMCLI_ARGS, nmcliFlagsText, parseIwLink, parseNmcliWifiList, parseWpaCliStatus, wordOrNull } from './linux.js';
import { parseAirportJson } from './macos.js';
import { parseNetshInterfaces } from './netsh.js';

export const NETSH_ARGS = ['wlan', 'show', 'interfaces'];
export const SYSTEM_PROFILER = '/usr/sbin/system_profiler';
export const SYSTEM_PROFILER_ARGS = ['SPAirPortDataType', '-json'];

function base(os: string): WifiFacts {
  return { os, connection: 'unknown', security: null, authentication: null, cipher: null, wifiConnected: 0, wiredUp: null, hotspot: null, methods: [], reason: null };
}

interface Connected {
  security: WifiSecurity;
  authentication: string | null;
  cipher: string | null;
}

/** Fill in a Wi-Fi verdict from the connected interfaces (the worst one counts). */
function setWifi(facts: WifiFacts, connected: Connected[]): void {
  const worst = worstSecurity(connected.map((c) => c.security))!;
  const pick = connected.find((c) => c.security === worst)!;
  facts.connection = 'wifi';
  facts.security = worst;
  facts.authentication = pick.authentication;
  facts.cipher = pick.cipher;
  facts.wifiConnected = connected.length;
}

/** Not on Wi-Fi: a cable, or nothing, as systeminformation sees the interfaces (Windows, macOS). */
async function wiredOrNone(probe: Probe, facts: WifiFacts, why: string): Promise<WifiFacts> {
  const list = await siInterfaces(probe);
  if (!list) {
    facts.reason = `${why}; the wired interfaces could not be read`;
    return facts;
  }
  facts.methods.push('systeminformation');
  facts.wiredUp = siWiredUp(list);
  facts.reason = why;
  if (siWirelessUp(list)) {
    // the Wi-Fi tool said nothing usable (e.g. Windows 11 24H2 without location permission), yet a
    // wireless link is up: Wi-Fi of unknown security, not "wired" or "none"
    facts.connection = 'wifi';
    facts.security = 'unknown';
    facts.wifiConnected = 1;
    facts.reason = `${why}; a Wi-Fi link is up`;
    return facts;
  }
  facts.connection = facts.wiredUp ? 'wired' : 'none';
  return facts;
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<WifiFacts> {
  const facts = base('windows');
  // netsh prints in the OEM code page: the parser does not rest on non-ASCII labels, so a garbled
  // "Verschlüsselungsverfahren" still parses (by its value and position).
  const r = await probe.run('netsh', NETSH_ARGS, { timeoutMs: 10_000, signal });
  if (r.failure) return wiredOrNone(probe, facts, `netsh ${r.failure}`);
  const interfaces = parseNetshInterfaces(r.stdout);
  facts.methods.push('netsh');
  const connected = interfaces.filter((i) => i.connected === true);
  if (connected.length > 0) {
    setWifi(facts, connected);
    if (facts.security === 'unknown') facts.reason = 'netsh did not show the authentication of the connected interface';
    return facts;
  }
  if (interfaces.length === 0) return wiredOrNone(probe, facts, `netsh listed no Wi-Fi interface (exit code ${r.code})`);
  if (interfaces.some((i) => i.connected === null)) return wiredOrNone(probe, facts, 'netsh did not say whether Wi-Fi is connected');
  return wiredOrNone(probe, facts, 'Wi-Fi is not connected');
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<WifiFacts> {
  const facts = base('macos');
  const r = await probe.run(SYSTEM_PROFILER, SYSTEM_PROFILER_ARGS, { timeoutMs: 20_000, signal });
  const interfaces = r.failure ? null : parseAirportJson(r.stdout);
  if (!interfaces) return wiredOrNone(probe, facts, r.failure ? `system_profiler ${r.failure}` : 'system_profiler gave no Wi-Fi data');
  facts.methods.push('system_profiler');
  const connected = interfaces.filter((i) => i.state === 'connected');
  if (connected.length > 0) {
    setWifi(facts, connected.map((i) => ({ security: i.security, authentication: i.securityMode && /^s?pairport_security_mode_[a-z0-9_]+$/.test(i.securityMode) ? i.securityMode : null, cipher: null })));
    if (facts.security === 'unknown') facts.reason = 'system_profiler did not name a known security mode';
    return facts;
  }
  const states = [...new Set(interfaces.map((i) => i.status ?? 'none'))].join(', ');
  return wiredOrNone(probe, facts, `Wi-Fi is not connected (${states || 'no Wi-Fi interface'})`);
}

/** node-wifi's current connections (NetworkManager), kept to the security fields. */
export async function nodeWifiConnections(probe: Probe): Promise<Array<{ security: string; wpaFlags: string; rsnFlags: string }> | null> {
  try {
    return await probe.call('node-wifi.getCurrentConnections', [], async () =>
      (await wifiConnections()).map((c) => {
        const x = (c ?? {}) as { security?: unknown; security_flags?: { wpa?: unknown; rsn?: unknown } };
        return { security: String(x.security ?? ''), wpaFlags: String(x.security_flags?.wpa ?? ''), rsnFlags: String(x.security_flags?.rsn ?? '') };
      }),
    );
  } catch {
    return null;
  }
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<WifiFacts> {
  const facts = base('linux');
  const ifaces = await readLinuxInterfaces(probe);
  if (ifaces) {
    facts.methods.push('sysfs');
    facts.wiredUp = ifaces.some(isWiredUp);
  }
  const wireless = ifaces?.filter((i) => i.wireless) ?? [];
  const wirelessUp = wireless.filter((i) => i.operstate === 'up');
  if (ifaces && wirelessUp.length === 0) {
    facts.connection = facts.wiredUp ? 'wired' : 'none';
    facts.reason = wireless.length === 0 ? 'no Wi-Fi interface' : 'Wi-Fi is not connected';
    if (!facts.wiredUp && ifaces.some((i) => i.virtual && i.type !== 772 && i.operstate === 'up')) {
      // a virtual machine or container: its own links are virtual, the real connection is not visible
      facts.connection = 'unknown';
      facts.reason = 'only virtual network interfaces are up (a virtual machine or container?)';
    }
    return facts;
  }

  // 1. NetworkManager through node-wifi; its rows are trusted only when the security word is sane
  const viaNodeWifi = await nodeWifiConnections(probe);
  if (viaNodeWifi && viaNodeWifi.length > 0 && viaNodeWifi.every((c) => isNmcliSecurity(c.security))) {
    setWifi(facts, viaNodeWifi.map((c) => ({ security: classifyNmcli(c.security, c.wpaFlags, c.rsnFlags), authentication: c.security || null, cipher: nmcliFlagsText(c.wpaFlags, c.rsnFlags) })));
    facts.methods.push('nmcli');
    return finishLinux(facts);
  }
  // 2. nmcli ourselves (escapes in SSIDs handled)
  const nm = await probe.run('nmcli', NMCLI_ARGS, { timeoutMs: 10_000, signal });
  if (!nm.failure && nm.code === 0) {
    const active = parseNmcliWifiList(nm.stdout).filter((ap) => ap.active);
    if (active.length > 0) {
      facts.methods.push('nmcli');
      setWifi(facts, active.map((ap) => ({ security: classifyNmcli(ap.security, ap.wpaFlags, ap.rsnFlags), authentication: ap.security || null, cipher: nmcliFlagsText(ap.wpaFlags, ap.rsnFlags) })));
      return finishLinux(facts);
    }
  }
  // 3. wpa_supplicant, then iw, per Wi-Fi interface that is up (without /sys/class/net: the usual
  //    first name, wlan0, is tried; other names stay unknown)
  const names = wirelessUp.length > 0 ? wirelessUp.map((i) => i.name) : ['wlan0'];
  const found: Array<{ security: WifiSecurity; authentication: string | null; cipher: string | null }> = [];
  let iwSaidConnected = false;
  for (const name of names) {
    const w = await probe.run('wpa_cli', ['-i', name, 'status'], { timeoutMs: 5_000, signal });
    const status = !w.failure && w.code === 0 ? parseWpaCliStatus(w.stdout) : null;
    if (status?.state === 'COMPLETED') {
      if (!facts.methods.includes('wpa_cli')) facts.methods.push('wpa_cli');
      found.push({ security: classifyWpaCli(status), authentication: wordOrNull(status.keyMgmt), cipher: wordOrNull([status.pairwise, status.group].filter(Boolean).join('/')) });
      continue;
    }
    const iw = await probe.run('iw', ['dev', name, 'link'], { timeoutMs: 5_000, signal });
    if (!iw.failure && parseIwLink(iw.stdout) === true) {
      if (!facts.methods.includes('iw')) facts.methods.push('iw');
      iwSaidConnected = true;
      found.push({ security: 'unknown', authentication: null, cipher: null });
    }
  }
  if (found.length > 0) {
    setWifi(facts, found);
    if (facts.security === 'unknown') {
      facts.reason = iwSaidConnected
        ? 'iw shows the Wi-Fi link but not its encryption (no NetworkManager or wpa_supplicant answered; iwd is not read)'
        : 'the Wi-Fi encryption could not be read';
    }
    return finishLinux(facts);
  }
  if (!ifaces) {
    facts.reason = 'neither /sys/class/net nor nmcli, wpa_cli or iw answered';
    return facts;
  }
  // a Wi-Fi link is up, but no tool would tell about it (iwd, or tools missing)
  facts.connection = 'wifi';
  facts.security = 'unknown';
  facts.wifiConnected = wirelessUp.length;
  facts.reason = 'a Wi-Fi link is up, but neither NetworkManager nor wpa_supplicant answered (iwd is not read)';
  return facts;
}

function finishLinux(facts: WifiFacts): WifiFacts {
  if (facts.security === 'unknown' && !facts.reason) facts.reason = 'the security of the active network was not recognised';
  return facts;
}

export default defineLegacyCheck<WifiFacts>({
  id: 'wifi-security',
  category: 'network',
  weight: 5,
  sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'cisa-video', 'ncsc-home-working', 'apple-wifi-router-settings'],
  title: 'wifi.title',
  timeoutMs: 30_000,
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os, reason) => ({ ...base(os), reason })),
  evaluate: evaluateWifi,
});
