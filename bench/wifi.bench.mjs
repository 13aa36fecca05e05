// Wi-Fi security parsers over the captured samples: ours against the libraries' parsing of the same
// outputs where they can be fed (figures and ratios, not assertions).
// - netsh: systeminformation's Windows wifiConnections, run in a child process that pretends to be
//   win32 and answers its PowerShell call with the sample (CRLF, as netsh prints through PowerShell).
// - nmcli: node-wifi's Linux scan parser (a pure module of node-wifi) on the node-wifi capture, and on
//   rows whose SSIDs carry the escapes nmcli really prints (`\:` and `\\`, from the heatmapper capture).
// - macOS: systeminformation's own mode mapping, its plist parser handed the captured JSON items;
//   node-wifi reads `airport`, gone since macOS 14.4.
// The tool does not depend on systeminformation: the version compared is installed into a temporary
// folder for the run (from npm's cache or the registry); without it the comparison is left out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyNmcli, parseNmcliWifiList, parseWpaCliStatus, classifyWpaCli } from '../dist/checks/wifi-security/linux.js';
import { parseAirportJson } from '../dist/checks/wifi-security/macos.js';
import { classifyNetsh, parseNetshInterfaces } from '../dist/checks/wifi-security/netsh.js';
import { sample } from './lib.mjs';

const require = createRequire(import.meta.url);
/** the systeminformation release compared (the last one the tool depended on) */
const SI_VERSION = '5.33.23';

/** A folder with systeminformation installed, or null when npm cannot get it. */
function installSi() {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-bench-si-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"bench-si","private":true}\n');
  try {
    execFileSync('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', `systeminformation@${SI_VERSION}`], {
      cwd: dir,
      stdio: 'ignore',
      timeout: 120_000,
    });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const pct = (a, b) => `${((100 * a) / b).toFixed(0)} %`;

// ground truth read by a person: connected?, security class
const NETSH = {
  'netsh-wlan-show-interfaces__wifi-heatmapper-en.txt': [true, 'wpa2-personal'],
  'netsh-wlan-show-interfaces__wifi-heatmapper-de.txt': [true, 'wpa2-enterprise'],
  'netsh-wlan-show-interfaces__wifi-heatmapper-fr.txt': [true, 'open'],
  'netsh-wlan-show-interfaces__wifi-heatmapper-es.txt': [true, 'open'],
  'netsh-wlan-show-interfaces__wifi-heatmapper-it.txt': [true, 'wpa2-personal'],
  'netsh-wlan-show-interfaces__si-pr-577-surface-crlf-partial.txt': [true, 'unknown'],
  'netsh-wlan-show-interfaces-disconnected__particle-cli-windows-test.txt': [false, null],
};

// systeminformation's Windows parser, fed one netsh output (CRLF) in a child process
const SI_CHILD = `
Object.defineProperty(process, 'platform', { value: 'win32' });
const util = require('systeminformation/lib/util.js');
util.powerShell = () => Promise.resolve(process.env.NETSH_TEXT);
require('systeminformation/lib/wifi.js').wifiConnections().then((r) => process.stdout.write(JSON.stringify(r.map((c) => ({ security: c.security })))));
`;
function siNetsh(siDir, text) {
  if (siDir === null) return null;
  const r = spawnSync(process.execPath, ['-e', SI_CHILD], {
    env: { ...process.env, NETSH_TEXT: text.replace(/\r?\n/g, '\r\n') },
    encoding: 'utf8',
    cwd: siDir,
    timeout: 20_000,
  });
  try {
    return JSON.parse(r.stdout);
  } catch {
    return null;
  }
}

