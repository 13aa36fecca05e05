// The single executables (`npm run dist`): their sizes, how long building them takes, and their
// start-up time against the npm package's launcher, `node bin/homeoffice-check.js`, taking turns.
// The build is kept between runs (scripts/dist.mjs rebuilds only what changed); the first figure
// says whether this run built or kept it. `--force` style full build times: BENCH_DIST_FORCE=1.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, exeName, OUT, TARGETS } from '../scripts/dist.mjs';
import { BIN, median, ms } from './lib.mjs';

const RUNS = Number(process.env.BENCH_DIST_RUNS ?? 15);

function once(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'C.UTF-8' } });
  const took = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exit ${r.status}: ${r.stderr}`);
  return took;
}

/** Alternate the contenders run by run, so that load on the machine falls on both alike. */
function race(contenders, args, runs) {
  const times = contenders.map(() => []);
  for (let i = 0; i < runs; i += 1) contenders.forEach(([cmd, pre], k) => times[k].push(once(cmd, [...pre, ...args])));
  return times.map((t) => ({ median: median(t), min: Math.min(...t), max: Math.max(...t) }));
}

export default async function () {
  const lines = [];
  const { results, ms: buildMs, bundle } = await dist({ force: process.env.BENCH_DIST_FORCE === '1', log: () => {} });
  const built = results.filter((r) => r.rebuilt).length;
  lines.push(
    `build: ${(buildMs / 1000).toFixed(1)} s (${built} of ${results.length} executables built, the rest kept); bundle ${(bundle.bytes / 1024).toFixed(0)} KiB`,
  );
  for (const r of results)
    lines.push(
      `${exeName(TARGETS.find((t) => t.id === r.id)).padEnd(36)} ${(r.size / 1048576).toFixed(1).padStart(6)} MiB${r.rebuilt ? `  built in ${(r.ms / 1000).toFixed(1)} s` : ''}`,
    );
  const linux = join(OUT, exeName(TARGETS.find((t) => t.id === 'linux-x64')));
  // bin/ runs the TypeScript build (dist/) in a checkout; the npm package runs the bundle in lib/
  const lib = new URL('../lib/cli.js', import.meta.url).href;
  const packaged = [
    process.execPath,
    ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(lib)}); process.exit(await main(process.argv.slice(1)));`, '--'],
  ];
  const contenders = [[linux, []], [process.execPath, [BIN]], packaged];
  const show = (r) => `${ms(r.median)} (min ${ms(r.min)})`;
  const [exeV, nodeV, libV] = race(contenders, ['--version'], RUNS);
  lines.push(`--version, median of ${RUNS}, taking turns:`);
  lines.push(`  executable ${show(exeV)}   node bin/homeoffice-check.js ${show(nodeV)}   node + lib/ (npm package) ${show(libV)}`);
  const fullRuns = Math.max(3, Math.round(RUNS / 3));
  const [exeF, nodeF, libF] = race(contenders, ['--json', '--no-questions', '--offline'], fullRuns);
  lines.push(`--json --no-questions --offline, median of ${fullRuns}, taking turns:`);
  lines.push(`  executable ${show(exeF)}   node bin/homeoffice-check.js ${show(nodeF)}   node + lib/ (npm package) ${show(libF)}`);
  const info = JSON.parse(readFileSync(join(OUT, 'BUILD-INFO.json'), 'utf8'));
  lines.push(`Node ${info.node} inside; code cache in the linux-x64 blob: ${info.targets['linux-x64']?.codeCache ? 'yes' : 'no'}`);
  return lines;
}
