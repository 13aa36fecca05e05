/**
 * wifi-security verdict: pure, facts in, finding out.
 * open and WEP fail and block (NSM: configure the home network with a password, avoid free/open
 * networks); WPA/TKIP and OWE (encrypted, but anyone may join) warn; WPA2-AES, WPA3 and enterprise
 * pass. A cable passes: it is not the open-Wi-Fi risk this check is about. Unknown stays unknown.
 */
import type { LegacyFinding as Finding } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { WifiFacts, WifiSecurity } from './facts.js';

/** Product names, the same in every language. */
const LABEL: Partial<Record<WifiSecurity, string>> = {
  'wpa2-personal': 'WPA2-Personal (AES)',
  'wpa2-wpa3-transition': 'WPA2/WPA3-Personal',
  'wpa3-personal': 'WPA3-Personal',
  'wpa2-enterprise': 'WPA2-Enterprise',
  'wpa3-enterprise': 'WPA3-Enterprise',
};

export function evaluateWifi(facts: WifiFacts): Finding {
  const out = { ...facts };
  const reason = facts.reason ?? 'no data';
  const summary: Message[] = [];
  if (facts.connection === 'unknown') {
    return { status: 'unknown', summary: [msg('wifi.unknown', { reason })], remediation: [msg('wifi.fix.unknown')], facts: out };
  }
  if (facts.connection === 'none') {
    return { status: 'unknown', summary: [msg('wifi.none')], remediation: [msg('wifi.fix.none')], facts: out };
  }
  if (facts.connection === 'wired') {
    return { status: 'pass', summary: [msg('wifi.wired')], remediation: [], facts: out };
  }
  if (facts.wifiConnected > 1) summary.push(msg('wifi.several', { count: facts.wifiConnected }));
  const security = facts.security ?? 'unknown';
  switch (security) {
    case 'open':
      return { status: 'fail', blocker: true, summary: [msg('wifi.open'), ...summary], remediation: [msg('wifi.fix.open')], facts: out };
    case 'wep':
      return { status: 'fail', blocker: true, summary: [msg('wifi.wep'), ...summary], remediation: [msg('wifi.fix.wep')], facts: out };
    case 'wpa':
      return { status: 'warn', summary: [msg('wifi.wpa'), ...summary], remediation: [msg('wifi.fix.wpa')], facts: out };
    case 'owe':
      return { status: 'warn', summary: [msg('wifi.owe'), ...summary], remediation: [msg('wifi.fix.owe')], facts: out };
    case 'unknown':
      return { status: 'unknown', summary: [msg('wifi.unknown-security', { reason }), ...summary], remediation: [msg('wifi.fix.unknown')], facts: out };
    default:
      return { status: 'pass', summary: [msg('wifi.protected', { method: LABEL[security] ?? security }), ...summary], remediation: [], facts: out };
  }
}