function netsh(siDir) {
  const out = [];
  const files = Object.keys(NETSH);
  let ours = 0;
  let theirs = 0;
  let theirsFed = 0;
  for (const f of files) {
    const [connected, security] = NETSH[f];
    const text = sample(`windows/${f}`);
    const got = parseNetshInterfaces(text).filter((i) => i.connected);
    const mine = connected ? got.length === 1 && got[0].security === security : got.length === 0;
    if (mine) ours += 1;
    const si = siNetsh(siDir, text);
    if (si === null) continue;
    theirsFed += 1;
    // systeminformation's answer, classified by the same rules as ours (its security is the raw word)
    const siOk = connected ? si.length === 1 && classifyNetsh(si[0].security, null) === security : si.length === 0;
    if (process.env.BENCH_VERBOSE) console.error(f, JSON.stringify(si));
    if (siOk) theirs += 1;
  }
  out.push(`netsh interfaces, ${files.length} captures (en de fr es it, CRLF partial, disconnected)`);
  out.push(`  ours                    ${ours}/${files.length} correct (${pct(ours, files.length)})`);
  out.push(
    siDir === null
      ? `  systeminformation       not compared: npm could not install systeminformation@${SI_VERSION}`
      : `  systeminformation       ${theirs}/${theirsFed} correct (${pct(theirs, Math.max(theirsFed, 1))}); ratio ours/theirs ${(ours / Math.max(theirs, 1)).toFixed(2)}`,
  );
  // disturbed the way other machines disturb it: OEM code page garbling of non-ASCII labels
  let garbledOk = 0;
  for (const f of files) {
    const text = sample(`windows/${f}`).replace(/[^\x00-\x7F]/g, '\uFFFD');
    const [connected, security] = NETSH[f];
    const got = parseNetshInterfaces(text).filter((i) => i.connected);
    if (connected ? got.length === 1 && got[0].security === security : got.length === 0) garbledOk += 1;
  }
  out.push(`  ours, OEM code page     ${garbledOk}/${files.length} correct with every non-ASCII character garbled`);
  // a language no table knows: every label but SSID/BSSID/GUID replaced by a made-up word
  let scrambledOk = 0;
  for (const f of files) {
    let n = 0;
    const text = sample(`windows/${f}`).replace(/^(\s+)([^:\n]+?)(\s*:)/gm, (whole, indent, label, colon) =>
      ['SSID', 'BSSID', 'AP BSSID', 'GUID'].includes(label.trim()) ? whole : `${indent}Qwz${(n += 1)}${colon}`,
    );
    const [connected, security] = NETSH[f];
    const got = parseNetshInterfaces(text).filter((i) => i.connected);
    if (connected ? got.length === 1 && got[0].security === security : got.length === 0) scrambledOk += 1;
  }
  out.push(`  ours, labels unknown    ${scrambledOk}/${files.length} correct with every label but SSID/BSSID/GUID replaced`);
  return out;
}

function nmcli() {
  const out = [];
  const parseNodeWifi = require('node-wifi/src/linux/scan/parser.js');
  const text = sample('linux/nmcli-terse-device-wifi-list__node-wifi-scan-01.txt');
  const ours = parseNmcliWifiList(text);
  const theirs = parseNodeWifi(text);
  // the node-wifi capture: both must give the same security word per row (the capture is node-wifi's own)
  const truthSec = text
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/\\:/g, '\u0000').split(':')[7]);
  const oursOk = ours.filter((r, i) => r.security === truthSec[i]).length;
  const theirsOk = theirs.filter((r, i) => (r.security === 'none' ? '' : r.security) === truthSec[i]).length;
  out.push(
    `nmcli terse, node-wifi capture (${truthSec.length} rows): security word right: ours ${oursOk}/${truthSec.length}, node-wifi ${theirsOk}/${truthSec.length}`,
  );
  // SSIDs as nmcli escapes them: the heatmapper capture's `SSID-2-\\foo\:bar`, and one ending in a backslash
  const rows = [
    'no:SSID-2-\\\\foo\\:bar:FE\\:DC\\:BA\\:09\\:87\\:02:Infra:6:2437 MHz:100:WPA2:(none):pair_ccmp group_ccmp psk',
    'yes:Kontor\\\\:FE\\:DC\\:BA\\:09\\:87\\:03:Infra:1:2412 MHz:87:WPA2 WPA3:(none):pair_ccmp group_ccmp psk sae',
    'no:a\\:b\\:c:FE\\:DC\\:BA\\:09\\:87\\:04:Infra:1:2412 MHz:50::(none):(none)',
  ];
  const want = ['wpa2-personal', 'wpa2-wpa3-transition', 'open'];
  const o = parseNmcliWifiList(rows.join('\n')).map((r) => classifyNmcli(r.security, r.wpaFlags, r.rsnFlags));
  const t = parseNodeWifi(rows.join('\n')).map((r) =>
    classifyNmcli(r.security === 'none' ? '' : String(r.security ?? ''), String(r.security_flags?.wpa ?? ''), String(r.security_flags?.rsn ?? '')),
  );
  const oOk = want.filter((w, i) => o[i] === w).length;
  const tOk = want.filter((w, i) => t[i] === w).length;
  out.push(`nmcli terse, escaped SSIDs (${rows.length} rows with \\: and \\\\): ours ${oOk}/${rows.length}, node-wifi ${tOk}/${rows.length}`);
  const wpa = parseWpaCliStatus(sample('linux/wpa_cli-i-wlan0-status__autoap-issue-19.txt'));
  out.push(`wpa_cli status capture: ours reads ${wpa ? classifyWpaCli(wpa) : 'nothing'} (WPA2-PSK with a TKIP group cipher; expected wpa)`);
  return out;
}

