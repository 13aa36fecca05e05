/**
 * wifi-security: how the active connection is protected. NSM's home-office advice: set up the home
 * network with a password; avoid free and open networks.
 * Windows: `netsh wlan show interfaces` (any display language). macOS: `system_profiler
 * SPAirPortDataType -json`. Linux: NetworkManager through node-wifi, then nmcli, wpa_cli, iw, and
 * /sys/class/net for a cable. Facts never hold a network's name or address.
 */
import { defineCheck, reason, type Reason } from '../../src/check.js';
import { LibraryFault, wifiConnections } from '../../src/probe/libraries.js';
import type { Probe } from '../../src/probe/types.js';
import { perPlatform } from '../lib/platform.js';
import { commandReason } from '../lib/reason.js';
import { isWiredUp, NET_ADAPTERS_SCRIPT, netLinks, readLinuxInterfaces, wiredLinkUp, wirelessLinkUp } from '../lib/netif.js';

export { NET_ADAPTERS_SCRIPT };
import { evaluateWifi } from './evaluate.js';
import { WifiFactsSchema, worstSecurity, type WifiFacts, type WifiSecurity } from './facts.js';
import {
  classifyNmcli,
  classifyWpaCli,
  isNmcliSecurity,
  NMCLI_ARGS,
  nmcliFlagsText,
  parseIwLink,
  parseNmcliWifiList,
  parseWpaCliStatus,
  wordOrNull,
} from './linux.js';
import { parseAirportJson } from './macos.js';
import { messages } from './messages.js';
import { netshRefusal, parseNetshInterfaces } from './netsh.js';

export const NETSH_ARGS = ['wlan', 'show', 'interfaces'];
export const SYSTEM_PROFILER = '/usr/sbin/system_profiler';
export const SYSTEM_PROFILER_ARGS = ['SPAirPortDataType', '-json'];

/** The first line of a program's answer that says something, for `detail`. */
function firstLine(...texts: string[]): string | undefined {
  for (const text of texts) {
    const line = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && !/^There (is|are) \d+ interfaces? on the system:?$/i.test(l));
    if (line) return line.slice(0, 200);
  }
  return undefined;
}

