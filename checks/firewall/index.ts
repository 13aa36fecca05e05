/**
 * firewall: is the computer's own firewall on? On Windows every profile (a home network is usually
 * Private, a café Public), the macOS application firewall, ufw or firewalld on Linux, and there,
 * when neither is on, the nftables/iptables rules themselves where readable (root).
 * nettvett "Jobb trygt på hjemmekontoret" (updates, antivirus and firewall); NSM Grunnprinsipper
 * (2.2: protect the network and the devices in it).
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Reason } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { pickFix, osVersionOf, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { runPowershellJson } from '../lib/powershell.js';
import { commandReason } from '../lib/reason.js';
import { messages, type FirewallMessage } from './messages.js';
import {
  netshProfiles,
  parseFirewallJson,
  parseIptablesS,
  parseNftRuleset,
  parseSocketfilterfw,
  parseUfwConf,
  parseUfwStatus,
  PROFILES,
  strongerFilter,
  type InputFilter,
} from './parse.js';

const ProfileState = (name: string) => z.boolean().nullable().describe(`the firewall is on for the ${name} profile; null when not readable`);

export const FirewallFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z
    .enum(['powershell', 'netsh', 'socketfilterfw', 'ufw', 'ufw-conf', 'firewalld', 'nftables', 'iptables'])
    .nullable()
    .describe(
      'where the state was read (powershell: Get-NetFirewallProfile of the active policy store; nftables/iptables: the packet filter rules, readable by root); null when nothing could be read',
    ),
  on: z.boolean().nullable().describe('Linux/macOS: the firewall is on; Windows: see profiles; null when unread'),
  profiles: z
    .object({ domain: ProfileState('Domain'), private: ProfileState('Private'), public: ProfileState('Public') })
    .optional()
    .describe('Windows: whether the firewall is on for each network profile (null: not readable)'),
  blockAll: z.boolean().optional().describe('macOS: the firewall blocks all incoming connections'),
  inputFilter: z
    .enum(['all', 'some', 'none'])
    .optional()
    .describe(
      'Linux, from nftables/iptables rules: all (incoming traffic is dropped unless allowed, for IPv4 and IPv6), some (some rules drop, the rest is let in, or one address family is open), none',
    ),
  products: z
    .array(z.string().max(200).describe('the product name Security Center lists'))
    .optional()
    .describe('Windows: firewall products other than Windows Defender Firewall registered with Security Center (root/SecurityCenter2 FirewallProduct)'),
  reason: ReasonSchema.nullable().describe('why nothing could be read'),
});
export type FirewallFacts = z.infer<typeof FirewallFactsSchema>;

export const NETSH_ARGS = ['advfirewall', 'show', 'allprofiles'];

/**
 * Windows: each profile's Enabled in the active policy store (what is in force, Group Policy and
 * Intune included) as the enum's name (True/False/NotConfigured, never translated), and the
 * firewall products registered with Security Center (third-party ones; Security Center exists on
 * workstations only, so its absence is no error).
 */
export const FIREWALL_SCRIPT =
  '$p=@(Get-NetFirewallProfile -PolicyStore ActiveStore|ForEach-Object{[pscustomobject]@{name=[string]$_.Name;enabled=[string]$_.Enabled}});' +
  '$f=@();try{$f=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct -ErrorAction Stop|ForEach-Object{[string]$_.displayName})}catch{};' +
  '[pscustomobject]@{profiles=$p;products=$f}|ConvertTo-Json -Compress -Depth 3';
