// Process starts and wall time of a whole run per OS, on the machines of test/fixtures/machines.json
// (per-check bundles put together, first answer wins). Starts: a rehearsal (src/probe/rehearsal.ts)
// answers from the bundle through the live paths, so the count is what a live run on that machine
// starts, by program (PowerShell's sections go out as the one combined start). Wall time: the
// replayed run in process (ReplayProbe, every check, offline) and through the CLI (`--replay`, node's
// start included). Figures, not assertions; the machine's load changes the wall times.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks } from '../dist/checks/index.js';
import { defaultPolicy } from '../dist/src/policy.js';
import { BundleSchema, mergeBundles } from '../dist/src/probe/bundle.js';
import { RehearsalProbe } from '../dist/src/probe/rehearsal.js';
import { ReplayProbe } from '../dist/src/probe/replay.js';
import { runAssessment } from '../dist/src/run.js';
import { median, ms, timeCli } from './lib.mjs';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const MACHINES = JSON.parse(readFileSync(`${FIXTURES}machines.json`, 'utf8'));

function machine(names) {
  return mergeBundles(names.map((n) => BundleSchema.parse(JSON.parse(readFileSync(`${FIXTURES}bundles/${n}.json`, 'utf8')))));
}

const run = (probe) =>
  runAssessment({
    probe,
    checks,
    questions: [],
    policy: defaultPolicy,
    options: { offline: true, speedUrl: 'http://127.0.0.1:9', stun: [] },
    lang: 'en',
    version: 'bench',
    answers: {},
  });

export default async function () {
  const lines = ['whole run per OS (every check, offline), on the machines of test/fixtures/machines.json'];
  const dir = mkdtempSync(join(tmpdir(), 'hoc-bench-starts-'));
  for (const os of ['win32', 'darwin', 'linux']) {
    const bundle = machine(MACHINES[os]);
    const probe = new RehearsalProbe(bundle);
    await run(probe);
    const total = [...probe.starts.values()].reduce((a, b) => a + b, 0);
    const by = [...probe.starts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    const sections = probe.calls.filter((n) => n === 'powershell').length;
    const libraries = [...new Set(probe.calls.filter((n) => n !== 'powershell'))];
    lines.push(`  ${os.padEnd(6)} ${String(total).padStart(2)} process starts: ${by}`);
    if (sections > 0) lines.push(`         PowerShell: ${sections} sections in ${probe.starts.get('powershell') ?? 0} start(s)`);
    lines.push(`         library calls: ${libraries.length ? libraries.join(', ') : 'none'}`);
    const times = [];
    for (let i = 0; i < 7; i += 1) {
      const start = process.hrtime.bigint();
      await run(new ReplayProbe(bundle));
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const file = join(dir, `${os}.json`);
    writeFileSync(file, JSON.stringify(bundle));
    const cli = timeCli(['--replay', file, '--json', '--no-questions', '--offline'], 5);
    lines.push(
      `         replayed run: ${ms(median(times))} in process (median of 7), ${ms(cli.median)} through the CLI (median of 5, min ${ms(cli.min)}, max ${ms(cli.max)})`,
    );
  }
  return lines;
}
