/**
 * The facts of the wifi-security check. They never carry an SSID, BSSID, MAC or IP address: only
 * the kind of connection, the security class and the raw security words the OS used (such as
 * `WPA2-Personal` or `spairport_security_mode_none`), which name a method, not a network.
 */

/** How a Wi-Fi connection is protected, from worst to best-known. */
export type WifiSecurity =
  | 'open'
  | 'owe'
  | 'wep'
  | 'wpa'
  | 'wpa2-personal'
  | 'wpa2-wpa3-transition'
  | 'wpa3-personal'
  | 'wpa2-enterprise'
  | 'wpa3-enterprise'
  | 'unknown';

export const WIFI_SECURITIES: readonly WifiSecurity[] = [
  'open', 'owe', 'wep', 'wpa', 'wpa2-personal', 'wpa2-wpa3-transition', 'wpa3-personal', 'wpa2-enterprise', 'wpa3-enterprise', 'unknown',
];

/** `wifi`: on a Wi-Fi network; `wired`: a cable is up and no Wi-Fi is connected; `none`: neither. */
export type ConnectionKind = 'wifi' | 'wired' | 'none' | 'unknown';

export type WifiMethod = 'netsh' | 'system_profiler' | 'nmcli' | 'wpa_cli' | 'iw' | 'sysfs' | 'systeminformation';

export interface WifiFacts {
  [key: string]: unknown;
  os: string;
  connection: ConnectionKind;
  /** null unless connection is wifi */
  security: WifiSecurity | null;
  /** the OS's own word for the authentication or key management (never a network name) */
  authentication: string | null;
  cipher: string | null;
  /** how many Wi-Fi interfaces are connected (the worst one is judged) */
  wifiConnected: number;
  /** a physical cable interface is up; null when that could not be read */
  wiredUp: boolean | null;
  /** a phone hotspot, where the OS says so; null when it does not tell */
  hotspot: boolean | null;
  /** the sources that answered, in order */
  methods: WifiMethod[];
  /** why the connection or its security could not be told */
  reason: string | null;
}

/** Order of risk: the lower the index, the worse. Used to judge the worst of several interfaces. */
const RISK: readonly WifiSecurity[] = ['open', 'wep', 'unknown', 'wpa', 'owe', 'wpa2-personal', 'wpa2-wpa3-transition', 'wpa2-enterprise', 'wpa3-personal', 'wpa3-enterprise'];

export function worstSecurity(list: readonly WifiSecurity[]): WifiSecurity | null {
  if (list.length === 0) return null;
  return [...list].sort((a, b) => RISK.indexOf(a) - RISK.indexOf(b))[0]!;
}