// systeminformation's macOS mapping, fed in a child process: child_process.exec answers, and its plist
// parser is handed the capture's SPAirPortDataType items (plus the one SPNetworkDataType entry it looks
// up), so its own security-mode mapping runs on the captured JSON.
const SI_MAC_CHILD = `
Object.defineProperty(process, 'platform', { value: 'darwin' });
const cp = require('child_process');
cp.exec = (cmd, cb) => cb(null, 'plist######');
const util = require('systeminformation/lib/util.js');
const airport = JSON.parse(process.env.SP_JSON).SPAirPortDataType;
util.plistParser = () => [
  { _SPCommandLineArguments: ['SPNetworkDataType'], _items: [{ _name: 'Wi-Fi', interface: 'en0' }] },
  { _SPCommandLineArguments: ['SPAirPortDataType'], _items: airport },
];
require('systeminformation/lib/wifi.js').wifiConnections().then((r) => process.stdout.write(JSON.stringify(r.map((c) => ({ security: c.security })))));
`;
const SI_MAC_CLASS = { WEP: 'wep', WPA2: 'wpa2-personal', 'WPA2 EAP': 'wpa2-enterprise', 'WPA2/WPA3': 'wpa2-wpa3-transition', WPA3: 'wpa3-personal' };
function siMac(siDir, jsonText) {
  if (siDir === null) return null;
  const r = spawnSync(process.execPath, ['-e', SI_MAC_CHILD], {
    env: { ...process.env, SP_JSON: jsonText },
    encoding: 'utf8',
    cwd: siDir,
    timeout: 20_000,
  });
  try {
    const list = JSON.parse(r.stdout);
    // an empty security list is what systeminformation gives for "no security"
    return list.map((c) => (c.security.length === 0 ? 'open' : (SI_MAC_CLASS[c.security.join(' ')] ?? 'unknown')));
  } catch {
    return null;
  }
}

function macos(siDir) {
  const truth = {
    '10.15.7': 'open',
    '12.7.2-connected': 'wpa2-personal',
    '12.7.2-disassociated': null,
    '15.5-iphone-hotspot': 'wpa2-personal',
    '15.5-open-networks-nearby': 'open',
    '15.5-wifi-off': null,
    '15.5-wpa2': 'wpa2-personal',
  };
  const cases = Object.entries(truth).map(([k, want]) => ({
    text: sample(`macos/system_profiler-SPAirPortDataType-json__wifi-heatmapper-${k}.json.txt`).replace(/^\s*"TestDescriptionDEADBEEF".*\n/m, ''),
    want,
  }));
  const captured = cases.length;
  // Apple's other modes, put into the WPA2 capture's current network (both spellings of the WPA3 modes:
  // no capture settles which one macOS prints)
  const base = cases[cases.length - 1].text;
  const modes = {
    spairport_security_mode_wpa3_personal: 'wpa3-personal',
    pairport_security_mode_wpa3_personal: 'wpa3-personal',
    spairport_security_mode_wpa3_transition: 'wpa2-wpa3-transition',
    pairport_security_mode_wpa3_transition: 'wpa2-wpa3-transition',
    spairport_security_mode_wpa2_enterprise: 'wpa2-enterprise',
    spairport_security_mode_wep: 'wep',
    spairport_security_mode_wpa_personal_mixed: 'wpa',
  };
  for (const [mode, want] of Object.entries(modes)) {
    const doc = JSON.parse(base);
    doc.SPAirPortDataType[0].spairport_airport_interfaces[0].spairport_current_network_information.spairport_security_mode = mode;
    cases.push({ text: JSON.stringify(doc), want });
  }
  let ours = 0;
  let theirs = 0;
  let fed = 0;
  for (const { text, want } of cases) {
    const connected = (parseAirportJson(text) ?? []).filter((i) => i.state === 'connected');
    if (want === null ? connected.length === 0 : connected.length === 1 && connected[0].security === want) ours += 1;
    const si = siMac(siDir, text);
    if (si === null) continue;
    fed += 1;
    if (want === null ? si.length === 0 : si.length === 1 && si[0] === want) theirs += 1;
  }
  const n = cases.length;
  return [
    `system_profiler, ${captured} captures + ${n - captured} of Apple's other modes put into a capture`,
    `  ours                    ${ours}/${n} correct (${pct(ours, n)})`,
    siDir === null
      ? `  systeminformation       not compared: npm could not install systeminformation@${SI_VERSION}`
      : `  systeminformation       ${theirs}/${fed} correct (${pct(theirs, Math.max(fed, 1))}); node-wifi reads airport, gone since macOS 14.4`,
  ];
}

export default async function () {
  const siDir = installSi();
  let out;
  try {
    out = [...netsh(siDir), ...nmcli(), ...macos(siDir)];
  } finally {
    if (siDir !== null) rmSync(siDir, { recursive: true, force: true });
  }
  const big = sample('windows/netsh-wlan-show-interfaces__wifi-heatmapper-de.txt').repeat(8);
  const n = 2000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) parseNetshInterfaces(big);
  out.push(`netsh parse, 8 interface blocks     ${(Number(process.hrtime.bigint() - start) / 1e3 / n).toFixed(1)} µs per parse (${n} runs)`);
  return out;
}
