// video-apps and the video tool advice: how well display names and versions are read, how fast the
// plist reader is, and what the replayed bundles give end to end. Figures, not assertions.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { videoApps } from '../dist/checks/video-apps/data.js';
import { compareVersions, matchWindowsPrograms, parsePlistStrings, bundleVersion } from '../dist/checks/video-apps/parse.js';
import { adviseVideoTool } from '../dist/src/advice/video-tool.js';
import { defaultPolicy } from '../dist/src/policy.js';
import { timeCli, ms } from './lib.mjs';

const BUNDLES = fileURLToPath(new URL('../test/fixtures/bundles/', import.meta.url));

// display names as inventory tools list them, with the client a person would say each one is (null: not a video client)
const names = [
  ['Zoom Workplace (64-bit)', 'zoom'],
  ['Zoom Workplace', 'zoom'],
  ['Zoom', 'zoom'],
  ['Zoom (32-bit)', 'zoom'],
  ['Zoom Outlook Plugin', null],
  ['Zoom Rooms', null],
  ['Microsoft Teams classic', 'teams-classic'],
  ['Teams Machine-Wide Installer', 'teams-classic'],
  ['Microsoft Teams Meeting Add-in for Microsoft Office', null],
  ['Microsoft Teams VDI Media Plugin', null],
  ['Webex', 'webex'],
  ['Cisco Webex Meetings', 'webex'],
  ['Webex Productivity Tools', null],
  ['Wire', 'wire'],
  ['Wireshark 4.2.5 x64', null],
  ['Pexip Infinity Connect', 'pexip'],
];

export default async function () {
  const out = [];
  const right = names.filter(([name, want]) => (matchWindowsPrograms([{ name, version: '1' }], videoApps)[0]?.id ?? null) === want).length;
  out.push(`Windows display names classified     ${right}/${names.length} right (${((100 * right) / names.length).toFixed(0)} %)`);
  const versions = [
    ['5.5.4 (13130.0228)', '6.0.2', -1],
    ['6.0.2.4680', '6.0.2', 1],
    ['6.7.30439', '5.17.5', 1],
    ['1:6.0.2.4680-1', '6.0.2', 1],
    ['v6.0.2', '6.0.2', 0],
  ];
  out.push(`version strings compared            ${versions.filter(([a, b, w]) => compareVersions(a, b) === w).length}/${versions.length} right`);

  const keys = Array.from({ length: 120 }, (_, i) => `\t<key>Key${i}</key>\n\t<string>value ${i} &amp; more</string>`).join('\n');
  const plist = `<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n${keys}\n\t<key>CFBundleShortVersionString</key>\n\t<string>6.0.2 (33403)</string>\n</dict>\n</plist>\n`;
  const n = 2000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) bundleVersion(parsePlistStrings(plist));
  out.push(`Info.plist of 121 keys parsed       ${(Number(process.hrtime.bigint() - t0) / 1e3 / n).toFixed(1)} µs per parse (${n} runs)`);

  // advice: how many of the 16 meeting/data-class pairs get a tool that fits outright
  let outright = 0;
  for (const need of ['one-to-one-client', 'colleagues', 'many-international', 'health-consultation']) {
    for (const dc of ['green', 'yellow', 'red', 'unsure']) {
      if (adviseVideoTool({ 'meeting-need': need, 'data-class': dc }, defaultPolicy).tools.some((t) => t.fit === 'fits')) outright += 1;
    }
  }
  out.push(`meeting/data-class pairs with a tool that fits outright  ${outright}/16 (the rest: conditions and a pointer to IT)`);

  const bundles = readdirSync(BUNDLES).filter((f) => f.includes('video-apps'));
  const t = timeCli(['--replay', `${BUNDLES}${bundles[0]}`, '--json', '--no-questions', '--offline', '--only', 'video-apps'], 3);
  out.push(`replay of ${bundles[0].padEnd(38)} median ${ms(t.median)} (3 runs, whole CLI)`);
  return out;
}
