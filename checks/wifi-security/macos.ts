/**
 * `system_profiler SPAirPortDataType -json` (macOS 10.15 to 15 in the captures). Pure, never throwing.
 * The `airport` tool is gone since macOS 14.4, so this is the one source. The security mode stays
 * readable when macOS hides the network name (no Location Services).
 */
import { isJsonObject } from '../lib/json.js';
import type { WifiSecurity } from './facts.js';

export type AirportState = 'connected' | 'disassociated' | 'off' | 'other';

export interface AirportInterface {
  state: AirportState;
  /** the raw status word, e.g. `spairport_status_connected` */
  status: string | null;
  /** the raw security mode of the current network, e.g. `spairport_security_mode_wpa2_personal` */
  securityMode: string | null;
  security: WifiSecurity;
}

/**
 * Security modes. Seen in the captures: `spairport_security_mode_none`, `..._wpa2_personal`.
 * Apple also prints some modes with a missing leading `s` (`pairport_security_mode_wpa3_transition`).
 * The rest follow Apple's CoreWLAN CWSecurity names (none, WEP, WPA/WPA2/WPA3 Personal and Enterprise,
 * the mixed and transition modes, dynamic WEP, OWE and OWE transition) in the same snake case: mapped
 * by pattern; anything else stays `unknown`.
 */
export function classifyAirportMode(mode: string | null | undefined): WifiSecurity {
  if (typeof mode !== 'string') return 'unknown';
  const m = /^s?pairport_security_mode_(.+)$/.exec(mode.trim().toLowerCase());
  if (!m) return 'unknown';
  const rest = m[1]!;
  if (rest === 'none' || rest === 'open') return 'open';
  if (/wep/.test(rest)) return 'wep';
  if (/^owe/.test(rest)) return 'owe';
  if (/^wpa3_transition$/.test(rest)) return 'wpa2-wpa3-transition';
  if (/^wpa3_(personal|sae)/.test(rest)) return 'wpa3-personal';
  if (/^wpa3_enterprise/.test(rest)) return 'wpa3-enterprise';
  // WPA/WPA2 mixed modes let TKIP clients in: the weaker WPA rules the network
  if (/mixed/.test(rest) && /personal|enterprise/.test(rest)) return 'wpa';
  if (/^wpa2_personal$/.test(rest)) return 'wpa2-personal';
  if (/^wpa2_enterprise$/.test(rest)) return 'wpa2-enterprise';
  if (/^wpa_(personal|enterprise)$/.test(rest)) return 'wpa';
  return 'unknown';
}

const STATES: Record<string, AirportState> = {
  spairport_status_connected: 'connected',
  spairport_status_disassociated: 'disassociated',
  spairport_status_off: 'off',
};

/**
 * The Wi-Fi interfaces that report a status. An interface without `spairport_status_information`
 * that still names its current network's security mode is connected to that network (captures show
 * en0 so); awdl0 and the like have no status and at most a network type, and are left out.
 */
export function parseAirportJson(text: string): AirportInterface[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(String(text));
  } catch {
    return null;
  }
  if (!isJsonObject(doc) || !Array.isArray(doc.SPAirPortDataType)) return null;
  const out: AirportInterface[] = [];
  for (const top of doc.SPAirPortDataType) {
    if (!isJsonObject(top) || !Array.isArray(top.spairport_airport_interfaces)) continue;
    for (const itf of top.spairport_airport_interfaces) {
      if (!isJsonObject(itf)) continue;
      const current = isJsonObject(itf.spairport_current_network_information) ? itf.spairport_current_network_information : null;
      const securityMode = typeof current?.spairport_security_mode === 'string' ? current.spairport_security_mode : null;
      const status = typeof itf.spairport_status_information === 'string' ? itf.spairport_status_information : null;
      if (status === null && securityMode === null) continue;
      const state = status === null ? 'connected' : (STATES[status] ?? 'other');
      out.push({ state, status, securityMode, security: state === 'connected' ? classifyAirportMode(securityMode) : 'unknown' });
    }
  }
  return out;
}
