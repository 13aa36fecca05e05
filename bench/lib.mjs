// Shared helpers for the benchmarks: timing whole CLI runs as a user starts them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/homeoffice-check.js', import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of `node <bin> ...args`, `runs` times: { median, min, max } in ms. */
export function timeCli(args, runs = 7, bin = BIN) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'C.UTF-8' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

export const ms = (v) => `${v.toFixed(0)} ms`;

/** The captured real outputs the tests read (test/fixtures/samples). */
export const SAMPLES = fileURLToPath(new URL('../test/fixtures/samples/', import.meta.url));

/** A sample's text without its header lines (`# source: ...`, `# locale: ...`, `$ command`). */
export function sample(rel) {
  const lines = readFileSync(`${SAMPLES}${rel}`, 'utf8').split('\n');
  let i = 0;
  while (i < lines.length && (lines[i].startsWith('# ') || lines[i].startsWith('$ '))) i += 1;
  return lines.slice(i).join('\n');
}