export const SOCKETFILTERFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';
/** firewall-cmd(1): --state prints `running` and exits 0 when firewalld runs, says `not running` and exits NOT_RUNNING (252) when not */
const FIREWALLD_NOT_RUNNING = 252;

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<FirewallFacts> {
  // booleans first: netsh translates the values (EIN/AUS, Actif) and writes in the OEM code page
  const ps = await runPowershellJson(probe, FIREWALL_SCRIPT, signal);
  const read = parseFirewallJson(ps.json);
  if (read) {
    const values = PROFILES.map((p) => read.profiles[p]);
    const on = values.every((v) => v === true) ? true : values.some((v) => v === false) ? false : null;
    return { os: 'windows', method: 'powershell', on, profiles: read.profiles, products: read.products, reason: null };
  }
  const r = await probe.run('netsh', NETSH_ARGS, { timeoutMs: 10_000, signal });
  const profiles = r.failure || r.code !== 0 ? null : netshProfiles(r.stdout);
  if (!profiles) {
    // the PowerShell answer's reason says more than netsh's when PowerShell ran and was refused (CLM)
    const why = ps.why?.code === 'constrained-language' ? ps.why : commandReason('netsh', r, r.failure || r.code !== 0 ? undefined : 'no three profiles');
    return { os: 'windows', method: null, on: null, reason: why };
  }
  const values = PROFILES.map((p) => profiles[p]);
  const on = values.every((v) => v === true) ? true : values.some((v) => v === false) ? false : null;
  return { os: 'windows', method: 'netsh', on, profiles, reason: null };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<FirewallFacts> {
  const r = await probe.run(SOCKETFILTERFW, ['--getglobalstate'], { timeoutMs: 10_000, signal });
  const parsed = r.failure ? null : parseSocketfilterfw(`${r.stdout}\n${r.stderr}`);
  if (!parsed) return { os: 'macos', method: null, on: null, reason: commandReason(SOCKETFILTERFW, r, r.failure ? undefined : 'no state') };
  return { os: 'macos', method: 'socketfilterfw', on: parsed.on, blockAll: parsed.blockAll, reason: null };
}

export const NFT_ARGS = ['-j', 'list', 'ruleset'];
export const IPTABLES_ARGS = ['-S'];

type Packets = { method: 'nftables' | 'iptables'; filter: InputFilter } | { method: null; filter: null; reason: Reason | null };

/**
 * The packet filter's own rules, where readable (as root, as MDM scripts run): nftables as JSON,
 * and iptables/ip6tables (the legacy backend's rules are not in nftables). Both address families
 * must be read; output that does not parse makes the answer unknown unless what did parse already
 * shows everything filtered, so an unreadable listing never passes for "no filtering".
 */
async function readPacketFilter(probe: Probe, signal: AbortSignal): Promise<Packets> {
  const [nft, ip4, ip6] = await Promise.all([
    probe.run('nft', NFT_ARGS, { timeoutMs: 10_000, signal }),
    probe.run('iptables', IPTABLES_ARGS, { timeoutMs: 10_000, signal }),
    probe.run('ip6tables', IPTABLES_ARGS, { timeoutMs: 10_000, signal }),
  ]);
  const ran = (r: CommandResult) => !r.failure && r.code === 0;
  const nftRead = ran(nft) ? parseNftRuleset(nft.stdout) : null;
  const ip4Read = ran(ip4) ? parseIptablesS(ip4.stdout) : null;
  const ip6Read = ran(ip6) ? parseIptablesS(ip6.stdout) : null;
  const unreadable = [
    ran(nft) && !nftRead ? 'nft' : null,
    ran(ip4) && ip4Read === null ? 'iptables' : null,
    ran(ip6) && ip6Read === null ? 'ip6tables' : null,
  ].filter((t): t is string => t !== null);
  const v4 = strongerFilter(nftRead?.ipv4 ?? null, ip4Read);
  const v6 = strongerFilter(nftRead?.ipv6 ?? null, ip6Read);
  const method = nftRead ? 'nftables' : 'iptables';
  if (v4 === 'all' && v6 === 'all') return { method, filter: 'all' };
  if (unreadable.length > 0) return { method: null, filter: null, reason: reason('unreadable', unreadable.join(', ')) };
  if (v4 === null || v6 === null) return { method: null, filter: null, reason: null };
  return { method, filter: v4 === 'none' && v6 === 'none' ? 'none' : 'some' };
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
  // the exit code alone is not believed: a program that prints something else and exits 0 is not firewalld saying it runs
  if (!fwd.failure && fwd.code === 0 && fwd.stdout.trim() === 'running') found.push({ method: 'firewalld', on: true });
  else if (!fwd.failure && fwd.code === FIREWALLD_NOT_RUNNING && /^not running$/m.test(`${fwd.stdout}\n${fwd.stderr}`))
    found.push({ method: 'firewalld', on: false });
  const chosen = found.find((f) => f.on) ?? found[0];
  if (chosen?.on) return { os: 'linux', method: chosen.method, on: true, reason: null };
  // neither ufw nor firewalld is on: the rules themselves, where readable (root)
  const packets = await readPacketFilter(probe, signal);
  if (packets.method && (packets.filter !== 'none' || !chosen))
    return { os: 'linux', method: packets.method, on: packets.filter === 'all', inputFilter: packets.filter, reason: null };
  // rules that could not be read may filter what ufw or firewalld leave open: not known
  if (!packets.method && packets.reason) return { os: 'linux', method: null, on: null, reason: packets.reason };
  if (chosen) return { os: 'linux', method: chosen.method, on: chosen.on, reason: null };
  // nothing readable: nftables and iptables rules can only be read by root
  return {
    os: 'linux',
    method: null,
    on: null,
    reason: reason(ufw.failure === 'not-found' && fwd.failure === 'not-found' ? 'not-installed' : 'needs-admin', 'ufw, firewalld'),
  };
}

/** How to turn the firewall on, per OS; macOS 12 and older call it System Preferences. */
const FIX: FixTable<FirewallMessage> = {
  windows: [{ id: 'fix.windows', link: 'windowsdefender://network' }],
  macos: [
    { id: 'fix.macos.12', link: 'x-apple.systempreferences:com.apple.preference.security?Firewall', when: { macosMajor: { below: 13 } } },
    { id: 'fix.macos', link: 'x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall' },
  ],
  linux: 'fix.linux',
  other: 'fix.unknown',
};

export function evaluateFirewall(facts: FirewallFacts, platform = { os: facts.os, release: '' }): Finding<FirewallMessage> {
  const fix = pickFix(FIX, osVersionOf(platform));
  const fixing = fix ? { remediation: [{ id: fix.id }], ...(fix.link ? { link: fix.link } : {}) } : {};
  if (facts.profiles) {
    const off = PROFILES.filter((p) => facts.profiles![p] === false);
    const unread = PROFILES.filter((p) => facts.profiles![p] === null);
    if (off.length === 0 && unread.length === 0) return { status: 'pass', summary: [{ id: 'on.windows' }] };
    const summary: Finding<FirewallMessage>['summary'] = off.map((p) => ({ id: `off.windows.${p}` as const }));
    if (unread.length > 0) summary.push({ id: 'unread.windows' });
    // Domain applies only on the employer's network; at home Private or Public is in force
    const status: Finding['status'] = off.some((p) => p !== 'domain') ? 'fail' : off.length > 0 ? 'warn' : 'unknown';
    // another firewall product registered with Security Center usually turns Windows' own off
    if (status === 'fail' && facts.products && facts.products.length > 0) {
      summary.push({ id: 'third-party', params: { product: facts.products } });
      return { status: 'warn', summary, remediation: [{ id: 'fix.third-party', params: { product: facts.products } }] };
    }
    return { status, summary, ...fixing, ...(status === 'unknown' ? { reason: reason('unreadable', facts.method ?? 'netsh') } : {}) };
  }
  if (facts.on === null)
    return { status: 'unknown', summary: [{ id: 'unknown' }], remediation: [{ id: 'fix.unknown' }], reason: facts.reason ?? reason('internal') };
  if (facts.on) return { status: 'pass', summary: [{ id: facts.blockAll ? 'on.block-all' : 'on' }] };
  if (facts.inputFilter === 'some') return { status: 'warn', summary: [{ id: 'partial.linux' }], ...fixing };
  return { status: 'fail', summary: [{ id: 'off' }], ...fixing };
}

export default defineCheck({
  id: 'firewall',
  category: 'device',
  weight: 3,
  sources: ['nettvett-hjemmekontor', 'nsm-grunnprinsipper', 'cisa-video'],
  messages,
  facts: FirewallFactsSchema,
  windowsScripts: [FIREWALL_SCRIPT],
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({
    os,
    method: null,
    on: null,
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: (facts, { platform }) => evaluateFirewall(facts, platform),
});
