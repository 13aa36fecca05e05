// Parser accuracy of the device checks (disk-encryption, firewall, admin-rights, risky-apps) over the
// captured samples, as they are and disturbed the way other machines disturb them (CRLF, translated
// labels, "inactive" for "active"). Figures, not assertions.
import { readdirSync } from 'node:fs';
import { linuxEncryption, parseFdesetup, parseLsblk, parseManageBde } from '../dist/checks/disk-encryption/parse.js';
import { parseNetshFirewall, parseSocketfilterfw, parseUfwStatus } from '../dist/checks/firewall/parse.js';
import { parseWhoamiGroups } from '../dist/checks/admin-rights/parse.js';
import { matchRunning, parsePsComm, parseTasklistCsv } from '../dist/checks/lib/processes.js';
import { riskyApps } from '../dist/checks/risky-apps/apps.js';
import { SAMPLES, sample } from './lib.mjs';

const files = (os, prefix) =>
  readdirSync(`${SAMPLES}${os}`)
    .filter((f) => f.startsWith(prefix))
    .map((f) => `${os}/${f}`);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ground truth, read by a person from each sample
const truth = [
  ...files('linux', 'lsblk').map((f) => ({
    name: f,
    text: sample(f),
    parse: (t) => {
      const d = parseLsblk(t);
      return [d.length, linuxEncryption(d).anyEncrypted, linuxEncryption(d).state];
    },
    expected: f.includes('fedora') ? [7, true, 'on'] : f.includes('nixos') ? [4, true, null] : [9, true, null],
  })),
  {
    name: 'windows/manage-bde',
    text: sample('windows/manage-bde-status-c__intunedocs-issue-2566.txt'),
    parse: parseManageBde,
    expected: { percentEncrypted: 100, protectionOn: true },
  },
  ...files('windows', 'netsh-advfirewall').map((f) => ({
    name: f,
    text: sample(f),
    parse: (t) => parseNetshFirewall(t).map((b) => b.on),
    expected: f.includes('allprofiles') ? [false, false, false] : f.includes('currentprofile') ? [false] : [true],
  })),
  {
    name: 'macos/socketfilterfw lynis',
    text: sample('macos/socketfilterfw-getglobalstate-enabled__lynis-issue-41.txt'),
    parse: parseSocketfilterfw,
    expected: { on: true, blockAll: false },
  },
  {
    name: 'macos/socketfilterfw m-cli',
    text: sample('macos/socketfilterfw-getglobalstate-state2-and-toggle__m-cli-issue-160.txt').split('\n')[0],
    parse: parseSocketfilterfw,
    expected: { on: true, blockAll: true },
  },
  ...files('linux', 'ufw-status').map((f) => ({ name: f, text: sample(f), parse: parseUfwStatus, expected: true })),
  ...files('windows', 'whoami-groups').map((f) => ({
    name: f,
    text: sample(f),
    parse: parseWhoamiGroups,
    expected: f.includes('admin-medium') ? { admin: true, elevated: false } : { admin: false, elevated: true },
  })),
];

const disturb = {
  'as captured': (t) => t,
  'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
  'labels scrambled': (t) => t.replace(/^([A-Za-z][A-Za-z ]*?)(\s{2,})(ON|OFF)\s*$/gm, (_m, _l, sp, v) => `Zustand${sp}${v}`),
};

export default async function () {
  const out = [];
  for (const [label, f] of Object.entries(disturb)) {
    const ok = truth.filter((c) => same(c.parse(f(c.text)), c.expected)).length;
    out.push(`${label.padEnd(34)} ${ok}/${truth.length} samples read right (${((100 * ok) / truth.length).toFixed(0)} %)`);
  }
  // the "inactive" trap: every active ufw sample turned inactive must read false, never true
  const ufw = files('linux', 'ufw-status');
  const inactive = ufw.filter((f) => parseUfwStatus(sample(f).replace('Status: active', 'Status: inactive')) === false).length;
  out.push(`ufw "active" → "inactive"           ${inactive}/${ufw.length} read as off`);
  // fdesetup replies observed on real Macs
  const replies = ['FileVault is Off.\n', 'FileVault is On.\nEncryption in progress: Pending\n', 'FileVault is On.\n'];
  const fde = replies.map(parseFdesetup);
  out.push(`fdesetup replies                    ${fde.filter((s, i) => s === ['off', 'encrypting', 'on'][i]).length}/${replies.length} read right`);
  // process matching: false positives on look-alike names
  const lookalikes = ['AnyDeskHelper', 'dropbox-cli-wrapper', 'teamviewerish', 'MegaSyncFake', 'Supremo2'];
  out.push(`look-alike process names flagged    ${matchRunning(lookalikes, riskyApps, 'linux').length}/${lookalikes.length}`);
  // speed: the largest sample parsed many times
  const big = sample('windows/netsh-advfirewall-show-allprofiles__htb-academy-notes.txt').repeat(20);
  const n = 2000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) parseNetshFirewall(big);
  const us = Number(process.hrtime.bigint() - start) / 1e3 / n;
  out.push(`netsh parse, 60 profile blocks      ${us.toFixed(1)} µs per parse (${n} runs)`);
  // outputs that are not process lists (error texts, usage, stray files) must never read as "nothing running"
  const garbage = [
    '',
    'Segmentation fault\n',
    'ps: illegal option -- A\nusage: ps [-AaCcEefhjlMmrSTvwXx]\n',
    'ERROR: Access denied\r\n',
    sample('linux/ufw-status__raspibolt-issue-1492.txt'),
  ];
  const believed = garbage.filter((g) => parsePsComm(g, 'linux') !== null || parsePsComm(g, 'macos') !== null || parseTasklistCsv(g) !== null).length;
  out.push(`non-lists believed as process lists ${believed}/${garbage.length}`);
  const ps = [...Array.from({ length: 600 }, (_, i) => `/Applications/App${i}.app/Contents/MacOS/App${i}`), '/bin/ps'].join('\n');
  const t2 = process.hrtime.bigint();
  for (let i = 0; i < 200; i += 1) matchRunning(parsePsComm(ps, 'macos') ?? [], riskyApps, 'macos');
  out.push(`600-process list matched            ${(Number(process.hrtime.bigint() - t2) / 1e6 / 200).toFixed(2)} ms per list (200 runs)`);
  return out;
}
