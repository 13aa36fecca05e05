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

const STATUSES = ['pass', 'pass', 'pass', 'warn', 'fail', 'unknown'];

/**
 * Turn a copy of a real report into one of a synthetic fleet: a start within `days` after `from`,
 * drawn statuses, blockers and score (with the verdict they give), and, in four reports of five,
 * network figures spread as home lines are. `rnd` is the caller's seeded random source.
 */
export function scatterReport(r, rnd, from, days) {
  r.startedAt = new Date(from + Math.floor(rnd() * days * 86_400_000)).toISOString();
  r.score.value = Math.floor(rnd() * 101);
  r.score.blockers = [];
  for (const c of [...r.checks, ...r.questions]) {
    c.status = STATUSES[Math.floor(rnd() * STATUSES.length)];
    c.blocker = c.status === 'fail' && rnd() < 0.3;
    if (c.blocker) r.score.blockers.push(c.id);
  }
  r.score.verdict =
    r.score.blockers.length > 0 || r.score.value < 50 ? 'not-ready' : r.checks.some((c) => c.status === 'warn') ? 'ready-with-warnings' : 'ready';
  const net = r.checks.find((c) => c.id === 'network-quality');
  if (net && rnd() < 0.8) {
    const down = Math.round(Math.exp(rnd() * 6) * 10) / 10;
    Object.assign(net.facts, {
      downloadMbps: down,
      uploadMbps: Math.round(down * (0.1 + rnd() * 0.9) * 10) / 10,
      latencyMs: Math.round((5 + rnd() * rnd() * 300) * 10) / 10,
      jitterMs: Math.round(rnd() * rnd() * 60 * 10) / 10,
      lossPercent: Math.round(rnd() * rnd() * rnd() * 8 * 100) / 100,
      mos: Math.round((2.5 + rnd() * 1.9) * 100) / 100,
    });
  }
  return r;
}