function base(os: string): WifiFacts {
  return {
    os,
    connection: 'unknown',
    security: null,
    authentication: null,
    cipher: null,
    wifiConnected: 0,
    wiredUp: null,
    hotspot: null,
    methods: [],
    reason: null,
  };
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

/**
 * Not on Wi-Fi as the Wi-Fi tool tells it (or the tool told nothing): a cable, or nothing, as the
 * adapter list shows it (Windows: Get-NetAdapter; macOS: ifconfig -v). `why` is the Wi-Fi tool's
 * reason, kept when the answer stays open.
 */
async function wiredOrNone(probe: Probe, facts: WifiFacts, why: Reason, signal?: AbortSignal): Promise<WifiFacts> {
  const { links: list } = await netLinks(probe, signal);
  if (!list) {
    facts.reason = why;
    return facts;
  }
  facts.methods.push(probe.platform.os === 'win32' ? 'Get-NetAdapter' : 'ifconfig');
  facts.wiredUp = wiredLinkUp(list);
  if (wirelessLinkUp(list)) {
    // the Wi-Fi tool said nothing usable, yet a wireless link is up: Wi-Fi of unknown security,
    // not "wired" or "none"
    facts.connection = 'wifi';
    facts.security = 'unknown';
    facts.wifiConnected = 1;
    facts.reason = why;
    return facts;
  }
  facts.connection = facts.wiredUp ? 'wired' : 'none';
  facts.reason = facts.wiredUp ? null : why;
  return facts;
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<WifiFacts> {
  const facts = base('windows');
  // netsh prints in the OEM code page: the parser does not rest on non-ASCII labels, so a garbled
  // "Verschlüsselungsverfahren" still parses (by its value and position).
  const r = await probe.run('netsh', NETSH_ARGS, { timeoutMs: 10_000, signal });
  if (r.failure) return wiredOrNone(probe, facts, commandReason('netsh', r), signal);
  const interfaces = parseNetshInterfaces(r.stdout);
  if (interfaces.length === 0) {
    // Windows 11 24H2+ with Location off: netsh refuses (exit 1) though the adapter is there. What
    // needs no location is still read: whether a Wi-Fi or a cable link is up (Get-NetAdapter)
    const refusal = netshRefusal(`${r.stdout}\n${r.stderr}`);
    if (refusal) return wiredOrNone(probe, facts, reason(refusal, 'netsh', firstLine(r.stdout, r.stderr)), signal);
    // no interface block at all: an error text (exit code kept), or output of another shape
    return wiredOrNone(probe, facts, commandReason('netsh', r, r.code === 0 ? 'no interface block' : undefined), signal);
  }
  facts.methods.push('netsh');
  const connected = interfaces.filter((i) => i.connected === true);
  if (connected.length > 0) {
    setWifi(facts, connected);
    if (facts.security === 'unknown') facts.reason = reason('unreadable', 'netsh', 'no authentication shown for the connected interface');
    return facts;
  }
  if (interfaces.some((i) => i.connected === null)) return wiredOrNone(probe, facts, reason('unreadable', 'netsh', 'no connection state'), signal);
  return wiredOrNone(probe, facts, reason('not-connected', 'netsh'), signal);
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<WifiFacts> {
  const facts = base('macos');
  const r = await probe.run(SYSTEM_PROFILER, SYSTEM_PROFILER_ARGS, { timeoutMs: 20_000, signal });
  const interfaces = r.failure || r.code !== 0 ? null : parseAirportJson(r.stdout);
  if (!interfaces) return wiredOrNone(probe, facts, commandReason(SYSTEM_PROFILER, r, r.failure || r.code !== 0 ? undefined : 'no SPAirPortDataType'), signal);
  facts.methods.push('system_profiler');
  const connected = interfaces.filter((i) => i.state === 'connected');
  if (connected.length > 0) {
    setWifi(
      facts,
      connected.map((i) => ({
        security: i.security,
        authentication: i.securityMode && /^s?pairport_security_mode_[a-z0-9_]+$/.test(i.securityMode) ? i.securityMode : null,
        cipher: null,
      })),
    );
    if (facts.security === 'unknown') facts.reason = reason('unreadable', 'system_profiler', 'no known security mode');
    return facts;
  }
  const states = [...new Set(interfaces.map((i) => i.status ?? 'none'))].join(', ');
  return wiredOrNone(
    probe,
    facts,
    interfaces.length === 0 ? reason('no-device', 'system_profiler') : reason('not-connected', 'system_profiler', states),
    signal,
  );
}

export interface NodeWifiRow {
  security: string;
  wpaFlags: string;
  rsnFlags: string;
}

/**
 * node-wifi's current connections (NetworkManager), kept to the security fields: `rows`, or null
 * when it could not answer (no nmcli, not in the bundle). `fault` is set when node-wifi itself
 * failed inside (a LibraryFault); it is recorded as the call's result, so a replay tells it too.
 */
export async function nodeWifiConnections(probe: Probe): Promise<{ rows: NodeWifiRow[] | null; fault: string | null }> {
  try {
    const answer = await probe.call<NodeWifiRow[] | { fault: string }>('node-wifi.getCurrentConnections', [], async () => {
      try {
        return (await wifiConnections()).map((c) => {
          const x = (c ?? {}) as { security?: unknown; security_flags?: { wpa?: unknown; rsn?: unknown } };
          return { security: String(x.security ?? ''), wpaFlags: String(x.security_flags?.wpa ?? ''), rsnFlags: String(x.security_flags?.rsn ?? '') };
        });
      } catch (error) {
        if (error instanceof LibraryFault) return { fault: error.message };
        throw error;
      }
    });
    if (Array.isArray(answer)) return { rows: answer, fault: null };
    const fault = (answer as { fault?: unknown } | null)?.fault;
    return { rows: null, fault: typeof fault === 'string' ? fault : 'node-wifi gave an answer of another shape' };
  } catch {
    return { rows: null, fault: null };
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
    if (!facts.wiredUp) facts.reason = wireless.length === 0 ? reason('no-device', 'sysfs') : reason('not-connected', 'sysfs');
    if (!facts.wiredUp && ifaces.some((i) => i.virtual && i.type !== 772 && i.operstate === 'up')) {
      // a virtual machine or container: its own links are virtual, the real connection is not visible
      facts.connection = 'unknown';
      facts.virtualOnly = true;
      facts.reason = reason('no-device', 'sysfs', 'only virtual interfaces are up');
    }
    return facts;
  }

  // 1. NetworkManager through node-wifi; its rows are trusted only when the security word is sane
  const { rows: viaNodeWifi, fault } = await nodeWifiConnections(probe);
  // a fault inside node-wifi is this check's alone: the other sources are read; it is the reason
  // only when none of them tells
  const libraryFault = fault ? reason('internal', 'node-wifi', fault) : null;
  if (viaNodeWifi && viaNodeWifi.length > 0 && viaNodeWifi.every((c) => isNmcliSecurity(c.security))) {
    setWifi(
      facts,
      viaNodeWifi.map((c) => ({
        security: classifyNmcli(c.security, c.wpaFlags, c.rsnFlags),
        authentication: c.security || null,
        cipher: nmcliFlagsText(c.wpaFlags, c.rsnFlags),
      })),
    );
    facts.methods.push('nmcli');
    return finishLinux(facts);
  }
  // 2. nmcli ourselves (escapes in SSIDs handled)
  const nm = await probe.run('nmcli', NMCLI_ARGS, { timeoutMs: 10_000, signal });
  if (!nm.failure && nm.code === 0) {
    const active = parseNmcliWifiList(nm.stdout).filter((ap) => ap.active);
    if (active.length > 0) {
      facts.methods.push('nmcli');
      setWifi(
        facts,
        active.map((ap) => ({
          security: classifyNmcli(ap.security, ap.wpaFlags, ap.rsnFlags),
          authentication: ap.security || null,
          cipher: nmcliFlagsText(ap.wpaFlags, ap.rsnFlags),
        })),
      );
      return finishLinux(facts);
    }
  }
  // 3. wpa_supplicant, then iw, per Wi-Fi interface that is up (without /sys/class/net: the usual
  //    first name, wlan0, is tried; other names stay unknown)
  const names = wirelessUp.length > 0 ? wirelessUp.map((i) => i.name) : ['wlan0'];
  const found: Connected[] = [];
  let iwSaidConnected = false;
  for (const name of names) {
    const w = await probe.run('wpa_cli', ['-i', name, 'status'], { timeoutMs: 5_000, signal });
    const status = !w.failure && w.code === 0 ? parseWpaCliStatus(w.stdout) : null;
    if (status?.state === 'COMPLETED') {
      if (!facts.methods.includes('wpa_cli')) facts.methods.push('wpa_cli');
      found.push({
        security: classifyWpaCli(status),
        authentication: wordOrNull(status.keyMgmt),
        cipher: wordOrNull([status.pairwise, status.group].filter(Boolean).join('/')),
      });
      continue;
    }
    const iw = await probe.run('iw', ['dev', name, 'link'], { timeoutMs: 5_000, signal });
    if (!iw.failure && parseIwLink(iw.stdout) === true) {
      if (!facts.methods.includes('iw')) facts.methods.push('iw');
      iwSaidConnected = true;
      found.push({ security: 'unknown', authentication: null, cipher: null });
    }
  }
  // neither NetworkManager nor wpa_supplicant told the encryption (iwd is not read)
  const noTool = reason('not-found', 'nmcli, wpa_cli', 'iwd is not read');
  if (found.length > 0) {
    setWifi(facts, found);
    if (facts.security === 'unknown')
      facts.reason = iwSaidConnected ? reason('not-found', 'nmcli, wpa_cli', 'iw shows the link but not its encryption') : reason('unreadable', 'wpa_cli');
    return finishLinux(facts);
  }
  if (!ifaces) {
    facts.reason = libraryFault ?? reason('not-found', 'sysfs, nmcli, wpa_cli, iw');
    return facts;
  }
  // a Wi-Fi link is up, but no tool would tell about it (iwd, or tools missing)
  facts.connection = 'wifi';
  facts.security = 'unknown';
  facts.wifiConnected = wirelessUp.length;
  facts.reason = libraryFault ?? noTool;
  return facts;
}

function finishLinux(facts: WifiFacts): WifiFacts {
  if (facts.security === 'unknown' && !facts.reason) facts.reason = reason('unreadable', 'nmcli', 'security not recognised');
  return facts;
}

export default defineCheck({
  id: 'wifi-security',
  category: 'network',
  weight: 5,
  sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'cisa-video', 'ncsc-home-working', 'apple-wifi-router-settings'],
  messages,
  facts: WifiFactsSchema,
  timeoutMs: 30_000,
  // the adapter list, asked when netsh tells no connection (Location off, a cable): in the run's one start
  windowsScripts: [NET_ADAPTERS_SCRIPT],
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({
    ...base(os),
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: (facts, { platform }) => evaluateWifi(facts, platform),
});
