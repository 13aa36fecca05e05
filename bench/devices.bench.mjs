// os-updates and camera-mic: process starts per platform (each start of PowerShell costs hundreds
// of milliseconds), probe interactions, and how many captured hotfix dates read without guessing.
// Figures, not assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BundleSchema } from '../dist/src/probe/bundle.js';
import { ReplayProbe } from '../dist/src/probe/replay.js';
import osUpdates from '../dist/checks/os-updates/index.js';
import cameraMic from '../dist/checks/camera-mic/index.js';
import { parseHotfixDate } from '../dist/checks/os-updates/windows.js';
import { defaultPolicy } from '../dist/src/policy.js';

const BUNDLES = fileURLToPath(new URL('../test/fixtures/bundles/', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../test/fixtures/samples/', import.meta.url));
const options = { offline: true, speedUrl: 'http://127.0.0.1:9', stun: [] };

/** Collect one check from one bundle, counting what it asked the probe. */
async function counted(check, file) {
  const probe = new ReplayProbe(BundleSchema.parse(JSON.parse(readFileSync(`${BUNDLES}${file}`, 'utf8'))));
  const counts = { run: 0, other: 0 };
  for (const name of ['run', 'readFile', 'listDir', 'stat', 'call']) {
    const original = probe[name].bind(probe);
    probe[name] = (...args) => {
      counts[name === 'run' ? 'run' : 'other'] += 1;
      return original(...args);
    };
  }
  const facts = await check.collect({ probe, options, signal: new AbortController().signal });
  return { ...counts, status: check.evaluate(facts, defaultPolicy).status };
}

export default async function () {
  const out = [];
  for (const [id, check] of [
    ['os-updates', osUpdates],
    ['camera-mic', cameraMic],
  ]) {
    const files = readdirSync(BUNDLES)
      .filter((f) => f.includes(`-${id}-`))
      .sort();
    const byOs = {};
    for (const f of files) {
      const os = f.split('-')[0];
      const r = await counted(check, f);
      (byOs[os] ??= []).push(r);
      out.push(`${id.padEnd(11)} ${f.padEnd(52)} ${String(r.run).padStart(2)} process start(s), ${String(r.other).padStart(2)} file/dir reads → ${r.status}`);
    }
    for (const [os, rs] of Object.entries(byOs))
      out.push(`${id.padEnd(11)} ${os.padEnd(7)} process starts per run: max ${Math.max(...rs.map((r) => r.run))}, over ${rs.length} bundle(s)`);
  }
  // hotfix dates as Get-HotFix / Win32_QuickFixEngineering print them in en-US and es
  const rows = readdirSync(`${SAMPLES}windows`)
    .filter((f) => /^(Get-HotFix|Get-WmiObject-win32_quickfix)/.test(f))
    .flatMap((f) => readFileSync(`${SAMPLES}windows/${f}`, 'utf8').split('\n'))
    .map((l) => /\sKB\d+\s.*?\s(\d{1,2}\/\d{1,2}\/\d{4} .*?)\s*$/.exec(l)?.[1])
    .filter(Boolean);
  const read = rows.filter((d) => parseHotfixDate(d) !== null).length;
  out.push(`hotfix dates in region formats: ${read}/${rows.length} read (the rest are d/m vs m/d ambiguous and left unread, never guessed)`);
  return out;
}
