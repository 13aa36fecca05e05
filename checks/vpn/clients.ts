/**
 * VPN clients by their process names. A data table, compiled by hand on the date below from the
 * vendors' documentation of their services and executables. A running client is a hint, not proof
 * of a connection: many clients run as a service all the time.
 */
export const VPN_TABLE_COMPILED = '2026-11-23';

export interface VpnClient {
  id: string;
  name: string;
  /** process names, compared without case and without `.exe` (Linux: first 15 characters) */
  processes: { windows?: readonly string[]; macos?: readonly string[]; linux?: readonly string[] };
  source: string;
}

export const vpnClients: readonly VpnClient[] = [
  {
    id: 'cisco-secure-client',
    name: 'Cisco Secure Client / AnyConnect',
    processes: { windows: ['vpnagent.exe', 'vpnui.exe', 'csc_ui.exe'], macos: ['vpnagentd', 'Cisco Secure Client'], linux: ['vpnagentd'] },
    source: 'Cisco Secure Client administrator guide (VPN agent service vpnagent / vpnagentd)',
  },
  {
    id: 'globalprotect',
    name: 'Palo Alto GlobalProtect',
    processes: { windows: ['PanGPS.exe', 'PanGPA.exe'], macos: ['PanGPS', 'GlobalProtect'], linux: ['PanGPS', 'PanGPA'] },
    source: 'Palo Alto Networks GlobalProtect app documentation (PanGPS service, PanGPA agent)',
  },
  {
    id: 'forticlient',
    name: 'FortiClient VPN',
    processes: { windows: ['FortiClient.exe', 'FortiSSLVPNdaemon.exe'], macos: ['FortiClient'], linux: ['forticlient'] },
    source: 'Fortinet FortiClient administration guide',
  },
  {
    id: 'openvpn',
    name: 'OpenVPN',
    processes: { windows: ['openvpn.exe', 'openvpn-gui.exe', 'OpenVPNConnect.exe'], macos: ['openvpn', 'OpenVPN Connect'], linux: ['openvpn'] },
    source: 'OpenVPN community and OpenVPN Connect documentation',
  },
  {
    id: 'wireguard',
    name: 'WireGuard',
    processes: { windows: ['wireguard.exe'], macos: ['WireGuard'] },
    source: 'wireguard.com (Windows client, macOS app); on Linux WireGuard is in the kernel: see the wg interfaces',
  },
  {
    id: 'tailscale',
    name: 'Tailscale',
    processes: { windows: ['tailscaled.exe', 'tailscale-ipn.exe'], macos: ['Tailscale', 'tailscaled'], linux: ['tailscaled'] },
    source: 'tailscale.com/kb (tailscaled daemon)',
  },
  {
    id: 'openconnect',
    name: 'OpenConnect',
    processes: { linux: ['openconnect'], macos: ['openconnect'], windows: ['openconnect.exe', 'openconnect-gui.exe'] },
    source: 'infradead.org/openconnect',
  },
  {
    id: 'strongswan',
    name: 'strongSwan (IPsec)',
    processes: { linux: ['charon', 'charon-systemd'] },
    source: 'docs.strongswan.org (charon IKE daemon)',
  },
];
