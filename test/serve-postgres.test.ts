/**
 * The collector's PostgreSQL store against a real server (Debian's postgresql, a temporary cluster
 * on 127.0.0.1): the summary computed in SQL is the file summary, number for number, on the same
 * reports (devices in any case of host name, ties on the start time, reports without host name,
 * network figures, organisations, a version 2 report with its scope, weeks, --since and
 * --all-reports); and `serve --db` passes the load and kill -9 tests the folder passes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { FleetSummarySchema, type SummaryOptions } from '../src/report/summarize.js';
import { createCollector } from '../src/serve/server.js';
import { PostgresStore } from '../src/serve/postgres.js';
import { FolderStore } from '../src/serve/store.js';
import { makeFleet, onDevice, withNetwork, type Fleet } from './helpers/fleet.js';
import { startPostgres, type Postgres } from './helpers/postgres.js';
import { auth, postReport, postUntilKilled, request, startServe, TOKEN } from './helpers/serve.js';

let fleet: Fleet;
let server: Postgres;
let dbCount = 0;

beforeAll(async () => {
  [fleet, server] = await Promise.all([makeFleet(), startPostgres()]);
});

afterAll(() => {
  server?.stop();
});

/** a database of its own for each test */
async function newDatabase(): Promise<string> {
  const name = `t${(dbCount += 1)}`;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return server.url.replace(/\/homeoffice$/, `/${name}`);
}

/** Reports with every case the counting rules distinguish. */
function varied(): Report[] {
  const r = fleet.reports;
  const out: Report[] = [];
  for (let i = 0; i < 60; i += 1) {
    const base = r[i % r.length]!;
    const at = new Date(Date.UTC(2026, 9, 5) + i * 19 * 3_600_000).toISOString();
    const host = i % 7 === 0 ? undefined : [`LT-${i % 9}`, `lt-${i % 9}`, ` Lt-${i % 9} `][i % 3];
    let report = onDevice(base, host, at, i % 2 ? `user-${i}` : undefined);
    if (i % 4 === 0)
      report = withNetwork(report, {
        downloadMbps: 3 + ((i * 37) % 200) / 3,
        uploadMbps: 1 + (i % 13),
        latencyMs: 10 + ((i * 17) % 300),
        jitterMs: i % 40,
        lossPercent: (i % 9) / 3,
        mos: i % 8 === 0 ? null : 2.5 + (i % 19) / 10,
      });
    if (i % 5 === 0) report.organisation = { name: i % 10 === 0 ? 'Eksempel kommune' : 'Legekontoret' };
    out.push(report);
  }
  // two reports of one device at the same time: the tie is broken the same way in both stores
  out.push(onDevice(r[0]!, 'tie-pc', '2026-11-20T08:00:00.000Z'), onDevice(r[3]!, 'TIE-PC', '2026-11-20T08:00:00.000Z'));
  // a version 2 report with its scope
  const v2 = { ...onDevice(r[1]!, 'scoped', '2026-11-21T08:00:00Z'), schemaVersion: 2, score: { ...r[1]!.score, scope: 'machine' } };
  out.push(v2 as unknown as Report);
  return out;
}

describe('PostgreSQL store: the same figures as the file summary', () => {
  it('for the latest per device, every report, and --since, number for number', async () => {
    const url = await newDatabase();
    const db = await PostgresStore.connect(url);
    const folder = new FolderStore(mkdtempSync(join(tmpdir(), 'hoc-pg-folder-')));
    try {
      const reports = varied();
      for (const report of reports) {
        // the v2 report goes through the summary's schema in both (the collector takes what the report schema takes)
        const a = await db.put(report);
        const b = await folder.put(report);
        expect(a).toEqual(b);
      }
      const now = new Date('2026-11-30T12:00:00Z');
      for (const options of [
        {},
        { allReports: true },
        { since: '2026-11-01', staleDays: 7 },
        { since: '2026-11-10T12:00:00Z', allReports: true },
      ] as SummaryOptions[]) {
        for (const lang of ['en', 'nb'] as const) {
          // SQL counts what the reports say (it neither judges them again nor tells replays apart:
          // those counts are null there); the file summary is asked for the same
          const fromSql = await db.summary(lang, { ...options, now });
          const fromFiles = await folder.summary(lang, { ...options, now, judgeAgain: false });
          expect(fromSql.reports.replayed).toBeNull();
          expect(fromFiles.reports.replayed).toBe(0);
          const parsed = FleetSummarySchema.parse(fromSql);
          expect({ ...parsed, reports: { ...parsed.reports, replayed: 0 } }, `${lang} ${JSON.stringify(options)}`).toEqual(fromFiles);
        }
      }
      // the cases are there to be compared
      const s = await db.summary('en', { now });
      expect(s.network.measured).toBeGreaterThan(2);
      expect((await db.summary('en', { now, allReports: true })).network.measured).toBe(
        reports.filter((r) => r.checks.some((c) => c.id === 'network-quality' && typeof c.facts.downloadMbps === 'number')).length,
      );
      expect(s.reports.superseded).toBeGreaterThan(10);
      expect(s.deviceCounts.unidentified).toBeGreaterThan(5);
      expect(s.organisations).toHaveLength(2);
      expect(s.devices.find((d) => d.host === 'scoped')!.scope).toBe('machine');
      expect(s.trend.length).toBeGreaterThan(5);
      expect((await db.put(reports[0]!)).created).toBe(false);
    } finally {
      await db.close();
    }
  });
});

describe('serve --db', () => {
  it('1,000 reports from 50 concurrent clients: every one 201, stored once; retries 200', async () => {
    const url = await newDatabase();
    const store = await PostgresStore.connect(url, 20);
    const collector = createCollector({ store, token: TOKEN, lang: 'en' });
    const port = await collector.listen(0, '127.0.0.1');
    try {
      const variant = (i: number) =>
        onDevice(fleet.reports[i % fleet.reports.length]!, `pc-${i % 300}`, new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString());
      let next = 0;
      const statuses: number[] = [];
      const client = async () => {
        for (let i = next++; i < 1000; i = next++) statuses.push((await postReport(port, variant(i))).status);
      };
      await Promise.all(Array.from({ length: 50 }, client));
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      const retries = await Promise.all(Array.from({ length: 50 }, (_, k) => postReport(port, variant(k * 20))));
      expect(retries.map((r) => r.status)).toEqual(Array(50).fill(200));
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      expect((await check.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM homeoffice_reports')).rows[0]).toEqual({ n: 1000, d: 1000 });
      await check.end();
      const s = FleetSummarySchema.parse(JSON.parse((await request(port, 'GET', '/summary.json', undefined, auth())).body));
      expect(s.reports.valid).toBe(1000);
      expect(s.deviceCounts.identified).toBe(300);
    } finally {
      await collector.close();
    }
  });

  it('kill -9 during ingestion loses no report answered 201', async () => {
    const url = await newDatabase();
    const served = await startServe(['--db', url]);
    expect(served.stderr()).toContain(`storage: PostgreSQL ${url}`);
    const variant = (i: number) => onDevice(fleet.reports[i % fleet.reports.length]!, `pc-${i}`, new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString());
    const { acked } = await postUntilKilled(served, variant);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query<{ id: string; report: Report }>('SELECT id, report FROM homeoffice_reports');
    await check.end();
    const stored = new Map(rows.map((r) => [r.id, r.report]));
    expect(acked.size).toBeGreaterThanOrEqual(150);
    for (const [i, id] of acked) expect(stored.get(id), String(i)).toEqual(variant(i));
  });
});
