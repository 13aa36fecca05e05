/**
 * vpn: is a VPN tunnel up, or a known VPN client running? NSM's home-office advice: secure access
 * to work systems with VPN. Whether a VPN is required is the employer's call (option `required`,
 * the first policy format's `requireVpn`): when no rule requires one, having none is not held
 * against the employee (`skipped`, with a neutral sentence), because a pass would add credit for
 * nothing and a warning would punish a choice that is not theirs.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Msg, type Reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { osKey, osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { IFCONFIG, ifconfigUtuns, macInterfaces, NET_ADAPTERS_SCRIPT, netLinks, readLinuxInterfaces } from '../lib/netif.js';
import { runPowershellJson } from '../lib/powershell.js';
import { matchRunning, runningProcesses } from '../lib/processes.js';
import { VPN_TABLE_COMPILED, vpnClients } from './clients.js';
import { messages, type VpnMessage } from './messages.js';
import { linkTunnels, linuxTunnels, parseIfconfigVpnUtuns, parseVpnConnectionJson } from './parse.js';

export { NET_ADAPTERS_SCRIPT };

export const VpnFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  tunnels: z
    .object({
      kinds: z
        .array(z.string().max(40))
        .nullable()
        .describe(
          'kinds of VPN tunnels that are up (wireguard, tun, ppp, ipsec, globalprotect, windows-vpn, utun: a macOS utun with an IPv4 address ...); null when the interfaces could not be read',
        ),
      reason: ReasonSchema.nullable().describe('why the interfaces could not be read'),
    })
    .describe('VPN tunnels among the network interfaces (and, on Windows, connected VPN profiles)'),
  clients: z
    .object({
      ids: z.array(z.string().max(40)).nullable().describe('ids of VPN clients running (checks/vpn/clients.ts); null when the process list could not be read'),
      reason: ReasonSchema.nullable().describe('why the process list could not be read'),
    })
    .describe('known VPN client programs among the running processes'),
  tableDate: z.string().describe('the date the bundled VPN clients table was compiled (ISO)'),
});
export type VpnFacts = z.infer<typeof VpnFactsSchema>;

export const VpnOptionsSchema = z
  .object({
    required: z
      .boolean()
      .default(false)
      .describe('the employer requires a VPN connection during home-office work: without one the check fails (was requireVpn)'),
  })
  .describe('whether a VPN connection is required');
export type VpnOptions = z.infer<typeof VpnOptionsSchema>;

/**
 * Windows' own VPN profiles, the user's and the all-user phone book (learn.microsoft.com,
 * Get-VpnConnection: ConnectionStatus is Connected or Disconnected). Only counts leave PowerShell:
 * profile names and server addresses stay on the machine.
 */
export const VPN_SCRIPT =
  '$c=@(Get-VpnConnection -ErrorAction SilentlyContinue)+@(Get-VpnConnection -AllUserConnection -ErrorAction SilentlyContinue);' +
  "@{profiles=$c.Count;connected=@($c|Where-Object{[string]$_.ConnectionStatus -eq 'Connected'}).Count}|ConvertTo-Json -Compress";

/** macOS: the count of utun interfaces that carry a VPN (see ifconfigUtuns), or why it is not known. */
async function readVpnUtuns(probe: Probe, signal: AbortSignal): Promise<{ count: number | null; reason: Reason | null }> {
  const m = await macInterfaces(probe, signal);
  if (m.blocks) return { count: ifconfigUtuns(m.blocks), reason: null };
  if (probe.mode === 'replay' && m.reason.code === 'not-found') {
    // bundles recorded before `ifconfig -v` was shared hold the check's own `ifconfig -a`
    const old = await probe.run(IFCONFIG, ['-a'], { signal });
    const count = old.failure || old.code !== 0 ? null : parseIfconfigVpnUtuns(old.stdout);
    if (count !== null) return { count, reason: null };
  }
  return { count: null, reason: m.reason };
}

/**
 * The utun answer joined to the adapter list (in which a utun is not told from the ones macOS keeps
 * for itself): a VPN utun is a tunnel; when ifconfig cannot be read and nothing else was seen, whether
 * a utun VPN is up is not known.
 */
function withUtuns(tunnels: VpnFacts['tunnels'], utuns: { count: number | null; reason: Reason | null }): VpnFacts['tunnels'] {
  if (utuns.count !== null && utuns.count > 0) return { kinds: [...(tunnels.kinds ?? []), 'utun'], reason: null };
  if (utuns.count === null && (tunnels.kinds === null || tunnels.kinds.length === 0)) return { kinds: null, reason: tunnels.reason ?? utuns.reason };
  return tunnels;
}

