/**
 * Tunnel interfaces that mean a VPN is up. Pure, never throwing.
 */
import { ifconfigUtuns, parseIfconfigBlocks, type LinuxNetInterface, type NetLink } from '../lib/netif.js';

/** Linux interface names of VPN tunnels (WireGuard, OpenVPN tun/tap, PPP, IPsec VTI, vendor clients). */
const LINUX_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^(wg|nordlynx|wgpia|mullvad)/i, 'wireguard'],
  [/^tailscale/i, 'tailscale'],
  [/^zt/i, 'zerotier'],
  [/^(cscotun|gpd|fortissl|tun|tap|utun)/i, 'tun'],
  [/^ppp/i, 'ppp'],
  [/^(ipsec|vti|xfrm)/i, 'ipsec'],
  [/^cloudflarewarp/i, 'warp'],
];

/** ARPHRD types of point-to-point tunnels: PPP, none (tun, WireGuard). */
const TUNNEL_TYPES = new Set([512, 65534]);

/** The kinds of VPN tunnels that are up, from /sys/class/net. */
export function linuxTunnels(list: readonly LinuxNetInterface[]): string[] {
  const kinds: string[] = [];
  for (const i of list) {
    const up = i.adminUp !== false && (i.operstate === 'up' || i.operstate === 'unknown');
    if (!up || i.type === 772) continue;
    const named = LINUX_NAMES.find(([re]) => re.test(i.name))?.[1];
    const kind = named ?? (i.tun ? 'tun' : i.type !== null && TUNNEL_TYPES.has(i.type) ? 'tunnel' : null);
    if (kind) kinds.push(kind);
  }
  return [...new Set(kinds)];
}

/**
 * Windows adapter descriptions and macOS interface names of VPN tunnels (netLinks). macOS `utun`
 * interfaces are left out here: macOS keeps several for its own services (see ifconfigUtuns).
 */
const LINK_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/wireguard|nordlynx/i, 'wireguard'],
  [/tailscale/i, 'tailscale'],
  [/zerotier/i, 'zerotier'],
  [/tap-windows|wintun|openvpn/i, 'tun'],
  [/anyconnect|cisco.*(vpn|secure client)/i, 'cisco'],
  [/pangp|globalprotect/i, 'globalprotect'],
  [/fortinet|fortissl|forticlient/i, 'fortinet'],
  [/^ppp\d+$/i, 'ppp'],
  [/^ipsec\d+$/i, 'ipsec'],
];

export function linkTunnels(list: readonly NetLink[]): string[] {
  const kinds: string[] = [];
  for (const i of list) {
    if (i.internal || i.operstate !== 'up') continue;
    const kind = LINK_NAMES.find(([re]) => re.test(i.ifaceName) || re.test(i.iface))?.[1];
    if (kind) kinds.push(kind);
  }
  return [...new Set(kinds)];
}

/** The count of connected Windows VPN profiles from VPN_SCRIPT's JSON, or null when unreadable. */
export function parseVpnConnectionJson(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const n = (json as Record<string, unknown>).connected;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * macOS `ifconfig` (-a or -v): which `utun` interfaces carry a VPN. macOS keeps several utun interfaces up
 * for its own services (iCloud Private Relay, Back to My Mac, Continuity), each with a link-local
 * IPv6 address only (a real dump shows eleven: utun0-utun10, `inet6 fe80::...%utunN`). A VPN client
 * that connects gives its utun an IPv4 address (`inet 10.14.25.50 --> 10.14.1.1`), through which its
 * routes go. Counted: utun interfaces that are UP and RUNNING with an IPv4 address. Null when the
 * text is not an ifconfig listing (no lo0 block): nothing can be said then.
 */
export function parseIfconfigVpnUtuns(text: string): number | null {
  const blocks = parseIfconfigBlocks(text);
  return blocks ? ifconfigUtuns(blocks) : null;
}
