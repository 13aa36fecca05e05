/**
 * firewall: is the computer's own firewall on? On Windows every profile (a home network is usually
 * Private, a café Public), the macOS application firewall, ufw or firewalld on Linux.
 * nettvett "Jobb trygt på hjemmekontoret" (updates, antivirus and firewall); NSM Grunnprinsipper
 * (2.2: protect the network and the devices in it).
 */
import { defineCheck, type Finding } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { netshProfiles, parseSocketfilterfw, parseUfwConf, parseUfwStatus, PROFILES, type Profile } from './parse.js';
import { perPlatform } from '../lib/platform.js';

export interface FirewallFacts {
  [key: string]: unknown;
  os: string;
  method: 'netsh' | 'socketfilterfw' | 'ufw' | 'ufw-conf' | 'firewalld' | null;
  /** Linux/macOS: the firewall is on; Windows: see profiles */
  on: boolean | null;
  profiles?: Record<Profile, boolean | null>;
  /** macOS: block all incoming connections */
  blockAll?: boolean;
  reason: string | null;
}

export const NETSH_ARGS = ['advfirewall', 'show', 'allprofiles'];
export const SOCKETFILTERFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';
/** firewall-cmd(1): --state exits 0 when firewalld runs, NOT_RUNNING (252) when not */
const FIREWALLD_NOT_RUNNING = 252;

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<FirewallFacts> {
  const r = await probe.run('netsh', NETSH_ARGS, { timeoutMs: 10_000, signal });
  const profiles = r.failure || r.code !== 0 ? null : netshProfiles(r.stdout);
  if (!profiles) return { os: 'windows', method: null, on: null, reason: r.failure ? `netsh ${r.failure}` : r.code !== 0 ? `netsh exit code ${r.code}` : 'netsh gave no three profiles' };
  const values = PROFILES.map((p) => profiles[p]);
  const on = values.every((v) => v === true) ? true : values.some((v) => v === false) ? false : null;
  return { os: 'windows', method: 'netsh', on, profiles, reason: null };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<FirewallFacts> {
  const r = await probe.run(SOCKETFILTERFW, ['--getglobalstate'], { timeoutMs: 10_000, signal });
  const parsed = r.failure ? null : parseSocketfilterfw(`${r.stdout}\n${r.stderr}`);
  if (!parsed) return { os: 'macos', method: null, on: null, reason: r.failure ? `socketfilterfw ${r.failure}` : 'socketfilterfw gave no state' };
  return { os: 'macos', method: 'socketfilterfw', on: parsed.on, blockAll: parsed.blockAll, reason: null };
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<FirewallFacts> {
  const found: { method: FirewallFacts['method']; on: boolean }[] = [];
  const ufw = await probe.run('ufw', ['status'], { timeoutMs: 10_000, signal });
  const ufwOn = ufw.failure ? null : parseUfwStatus(ufw.stdout);
  if (ufwOn !== null) found.push({ method: 'ufw', on: ufwOn });
  else {
    // `ufw status` needs root; the configuration file says whether ufw is enabled
    const conf = await probe.readFile('/etc/ufw/ufw.conf');
    const confOn = conf === null ? null : parseUfwConf(conf);
    if (confOn !== null) found.push({ method: 'ufw-conf', on: confOn });
  }
  const fwd = await probe.run('firewall-cmd', ['--state'], { timeoutMs: 10_000, signal });
  if (!fwd.failure && fwd.code === 0) found.push({ method: 'firewalld', on: true });
  else if (!fwd.failure && fwd.code === FIREWALLD_NOT_RUNNING) found.push({ method: 'firewalld', on: false });
  const chosen = found.find((f) => f.on) ?? found[0];
  if (!chosen) {
    return { os: 'linux', method: null, on: null, reason: 'no readable ufw or firewalld (nftables and iptables rules can only be read by root)' };
  }
  return { os: 'linux', method: chosen.method, on: chosen.on, reason: null };
}

export function evaluateFirewall(facts: FirewallFacts): Finding {
  const out = { ...facts };
  if (facts.profiles) {
    const off = PROFILES.filter((p) => facts.profiles![p] === false);
    const unread = PROFILES.filter((p) => facts.profiles![p] === null);
    const summary: Message[] = [];
    if (off.length === 0 && unread.length === 0) return { status: 'pass', summary: [msg('fw.on.windows')], remediation: [], facts: out };
    for (const p of off) summary.push(msg(`fw.off.windows.${p}`));
    if (unread.length > 0) summary.push(msg('fw.unread.windows', { count: unread.length }));
    // Domain applies only on the employer's network; at home Private or Public is in force
    const status = off.some((p) => p !== 'domain') ? 'fail' : off.length > 0 ? 'warn' : 'unknown';
    return { status, summary, remediation: [msg('fw.fix.windows')], facts: out };
  }
  if (facts.on === null) return { status: 'unknown', summary: [msg('fw.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('fw.fix.unknown')], facts: out };
  if (facts.on) return { status: 'pass', summary: [msg(facts.blockAll ? 'fw.on.block-all' : 'fw.on')], remediation: [], facts: out };
  return { status: 'fail', summary: [msg('fw.off')], remediation: [msg(facts.os === 'macos' ? 'fw.fix.macos' : 'fw.fix.linux')], facts: out };
}

export default defineCheck<FirewallFacts>({
  id: 'firewall',
  category: 'device',
  weight: 3,
  sources: ['nettvett-hjemmekontor', 'nsm-grunnprinsipper', 'cisa-video'],
  title: 'fw.title',
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os, reason) => ({ os, method: null, on: null, reason })),
  evaluate: (facts) => evaluateFirewall(facts),
});