async function collect(probe: Probe, signal: AbortSignal): Promise<VpnFacts> {
  const os = osKey(probe.platform.os);
  if (!os) {
    const why = reason('unsupported', undefined, probe.platform.os);
    return { os: probe.platform.os, tunnels: { kinds: null, reason: why }, clients: { ids: null, reason: why }, tableDate: VPN_TABLE_COMPILED };
  }
  let tunnels: VpnFacts['tunnels'];
  if (os === 'linux') {
    const list = await readLinuxInterfaces(probe);
    tunnels = list ? { kinds: linuxTunnels(list), reason: null } : { kinds: null, reason: reason('not-found', '/sys/class/net') };
  } else {
    const read = await netLinks(probe, signal);
    tunnels = read.links ? { kinds: linkTunnels(read.links), reason: null } : { kinds: null, reason: read.reason };
  }
  if (os === 'macos') tunnels = withUtuns(tunnels, await readVpnUtuns(probe, signal));
  if (os === 'windows') {
    // Windows' own VPN profiles (IKEv2, SSTP, L2TP, Always On VPN): Get-VpnConnection's ConnectionStatus
    const ps = await runPowershellJson(probe, VPN_SCRIPT, signal);
    const connected = parseVpnConnectionJson(ps.json);
    if (connected !== null && connected > 0) tunnels = { kinds: [...(tunnels.kinds ?? []), 'windows-vpn'], reason: null };
  }
  const list = await runningProcesses(probe, os, signal);
  const clients = list.names ? { ids: matchRunning(list.names, vpnClients, os), reason: null } : { ids: null, reason: list.reason };
  return { os, tunnels, clients, tableDate: VPN_TABLE_COMPILED };
}

/** the clients' names: joined when the sentence is put into words ("A, B og C") */
const clientNames = (ids: readonly string[]) => ids.map((id) => vpnClients.find((c) => c.id === id)?.name ?? id);

/** How a tunnel kind is named to the user: product names and technical terms, the same in every language. */
const KIND_NAMES: Record<string, string> = {
  wireguard: 'WireGuard',
  tailscale: 'Tailscale',
  zerotier: 'ZeroTier',
  tun: 'tun/tap',
  ppp: 'PPP',
  ipsec: 'IPsec',
  warp: 'Cloudflare WARP',
  globalprotect: 'GlobalProtect',
  cisco: 'Cisco',
  fortinet: 'Fortinet',
  tunnel: 'tun',
  utun: 'utun',
  'windows-vpn': 'Windows VPN',
};
const kindNames = (kinds: readonly string[]) => [...new Set(kinds.map((k) => KIND_NAMES[k] ?? k))];

/**
 * How to connect, per OS: Windows' VPN page opens with ms-settings:network-vpn (learn.microsoft.com,
 * "Launch the Windows Settings app"); macOS 13 and later list VPN in System Settings
 * (x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI.NESettingsUIExtension, as listed in
 * bvanpeski/SystemPreferences); macOS 12's Network pane has no URL that opens it.
 */
const CONNECT: FixTable<VpnMessage> = {
  windows: [{ id: 'fix.connect.windows', link: 'ms-settings:network-vpn' }],
  macos: [
    { id: 'fix.connect.macos.12', when: { macosMajor: { below: 13 } } },
    { id: 'fix.connect.macos', link: 'x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI.NESettingsUIExtension' },
  ],
  linux: 'fix.connect',
  other: 'fix.connect',
};

/** Not required: the finding is left out of the score; the reason says so for IT. */
const NOT_REQUIRED: Reason = reason('disabled', undefined, 'no rule requires a VPN (option required: false)');

export function evaluateVpn(facts: VpnFacts, options: VpnOptions, platform = { os: facts.os, release: '' }): Finding<VpnMessage> {
  const { required } = options;
  const fix = pickFix(CONNECT, osVersionOf(platform))!;
  const connect = { remediation: [{ id: fix.id }], ...(fix.link ? { link: fix.link } : {}) };
  const kinds = facts.tunnels.kinds;
  if (kinds && kinds.length > 0) return { status: 'pass', summary: [{ id: 'up', params: { kinds: kindNames(kinds) } }] };
  const clients = facts.clients.ids ?? [];
  if (clients.length > 0) {
    // a client runs, but no tunnel was seen (or interfaces could not be read): connected or not is not known
    const summary: Msg<VpnMessage>[] = [{ id: 'client-running', params: { clients: clientNames(clients) } }];
    if (!required) return { status: 'skipped', summary: [...summary, { id: 'no-rule' }], reason: NOT_REQUIRED };
    if (kinds === null) return { status: 'unknown', summary: [...summary, { id: 'required' }], ...connect, reason: facts.tunnels.reason ?? reason('internal') };
    return { status: 'warn', summary: [...summary, { id: 'required' }], ...connect };
  }
  if (kinds === null || facts.clients.ids === null) {
    const why = facts.tunnels.reason ?? facts.clients.reason ?? reason('internal');
    return { status: 'unknown', summary: [{ id: 'unknown' }], ...(required ? connect : {}), reason: why };
  }
  if (!required) return { status: 'skipped', summary: [{ id: 'none' }, { id: 'no-rule' }], reason: NOT_REQUIRED };
  return { status: 'fail', summary: [{ id: 'none' }, { id: 'required' }], ...connect };
}

export default defineCheck({
  id: 'vpn',
  category: 'network',
  weight: 4,
  sources: ['nsm-home-office', 'ncsc-home-working'],
  messages,
  facts: VpnFactsSchema,
  options: VpnOptionsSchema,
  // the adapter list, one PowerShell start and the process list, each bounded
  timeoutMs: 45_000,
  windowsScripts: [NET_ADAPTERS_SCRIPT, VPN_SCRIPT],
  collect: ({ probe, signal }) => collect(probe, signal),
  evaluate: (facts, { options, platform }) => evaluateVpn(facts, options, platform),
});
