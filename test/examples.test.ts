/**
 * The recipes in examples/: the DuckDB recipe is run for real (DuckDB from npm, @duckdb/node-api)
 * on real reports kept as `serve` keeps them, and every figure it gives is compared with
 * `summarize` on the same folder. The Elasticsearch and Splunk files cannot be run here: they are
 * checked for shape only (valid JSON, the ids keyed, nothing flattened), as their READMEs say.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { FolderStore } from '../src/serve/store.js';
import { createSummary } from '../src/report/summarize.js';
import { findReportFiles, readReport } from '../src/summarize.js';
import { makeFleet, onDevice, withNetwork, type Fleet } from './helpers/fleet.js';

let fleet: Fleet;
beforeAll(async () => {
  fleet = await makeFleet();
});

function statements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

const plain = (v: unknown): unknown =>
  typeof v === 'bigint' ? Number(v) : v && typeof v === 'object' && 'items' in (v as object) ? (v as { items: unknown[] }).items.map(plain) : v;

describe('examples/duckdb/fleet.sql', () => {
  it('gives the summary figures: verdicts, score, every item, the devices and the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-duck-'));
    const store = new FolderStore(dir);
    const reports: Report[] = [];
    for (let i = 0; i < 40; i += 1) {
      const base = fleet.reports[i % fleet.reports.length]!;
      let r = onDevice(
        base,
        i % 6 === 0 ? undefined : [`PC-${i % 11}`, `pc-${i % 11}`][i % 2],
        new Date(Date.UTC(2026, 10, 1) + i * 7_200_000).toISOString(),
        `u${i}`,
      );
      if (i % 3 === 0) r = withNetwork(r, { downloadMbps: 5 + i * 1.7, latencyMs: 12 + i * 3 });
      reports.push(r);
    }
    // a tie: one device, one start time
    reports.push(onDevice(fleet.reports[0]!, 'tie', '2026-11-20T08:00:00.000Z'), onDevice(fleet.reports[2]!, 'TIE', '2026-11-20T08:00:00.000Z'));
    for (const r of reports) await store.put(r);
    // the SQL counts what the reports say; summarize also judges each report again from its facts
    // (withNetwork's copies would disagree there): compared with the summary of what they say, read in
    // the order summarize reads the files
    const acc = createSummary('en');
    for (const file of (await findReportFiles([store.reports])).files) {
      const got = readReport(file);
      if ('report' in got) acc.add(got.report);
    }
    const s = acc.finish();

    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(`SET VARIABLE reports = '${join(store.reports, '**', '*.json').replace(/'/g, "''")}'`);
    const results: Array<Array<Record<string, unknown>>> = [];
    for (const sql of statements(readFileSync('examples/duckdb/fleet.sql', 'utf8'))) {
      const reader = await con.runAndReadAll(sql);
      if (/^\s*SELECT/i.test(sql)) results.push(reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))));
    }
    const [totals, items, devices, network] = results as [
      Array<Record<string, unknown>>,
      Array<Record<string, unknown>>,
      Array<Record<string, unknown>>,
      Array<Record<string, unknown>>,
    ];
    expect(totals[0]).toEqual({
      counted: s.reports.counted,
      ready: s.verdicts.ready,
      ready_with_warnings: s.verdicts['ready-with-warnings'],
      not_ready: s.verdicts['not-ready'],
      score_median: s.score.median,
      score_p10: s.score.p10,
    });
    expect(items).toEqual(
      s.items.map((i) => ({
        kind: i.kind,
        id: i.id,
        reports: i.reports,
        pass: i.pass,
        warn: i.warn,
        fail: i.fail,
        unknown: i.unknown,
        skipped: i.skipped,
        unanswered: i.unanswered,
        blocker: i.blocker,
      })),
    );
    expect(devices.map((d) => [d.host, d.user, d.last_report, d.verdict, d.score, d.blockers])).toEqual(
      s.devices.map((d) => [d.host, d.user, d.lastReport, d.verdict, d.score, d.blockers.map((b) => b.id).sort()]),
    );
    const f = s.network.figures;
    expect(network[0]).toEqual({
      measured: f.downloadMbps.count,
      download_median: f.downloadMbps.median,
      download_p10: f.downloadMbps.p10,
      latency_p90: f.latencyMs.p90,
    });
    expect(s.reports.superseded).toBeGreaterThan(5);
  });
});

describe('examples/elasticsearch and examples/splunk (shape only: no server here)', () => {
  it('the index template maps checks and questions keyed by id, and keeps the raw lists unindexed', () => {
    const template = JSON.parse(readFileSync('examples/elasticsearch/index-template.json', 'utf8')) as {
      index_patterns: string[];
      template: { mappings: { dynamic_templates: unknown[]; properties: Record<string, { type?: string; enabled?: boolean }> } };
    };
    const props = template.template.mappings.properties;
    expect(props.check?.type).toBe('object');
    expect(props.question?.type).toBe('object');
    expect(props.raw?.enabled).toBe(false);
    expect(props.checks).toBeUndefined();
    const pipeline = JSON.parse(readFileSync('examples/elasticsearch/ingest-pipeline.json', 'utf8')) as {
      processors: Array<Record<string, { source?: string }>>;
    };
    const script = pipeline.processors.find((p) => p.script)!.script!.source!;
    expect(script).toContain('ctx.check');
    expect(script).toContain("ctx.remove('checks')");
    expect(JSON.parse(readFileSync('examples/elasticsearch/latest-transform.json', 'utf8'))).toHaveProperty('latest.unique_key');
    expect(readFileSync('examples/splunk/fleet.spl', 'utf8')).toMatch(/sort 0 - _time\n\| dedup device_key/);
  });
});
