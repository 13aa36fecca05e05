/**
 * The facts of the wifi-security check. They never carry an SSID, BSSID, MAC or IP address: only
 * the kind of connection, the security class and the raw security words the OS used (such as
 * `WPA2-Personal` or `spairport_security_mode_none`), which name a method, not a network.
 */
import { z } from 'zod';
import { ReasonSchema } from '../../src/check.js';

/** How a Wi-Fi connection is protected, from worst to best-known. */
export const WIFI_SECURITIES = [
  'open',
  'owe',
  'wep',
  'wpa',
  'wpa2-personal',
  'wpa2-wpa3-transition',
  'wpa3-personal',
  'wpa2-enterprise',
  'wpa3-enterprise',
  'unknown',
] as const;
export type WifiSecurity = (typeof WIFI_SECURITIES)[number];

/** `systeminformation` stays for reports written before Get-NetAdapter and ifconfig took its place. */
export const WIFI_METHODS = ['netsh', 'system_profiler', 'nmcli', 'wpa_cli', 'iw', 'sysfs', 'Get-NetAdapter', 'ifconfig', 'systeminformation'] as const;
export type WifiMethod = (typeof WIFI_METHODS)[number];

export const WifiFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  connection: z
    .enum(['wifi', 'wired', 'none', 'unknown'])
    .describe('wifi: on a Wi-Fi network; wired: a cable is up and no Wi-Fi is connected; none: neither; unknown: could not be told'),
  security: z.enum(WIFI_SECURITIES).nullable().describe('how the Wi-Fi connection is protected (the worst of several); null unless connection is wifi'),
  authentication: z
    .string()
    .max(80)
    .nullable()
    .describe("the operating system's own word for the authentication or key management, e.g. WPA2-Personal (never a network name); null when not read"),
  cipher: z.string().max(80).nullable().describe('the cipher word, e.g. CCMP, CCMP/TKIP; null when not read'),
  wifiConnected: z.number().int().min(0).describe('how many Wi-Fi interfaces are connected (the worst one is judged)'),
  wiredUp: z.boolean().nullable().describe('a physical cable interface is up; null when that could not be read'),
  hotspot: z.boolean().nullable().describe('a phone hotspot, where the operating system says so; null when it does not tell'),
  virtualOnly: z
    .boolean()
    .optional()
    .describe('Linux: only virtual interfaces (veth, bridges, tunnels) are up, as in a virtual machine or container whose real link is not visible'),
  methods: z.array(z.enum(WIFI_METHODS)).describe('the sources that answered, in order'),
  reason: ReasonSchema.nullable().describe('why the connection or its security could not be told; null when it was'),
});
export type WifiFacts = z.infer<typeof WifiFactsSchema>;

/** Order of risk: the lower the index, the worse. Used to judge the worst of several interfaces. */
const RISK: readonly WifiSecurity[] = [
  'open',
  'wep',
  'unknown',
  'wpa',
  'owe',
  'wpa2-personal',
  'wpa2-wpa3-transition',
  'wpa2-enterprise',
  'wpa3-personal',
  'wpa3-enterprise',
];

export function worstSecurity(list: readonly WifiSecurity[]): WifiSecurity | null {
  if (list.length === 0) return null;
  return [...list].sort((a, b) => RISK.indexOf(a) - RISK.indexOf(b))[0]!;
}
