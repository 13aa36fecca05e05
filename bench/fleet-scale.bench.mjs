// The fleet at scale: reports made by the built CLI (live and replayed from the Windows, macOS and
// Linux bundles), varied with a seeded generator (verdicts, statuses, network figures, dates over
// twelve weeks, 9 of 10 reports from devices that report again, 1 of 10 without host name).
// - ingestion into `serve`: 50 concurrent HTTP clients (keep-alive), 3,000 reports, into the folder
//   store (each file fsynced) and into PostgreSQL (each report committed);
// - summary time at 10,000 and 100,000 reports from files (one per report, as `serve` keeps them),
//   from one NDJSON file, and from PostgreSQL (the SQL summary), each the median of runs.
// Files and NDJSON are written to /dev/shm when it exists (memory), so that the disk of this machine
// does not decide the figures; PostgreSQL's cluster is on disk in a temporary folder.
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../dist/src/probe/net/testserver.js';
import { PostgresStore } from '../dist/src/serve/postgres.js';
import { createCollector } from '../dist/src/serve/server.js';
import { FolderStore } from '../dist/src/serve/store.js';
import { BIN, median, ms } from './lib.mjs';
import { startPostgres } from './pg.mjs';

const TOKEN = 'bench-token-0123456789abcdef';
const BUNDLES = ['win32-firewall-all-off', 'win32-antivirus-defender-2013-current', 'darwin-disk-encryption-filevault-off', 'linux-os-updates-ubuntu24-pending'];
const SIZES = (process.env.BENCH_FLEET_SIZES ?? '10000,100000').split(',').map(Number);
const INGEST = Number(process.env.BENCH_FLEET_INGEST ?? 3000);

function cli(args) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'C.UTF-8' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const STATUSES = ['pass', 'pass', 'pass', 'warn', 'fail', 'unknown'];

/** Report number i of a fleet of `count`, the same every time it is asked for. */
function reportOf(seeds, i, count) {
  const rnd = seededRandom(1000 + i);
  const r = structuredClone(seeds[i % seeds.length]);
  r.startedAt = new Date(Date.UTC(2026, 8, 1) + Math.floor(rnd() * 84 * 86_400_000)).toISOString();
  r.score.value = Math.floor(rnd() * 101);
  r.score.blockers = [];
  for (const c of [...r.checks, ...r.questions]) {
    c.status = STATUSES[Math.floor(rnd() * STATUSES.length)];
    c.blocker = c.status === 'fail' && rnd() < 0.3;
    if (c.blocker) r.score.blockers.push(c.id);
  }
  r.score.verdict = r.score.blockers.length > 0 || r.score.value < 50 ? 'not-ready' : r.checks.some((c) => c.status === 'warn') ? 'ready-with-warnings' : 'ready';
  const net = r.checks.find((c) => c.id === 'network-quality');
  if (net && rnd() < 0.8) {
    const down = Math.round(Math.exp(rnd() * 6) * 10) / 10;
    Object.assign(net.facts, { downloadMbps: down, uploadMbps: Math.round(down * (0.1 + rnd() * 0.9) * 10) / 10, latencyMs: Math.round((5 + rnd() * rnd() * 300) * 10) / 10, jitterMs: Math.round(rnd() * rnd() * 60 * 10) / 10, lossPercent: Math.round(rnd() * rnd() * rnd() * 8 * 100) / 100, mos: Math.round((2.5 + rnd() * 1.9) * 100) / 100 });
  }
  // a device reports about three times; one report in ten carries no host name
  if (i % 10 !== 9) r.device = { hostname: `LAPTOP-${String(i % Math.ceil(count / 3)).padStart(6, '0')}`, username: `user${i % 997}` };
  r.organisation = { name: 'Eksempel kommune' };
  return r;
}

function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/reports', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function ingest(store, seeds) {
  const collector = createCollector({ store, token: TOKEN, lang: 'nb' });
  const port = await collector.listen(0, '127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  // the bodies are made before the clock starts: what is timed is the collector
  const bodies = Array.from({ length: INGEST }, (_, i) => JSON.stringify(reportOf(seeds, i, INGEST)));
  let next = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      for (let i = next++; i < INGEST; i = next++) if ((await post(agent, port, bodies[i])) !== 201) failed += 1;
    }),
  );
  const elapsed = performance.now() - start;
  agent.destroy();
  await collector.close();
  return { rate: (INGEST / elapsed) * 1000, elapsed, failed };
}

