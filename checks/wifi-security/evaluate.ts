/**
 * wifi-security verdict: pure, facts in, finding out.
 * open and WEP fail and block (NSM: configure the home network with a password, avoid free/open
 * networks); WPA/TKIP and OWE (encrypted, but anyone may join) warn; WPA2-AES, WPA3 and enterprise
 * pass. A cable passes: it is not the open-Wi-Fi risk this check is about. Unknown stays unknown.
 */
import { reason, type Finding, type Msg } from '../../src/check.js';
import type { PlatformInfo } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import type { WifiFacts, WifiSecurity } from './facts.js';
import type { WifiMessage } from './messages.js';

/** Product names, the same in every language. */
const LABEL: Partial<Record<WifiSecurity, string>> = {
  'wpa2-personal': 'WPA2-Personal (AES)',
  'wpa2-wpa3-transition': 'WPA2/WPA3-Personal',
  'wpa3-personal': 'WPA3-Personal',
  'wpa2-enterprise': 'WPA2-Enterprise',
  'wpa3-enterprise': 'WPA3-Enterprise',
};

/**
 * Where the machine's own settings choose a network and show its security. Windows 10 and 11 name
 * the page alike (Network & Internet → Wi-Fi) and open it with ms-settings:network-wifi; macOS 13
 * and later have a Wi-Fi pane in System Settings, macOS 12 and older the Network pane in System
 * Preferences.
 */
const SETTINGS: FixTable<WifiMessage> = {
  windows: [{ id: 'fix.settings.windows', link: 'ms-settings:network-wifi' }],
  macos: [
    { id: 'fix.settings.macos.12', link: 'x-apple.systempreferences:com.apple.preference.network', when: { macosMajor: { below: 13 } } },
    { id: 'fix.settings.macos', link: 'x-apple.systempreferences:com.apple.wifi-settings-extension' },
  ],
  linux: 'fix.settings.linux',
};

type Platform = Pick<PlatformInfo, 'os' | 'release'>;

export function evaluateWifi(facts: WifiFacts, platform: Platform = { os: facts.os, release: '' }): Finding<WifiMessage> {
  const settings = pickFix(SETTINGS, osVersionOf(platform));
  /** a fix, then where the machine's own settings are, with the link that opens them */
  const fixing = (first: WifiMessage): Pick<Finding<WifiMessage>, 'remediation' | 'link'> => ({
    remediation: [{ id: first }, ...(settings ? [{ id: settings.id }] : [])],
    ...(settings?.link ? { link: settings.link } : {}),
  });
  const why = facts.reason ?? reason('internal', undefined, 'no reason in the facts');
  // Windows hides the Wi-Fi details while Location is off: how to allow it (or that IT decides)
  const location: Pick<Finding<WifiMessage>, 'remediation' | 'link'> = { remediation: [{ id: 'fix.location.windows' }], link: 'ms-settings:privacy-location' };
  const locationOff = facts.reason?.code === 'location-off';

  if (facts.connection === 'unknown') {
    return {
      status: 'unknown',
      summary: [{ id: facts.virtualOnly ? 'unknown.virtual' : 'unknown' }],
      ...(locationOff ? location : fixing('fix.unknown')),
      reason: why,
    };
  }
  if (facts.connection === 'none') {
    return { status: 'unknown', summary: [{ id: 'none' }], ...fixing('fix.none'), reason: facts.reason ?? reason('not-connected') };
  }
  if (facts.connection === 'wired') return { status: 'pass', summary: [{ id: 'wired' }] };

  const several: Msg<WifiMessage>[] = facts.wifiConnected > 1 ? [{ id: 'several', params: { count: facts.wifiConnected } }] : [];
  const security = facts.security ?? 'unknown';
  switch (security) {
    case 'open':
      return { status: 'fail', blocker: true, summary: [{ id: 'open' }, ...several], ...fixing('fix.open') };
    case 'wep':
      return { status: 'fail', blocker: true, summary: [{ id: 'wep' }, ...several], remediation: [{ id: 'fix.wep' }] };
    case 'wpa':
      return { status: 'warn', summary: [{ id: 'wpa' }, ...several], remediation: [{ id: 'fix.wpa' }] };
    case 'owe':
      return { status: 'warn', summary: [{ id: 'owe' }, ...several], ...fixing('fix.owe') };
    case 'unknown':
      return { status: 'unknown', summary: [{ id: 'unknown-security' }, ...several], ...(locationOff ? location : fixing('fix.unknown')), reason: why };
    default:
      return { status: 'pass', summary: [{ id: 'protected', params: { method: LABEL[security] ?? security } }, ...several] };
  }
}
