/**
 * vpn: is a VPN tunnel up, or a known VPN client running? NSM's home-office advice: secure access
 * to work systems with VPN. Whether a VPN is required is the organisation's call (policy
 * `requireVpn`): when it is not required, having none is not held against the employee (`skipped`,
 * with a neutral sentence), because a pass would add credit for nothing and a warning would punish a
 * choice that is not theirs.
 */
import { defineLegacyCheck, type LegacyFinding as Finding } from '../../src/check.js';
import { msg } from '../../src/i18n/index.js';
import type { Policy } from '../../src/policy.js';
import type { Probe } from '../../src/probe/types.js';
import { readLinuxInterfaces, siInterfaces } from '../lib/netif.js';
import { runPowershellJson } from '../lib/powershell.js';
import { matchRunning, PS_ARGS, TASKLIST_ARGS, parsePsComm, parseTasklistCsv, type OsKey } from '../lib/processes.js';
import { VPN_TABLE_COMPILED, vpnClients } from './clients.js';
import { linuxTunnels, parseVpnConnectionJson, siTunnels } from './parse.js';

export interface VpnFacts {
  [key: string]: unknown;
  os: string;
  /** kinds of tunnels that are up (wireguard, tun, ppp, ipsec ...); null when interfaces could not be read */
  tunnels: string[] | null;
  /** ids of VPN clients running; null when the process list could not be read */
  clients: string[] | null;
  tableDate: string;
  reason: string | null;
}

const OS_KEY: Record<string, OsKey> = { win32: 'windows', darwin: 'macos', linux: 'linux' };

/**
 * Windows' own VPN profiles, the user's and the all-user phone book (learn.microsoft.com,
 * Get-VpnConnection: ConnectionStatus is Connected or Disconnected). Only counts leave PowerShell:
 * profile names and server addresses stay on the machine.
 */
export const VPN_SCRIPT =
  "$c=@(Get-VpnConnection -ErrorAction SilentlyContinue)+@(Get-VpnConnection -AllUserConnection -ErrorAction SilentlyContinue);" +
  "@{profiles=$c.Count;connected=@($c|Where-Object{[string]$_.ConnectionStatus -eq 'Connected'}).Count}|ConvertTo-Json -Compress";

async function collect(probe: Probe, signal: AbortSignal): Promise<VpnFacts> {
  const os = OS_KEY[probe.platform.os];
  const facts: VpnFacts = { os: os ?? probe.platform.os, tunnels: null, clients: null, tableDate: VPN_TABLE_COMPILED, reason: null };
  if (!os) return { ...facts, reason: `not supported on ${probe.platform.os}` };
  const reasons: string[] = [];
  if (os === 'linux') {
    const list = await readLinuxInterfaces(probe);
    if (list) facts.tunnels = linuxTunnels(list);
    else reasons.push('/sys/class/net unreadable');
  } else {
    const list = await siInterfaces(probe);
    if (list) facts.tunnels = siTunnels(list);
    else reasons.push('network interfaces unreadable');
  }
  if (os === 'windows') {
    // Windows' own VPN profiles (IKEv2, SSTP, L2TP, Always On VPN): Get-VpnConnection's ConnectionStatus
    const ps = await runPowershellJson(probe, VPN_SCRIPT, signal);
    const connected = parseVpnConnectionJson(ps.json);
    if (connected !== null && connected > 0) facts.tunnels = [...(facts.tunnels ?? []), 'windows-vpn'];
  }
  const windows = os === 'windows';
  const r = windows
    ? await probe.run('tasklist', TASKLIST_ARGS, { timeoutMs: 15_000, signal })
    : await probe.run('ps', PS_ARGS, { timeoutMs: 10_000, signal });
  const names = (r.failure || r.code !== 0 ? null : windows ? parseTasklistCsv(r.stdout) : parsePsComm(r.stdout, os as 'macos' | 'linux')) ?? [];
  if (names.length > 0) facts.clients = matchRunning(names, vpnClients, os);
  else reasons.push(`process list: ${r.failure ?? (r.code !== 0 ? `exit code ${r.code}` : 'empty')}`);
  facts.reason = reasons.length > 0 ? reasons.join('; ') : null;
  return facts;
}

const clientNames = (ids: readonly string[]) => ids.map((id) => vpnClients.find((c) => c.id === id)?.name ?? id).join(', ');

/** How a tunnel kind is named to the user: product names, the same in every language. */
const KIND_NAMES: Record<string, string> = {
  wireguard: 'WireGuard', tailscale: 'Tailscale', zerotier: 'ZeroTier', tun: 'tun/tap', ppp: 'PPP', ipsec: 'IPsec',
  warp: 'Cloudflare WARP', globalprotect: 'GlobalProtect', cisco: 'Cisco', fortinet: 'Fortinet', tunnel: 'tunnel',
  'windows-vpn': 'Windows VPN',
};
const kindNames = (kinds: readonly string[]) => kinds.map((k) => KIND_NAMES[k] ?? k).join(', ');

export function evaluateVpn(facts: VpnFacts, policy: Pick<Policy, 'requireVpn'>): Finding {
  const out = { ...facts };
  const required = policy.requireVpn;
  if (facts.tunnels && facts.tunnels.length > 0) {
    return { status: 'pass', summary: [msg('vpn.up', { kinds: kindNames(facts.tunnels) })], remediation: [], facts: out };
  }
  const clients = facts.clients ?? [];
  if (clients.length > 0) {
    // a client runs, but no tunnel was seen (or interfaces could not be read): connected or not is not known
    const summary = [msg('vpn.client-running', { clients: clientNames(clients) })];
    if (!required) return { status: 'skipped', summary: [...summary, msg('vpn.not-required')], remediation: [], facts: out };
    return { status: facts.tunnels === null ? 'unknown' : 'warn', summary: [...summary, msg('vpn.required')], remediation: [msg('vpn.fix.connect')], facts: out };
  }
  if (facts.tunnels === null || facts.clients === null) {
    return { status: 'unknown', summary: [msg('vpn.unknown', { reason: facts.reason ?? 'no data' })], remediation: required ? [msg('vpn.fix.connect')] : [], facts: out };
  }
  if (!required) return { status: 'skipped', summary: [msg('vpn.none'), msg('vpn.not-required')], remediation: [], facts: out };
  return { status: 'fail', summary: [msg('vpn.none'), msg('vpn.required')], remediation: [msg('vpn.fix.connect')], facts: out };
}

export default defineLegacyCheck<VpnFacts>({
  id: 'vpn',
  category: 'network',
  weight: 4,
  sources: ['nsm-home-office', 'ncsc-home-working'],
  title: 'vpn.title',
  // si's interface list, one PowerShell start and tasklist, each bounded
  timeoutMs: 45_000,
  collect: ({ probe, signal }) => collect(probe, signal),
  evaluate: evaluateVpn,
});
