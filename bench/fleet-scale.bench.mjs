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
import pgLib from 'pg';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../dist/src/probe/net/testserver.js';
import { PostgresStore } from '../dist/src/serve/postgres.js';
import { createCollector } from '../dist/src/serve/server.js';
import { FolderStore } from '../dist/src/serve/store.js';
import { BIN, median, ms, scatterReport } from './lib.mjs';
import { replicate } from './pg-replicate.mjs';
import { startPostgres } from './pg.mjs';

const TOKEN = 'bench-token-0123456789abcdef';
const BUNDLES = [
  'win32-firewall-all-off',
  'win32-antivirus-defender-2013-current',
  'darwin-disk-encryption-filevault-off',
  'linux-os-updates-ubuntu24-pending',
];
const SIZES = (process.env.BENCH_FLEET_SIZES ?? '10000,100000').split(',').map(Number);
const INGEST = Number(process.env.BENCH_FLEET_INGEST ?? 3000);

function cli(args) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LANG: 'C.UTF-8' },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** CPU seconds (user + system) a CLI run takes, by bash's `times` for its children: a figure the other load on the machine changes less than wall time. */
function cliCpu(args) {
  const quoted = ['--max-old-space-size=4096', BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `'${process.execPath}' ${quoted} > /dev/null; times`], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  const lines = r.stdout.trim().split('\n');
  const seconds = (t) =>
    t.split(/\s+/).reduce((a, x) => {
      const m = /(\d+)m([\d.]+)s/.exec(x);
      return a + (m ? Number(m[1]) * 60 + Number(m[2]) : 0);
    }, 0);
  return seconds(lines[lines.length - 1]);
}

/** CPU seconds of all PostgreSQL server processes so far (from /proc; clock ticks of 1/100 s). */
function postgresCpu() {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}

/** Report number i of a fleet of `count`, the same every time it is asked for. */
function reportOf(seeds, i, count) {
  const rnd = seededRandom(1000 + i);
  const r = structuredClone(seeds[i % seeds.length]);
  // as a device's own run (the summary leaves replays out); the drawn statuses make most copies
  // disagree with their facts, and each is judged again as a real report is
  r.mode = 'live';
  scatterReport(r, rnd, Date.UTC(2026, 8, 1), 84);
  // a device reports about three times; one report in ten carries no host name
  if (i % 10 !== 9) r.device = { hostname: `LAPTOP-${String(i % Math.ceil(count / 3)).padStart(6, '0')}`, username: `user${i % 997}` };
  r.organisation = { name: 'Eksempel kommune' };
  return r;
}

