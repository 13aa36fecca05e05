/**
 * Linux Wi-Fi security from NetworkManager (nmcli), wpa_supplicant (wpa_cli) or, last, iw.
 * Parsers are pure and never throw. An SSID is data: it is never put into a command, and the parsers
 * drop it.
 */
import type { WifiSecurity } from './facts.js';

/**
 * One line of nmcli's terse output (`-t`): fields separated by `:`, where a `:` inside a value is
 * written `\:` and a backslash `\\`.
 */
export function splitTerse(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      i += 1;
    } else if (ch === ':') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

/** The fields this check asks nmcli for (the same list node-wifi's scan uses). */
export const NMCLI_FIELDS = ['active', 'ssid', 'bssid', 'mode', 'chan', 'freq', 'signal', 'security', 'wpa-flags', 'rsn-flags'] as const;
export const NMCLI_ARGS = ['--terse', '--fields', NMCLI_FIELDS.join(','), 'device', 'wifi', 'list'];

export interface NmcliAp {
  active: boolean;
  security: string;
  wpaFlags: string;
  rsnFlags: string;
}

/** Rows of `nmcli --terse --fields <NMCLI_FIELDS> device wifi list`; lines of another shape are skipped. */
export function parseNmcliWifiList(text: string): NmcliAp[] {
  const out: NmcliAp[] = [];
  for (const raw of String(text).replace(/\r/g, '').split('\n')) {
    if (!raw.trim()) continue;
    const f = splitTerse(raw);
    if (f.length !== NMCLI_FIELDS.length) continue;
    const active = f[0]!.trim().toLowerCase();
    if (active !== 'yes' && active !== 'no') continue;
    out.push({ active: active === 'yes', security: f[7]!.trim(), wpaFlags: f[8]!.trim(), rsnFlags: f[9]!.trim() });
  }
  return out;
}

const NMCLI_SECURITY = /^((WEP|WPA1|WPA2|WPA3|OWE|OWE-TM|802\.1X)(\s+|$))*$/;

/** Is this a SECURITY value as nmcli prints it (empty for an open network)? */
export function isNmcliSecurity(value: string): boolean {
  return NMCLI_SECURITY.test(value.trim());
}

const noFlags = (f: string) => ['', '(none)', 'none', '--'].includes(f.trim().toLowerCase());

/**
 * Classify an access point from nmcli's SECURITY word list and its WPA/RSN flags
 * (pair_/group_ ciphers, psk, 802.1X, sae, owe, eap_suite_b_192).
 */
export function classifyNmcli(security: string, wpaFlags: string, rsnFlags: string): WifiSecurity {
  const sec = new Set(security.trim().toUpperCase().split(/\s+/).filter(Boolean));
  const wpa = wpaFlags.toLowerCase();
  const rsn = rsnFlags.toLowerCase();
  const flags = `${wpa} ${rsn}`;
  if (!isNmcliSecurity(security)) return 'unknown';
  if (sec.size === 0) return noFlags(wpa) && noFlags(rsn) ? 'open' : 'unknown';
  if (sec.has('WEP')) return 'wep';
  const tkip = /\b(pair|group)_tkip\b/.test(flags);
  if (sec.has('802.1X')) {
    if (/eap_suite_b/.test(rsn) || (sec.has('WPA3') && !sec.has('WPA2'))) return 'wpa3-enterprise';
    if (!sec.has('WPA2') && !sec.has('WPA3')) return 'wpa';
    return tkip ? 'wpa' : 'wpa2-enterprise';
  }
  if (sec.has('OWE') || sec.has('OWE-TM')) return 'owe';
  if (sec.has('WPA1') || tkip) return 'wpa';
  if (sec.has('WPA3') && sec.has('WPA2')) return 'wpa2-wpa3-transition';
  if (sec.has('WPA3')) return 'wpa3-personal';
  if (sec.has('WPA2')) return 'wpa2-personal';
  return 'unknown';
}

export interface WpaCliStatus {
  state: string | null;
  keyMgmt: string | null;
  pairwise: string | null;
  group: string | null;
}

/**
 * `wpa_cli -i <iface> status`: key=value lines. When several status blocks follow each other (a loop
 * of calls), the last COMPLETED one counts, else the last one.
 */
export function parseWpaCliStatus(text: string): WpaCliStatus | null {
  const blocks = String(text)
    .replace(/\r/g, '')
    .split(/\n\s*\n/);
  const parsed = blocks
    .map((b) => {
      const kv = new Map<string, string>();
      for (const line of b.split('\n')) {
        const at = line.indexOf('=');
        if (at > 0) kv.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      return kv;
    })
    .filter((kv) => kv.has('wpa_state'));
  if (parsed.length === 0) return null;
  const chosen = [...parsed].reverse().find((kv) => kv.get('wpa_state') === 'COMPLETED') ?? parsed[parsed.length - 1]!;
  return {
    state: chosen.get('wpa_state') ?? null,
    keyMgmt: chosen.get('key_mgmt') ?? null,
    pairwise: chosen.get('pairwise_cipher') ?? null,
    group: chosen.get('group_cipher') ?? null,
  };
}

/** wpa_supplicant's key_mgmt words (wpa_key_mgmt_txt) and ciphers. */
export function classifyWpaCli(s: WpaCliStatus): WifiSecurity {
  if (s.state !== 'COMPLETED' || !s.keyMgmt) return 'unknown';
  const km = s.keyMgmt.toUpperCase();
  const ciphers = `${s.pairwise ?? ''} ${s.group ?? ''}`.toUpperCase();
  const tkip = /TKIP/.test(ciphers);
  if (km === 'NONE') return /WEP/.test(ciphers) ? 'wep' : 'open';
  if (km === 'IEEE 802.1X (NO WPA)') return 'wep';
  if (km === 'OWE') return 'owe';
  if (/SUITE-B/.test(km)) return 'wpa3-enterprise';
  if (/SAE/.test(km)) return 'wpa3-personal';
  if (/^WPA\/|^WPA-(PSK|EAP)$/.test(km)) return 'wpa';
  if (/EAP|802\.1X/.test(km)) return tkip ? 'wpa' : 'wpa2-enterprise';
  if (/PSK/.test(km)) return tkip ? 'wpa' : 'wpa2-personal';
  return 'unknown';
}

/** `iw dev <iface> link`: connected or not. iw does not tell the cipher. */
export function parseIwLink(text: string): boolean | null {
  const t = String(text);
  if (/^Connected to /m.test(t)) return true;
  if (/^Not connected\.?/m.test(t)) return false;
  return null;
}

const NM_FLAG = /^(pair_[a-z0-9]+|group_[a-z0-9]+|psk|802\.1x|sae|owe|owe_tm|eap_suite_b_192|ft_psk|ft_sae|ft_802\.1x|\(none\)|none)$/i;

/** The RSN (else WPA) flags for the facts, only when every word is one of NetworkManager's flag words. */
export function nmcliFlagsText(wpaFlags: string, rsnFlags: string): string | null {
  for (const f of [rsnFlags, wpaFlags]) {
    const words = f.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || noFlags(f)) continue;
    return words.every((w) => NM_FLAG.test(w)) ? words.join(' ') : null;
  }
  return null;
}

/** A security word for the facts: key management and cipher names only (letters, digits, - / . and spaces). */
export function wordOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  return /^[A-Z0-9][A-Z0-9\-/. ()]{0,40}$/.test(value) ? value : null;
}