export default async function bench() {
  const seeds = [cli(['--json', '--no-questions', '--offline']), ...BUNDLES.map((b) => cli(['--json', '--no-questions', '--offline', '--replay', `test/fixtures/bundles/${b}.json`, '--lang', 'nb']))].map((s) => JSON.parse(s));
  const lines = [];
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const pg = await startPostgres();
  if (!pg) lines.push('PostgreSQL is not installed (apt-get install postgresql): its figures are left out');

  // ingestion over HTTP, 50 clients
  const folderRoot = mkdtempSync(join(tmpdir(), 'hoc-bench-ingest-'));
  const folder = await ingest(new FolderStore(folderRoot), seeds);
  lines.push(`ingestion, folder (${tmpdir()}, each report fsynced): ${INGEST} reports by 50 clients in ${ms(folder.elapsed)}: ${folder.rate.toFixed(0)} reports/s, ${folder.failed} not 201`);
  rmSync(folderRoot, { recursive: true, force: true });
  if (pg) {
    const store = await PostgresStore.connect(pg.url.replace(/homeoffice$/, 'postgres'), 50);
    const into = await ingest(store, seeds);
    lines.push(`ingestion, PostgreSQL (each report committed): ${INGEST} reports by 50 clients in ${ms(into.elapsed)}: ${into.rate.toFixed(0)} reports/s, ${into.failed} not 201`);
  }

  for (const count of SIZES) {
    const dir = mkdtempSync(join(base, 'hoc-bench-scale-'));
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (let k = 0; k < 256; k += 1) mkdirSync(join(reports, k.toString(16).padStart(2, '0')));
    const ndjson = join(dir, 'all.ndjson');
    const fd = openSync(ndjson, 'w');
    let bytes = 0;
    const gen = performance.now();
    for (let i = 0; i < count; i += 1) {
      const text = JSON.stringify(reportOf(seeds, i, count));
      bytes += text.length;
      writeSync(fd, `${text}\n`);
      const file = openSync(join(reports, (i % 256).toString(16).padStart(2, '0'), `r${i}.json`), 'w');
      writeSync(file, text);
      closeSync(file);
    }
    closeSync(fd);
    lines.push(`${count} reports, ${(bytes / 1e9).toFixed(2)} GB of JSON, written as files and as NDJSON in ${ms(performance.now() - gen)}`);
    const runs = count > 10_000 ? 1 : 3;
    const out = join(dir, 'summary.json');
    for (const [label, input] of [['files', reports], ['NDJSON', ndjson]]) {
      const times = [];
      for (let k = 0; k < runs; k += 1) {
        const start = performance.now();
        cli(['summarize', input, '--format', 'json', '--lang', 'nb', '-o', out]);
        times.push(performance.now() - start);
      }
      lines.push(`summarize ${count} from ${label} (the CLI, JSON out): ${ms(median(times))} (${runs === 1 ? '1 run' : `median of ${runs}`}), ${((median(times) / count) * 1000).toFixed(0)} µs a report`);
    }
    if (pg) {
      const db = `scale${count}`;
      const { default: pgLib } = await import('pg');
      const c = new pgLib.Client({ connectionString: pg.url });
      await c.connect();
      await c.query(`CREATE DATABASE ${db}`);
      await c.end();
      const url = pg.url.replace(/homeoffice$/, db);
      const store = await PostgresStore.connect(url, 4);
      const load = performance.now();
      const BATCH = 500;
      let next = 0;
      await Promise.all(
        Array.from({ length: 2 }, async () => {
          for (let b = next++; b * BATCH < count; b = next++) {
            const batch = [];
            for (let i = b * BATCH; i < Math.min(count, (b + 1) * BATCH); i += 1) batch.push(reportOf(seeds, i, count));
            await store.putMany(batch);
          }
        }),
      );
      const loadMs = performance.now() - load;
      lines.push(`PostgreSQL: ${count} reports loaded in batches of ${BATCH} (putMany, 2 connections) in ${ms(loadMs)}: ${((count / loadMs) * 1000).toFixed(0)} reports/s`);
      const c2 = new pgLib.Client({ connectionString: url });
      await c2.connect();
      await c2.query('VACUUM ANALYZE homeoffice_reports');
      await c2.end();
      const times = [];
      let s;
      for (let k = 0; k < 3; k += 1) {
        const start = performance.now();
        s = await store.summary('nb', {});
        times.push(performance.now() - start);
      }
      lines.push(`summary ${count} from PostgreSQL (SQL, in the server process): ${ms(median(times))} (median of 3, min ${ms(Math.min(...times))}); counted ${s.reports.counted} of ${s.reports.valid}, ${s.devices.length} devices, goal < 2000 ms at 100,000`);
      await store.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
  pg?.stop();
  return lines;
}