function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/reports',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
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
  const seeds = [
    cli(['--json', '--no-questions', '--offline']),
    ...BUNDLES.map((b) => cli(['--json', '--no-questions', '--offline', '--replay', `test/fixtures/bundles/${b}.json`, '--lang', 'nb'])),
  ].map((s) => JSON.parse(s));
  const lines = [];
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const pg = await startPostgres();
  if (!pg) lines.push('PostgreSQL is not installed (apt-get install postgresql): its figures are left out');

  // BENCH_FLEET_PG_ONLY=1: only the summary from PostgreSQL
  const pgOnly = Boolean(process.env.BENCH_FLEET_PG_ONLY);
  // ingestion over HTTP, 50 clients
  if (!pgOnly) {
    const folderRoot = mkdtempSync(join(tmpdir(), 'hoc-bench-ingest-'));
    const folder = await ingest(new FolderStore(folderRoot), seeds);
    lines.push(
      `ingestion, folder (${tmpdir()}, each report fsynced): ${INGEST} reports by 50 clients in ${ms(folder.elapsed)}: ${folder.rate.toFixed(0)} reports/s, ${folder.failed} not 201`,
    );
    rmSync(folderRoot, { recursive: true, force: true });
    if (pg) {
      const store = await PostgresStore.connect(pg.url.replace(/homeoffice$/, 'postgres'), 50);
      const into = await ingest(store, seeds);
      lines.push(
        `ingestion, PostgreSQL (each report committed): ${INGEST} reports by 50 clients in ${ms(into.elapsed)}: ${into.rate.toFixed(0)} reports/s, ${into.failed} not 201`,
      );
    }
  }

  for (const count of SIZES) {
    const dir = mkdtempSync(join(base, 'hoc-bench-scale-'));
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (let k = 0; k < 256; k += 1) mkdirSync(join(reports, k.toString(16).padStart(2, '0')));
    const ndjson = join(dir, 'all.ndjson');
    if (!pgOnly) {
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
      const valid = (file) => JSON.parse(readFileSync(file, 'utf8')).reports.valid;
      const out = join(dir, 'summary.json');
      for (const [label, input] of [
        ['files', reports],
        ['NDJSON', ndjson],
      ]) {
        const times = [];
        const cpus = [];
        for (let k = 0; k < runs; k += 1) {
          const start = performance.now();
          cpus.push(cliCpu(['summarize', input, '--format', 'json', '--lang', 'nb', '-o', out]));
          times.push(performance.now() - start);
        }
        const cpu = median(cpus);
        lines.push(
          `summarize ${count} from ${label} (the CLI, JSON out): ${ms(median(times))} wall (${runs === 1 ? '1 run' : `median of ${runs}`}), ${cpu.toFixed(1)} s CPU, ${((cpu / count) * 1e6).toFixed(0)} µs CPU a report; ${valid(out)} valid`,
        );
      }
    }
    if (pg) {
      const db = `scale${count}`;
      const c = new pgLib.Client({ connectionString: pg.url });
      await c.connect();
      await c.query(`CREATE DATABASE ${db}`);
      await c.end();
      const url = pg.url.replace(/homeoffice$/, db);
      const store = await PostgresStore.connect(url, 4);
      // 10,000 reports go in by putMany; a larger fleet is grown from them in SQL (see pg-replicate.mjs)
      const loaded = Math.min(count, 10_000);
      const load = performance.now();
      const BATCH = 500;
      let next = 0;
      await Promise.all(
        Array.from({ length: 2 }, async () => {
          for (let b = next++; b * BATCH < loaded; b = next++) {
            const batch = [];
            for (let i = b * BATCH; i < Math.min(loaded, (b + 1) * BATCH); i += 1) batch.push(reportOf(seeds, i, loaded));
            await store.putMany(batch);
          }
        }),
      );
      const loadMs = performance.now() - load;
      lines.push(
        `PostgreSQL: ${loaded} reports loaded in batches of ${BATCH} (putMany, 2 connections) in ${ms(loadMs)}: ${((loaded / loadMs) * 1000).toFixed(0)} reports/s`,
      );
      if (count > loaded) {
        const grow = new pgLib.Client({ connectionString: url });
        await grow.connect();
        const g = performance.now();
        await replicate(grow, count);
        await grow.end();
        lines.push(
          `PostgreSQL: grown to ${count} reports in SQL (copies as devices of their own, times moved back by whole days) in ${ms(performance.now() - g)}`,
        );
      }
      const c2 = new pgLib.Client({ connectionString: url });
      await c2.connect();
      await c2.query('VACUUM ANALYZE homeoffice_reports');
      await c2.end();
      const times = [];
      const cpus = [];
      let s;
      for (let k = 0; k < 3; k += 1) {
        const start = performance.now();
        const pgBefore = postgresCpu();
        const nodeBefore = process.cpuUsage();
        s = await store.summary('nb', {});
        times.push(performance.now() - start);
        const nodeCpu = process.cpuUsage(nodeBefore);
        cpus.push(postgresCpu() - pgBefore + (nodeCpu.user + nodeCpu.system) / 1e6);
      }
      lines.push(
        `summary ${count} from PostgreSQL (SQL, in the server process): ${ms(median(times))} wall (median of 3, min ${ms(Math.min(...times))}), ${median(cpus).toFixed(2)} s CPU (PostgreSQL + node); counted ${s.reports.counted} of ${s.reports.valid}, ${s.devices.length} devices; goal < 2000 ms at 100,000`,
      );
      await store.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
  pg?.stop();
  lines.push(
    `load average while it ran (1, 5, 15 min, 2 cores): ${loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')}`,
  );
  return lines;
}
