/**
 * The fleet summary: the pure computation against counts made independently from real reports,
 * the percentiles against known values, each device counted once (its latest report) against a
 * plain statement of the rule, and `homeoffice-check summarize` through the built CLI in every
 * format, with broken files among the reports.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { figure, FleetSummarySchema, histogram, percentile, summarize, type FleetSummary } from '../src/report/summarize.js';
import { escapeHtml, renderSummaryHtml } from '../src/report/summary-html.js';
import { fit, renderSummaryCsv, renderSummaryTable } from '../src/report/summary-text.js';
import { loadPolicySource } from '../src/input.js';
import { policyBook } from '../src/rederive.js';
import { summarizeFiles } from '../src/summarize.js';
import { runCli } from './helpers/cli.js';
import { makeFleet, makeIdentifiedReports, onDevice, withNetwork, type Fleet } from './helpers/fleet.js';

let fleet: Fleet;
beforeAll(async () => {
  fleet = await makeFleet();
});

const chars = (s: string) => [...s].length;

describe('percentiles and bins', () => {
  it('interpolates as PERCENTILE.INC', () => {
    const ten = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentile(ten, 0.5)).toBe(5.5);
    expect(percentile(ten, 0.1)).toBeCloseTo(1.9, 10);
    expect(percentile(ten, 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile(Float64Array.from([7]), 0.1)).toBe(7);
    expect(percentile(new Float64Array(), 0.5)).toBeNull();
    // the worse tail depends on the direction of the figure
    expect(figure([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], true)).toEqual({ count: 10, median: 5.5, p10: 1.9, p90: 9.1, worst: 1.9 });
    expect(figure([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], false).worst).toBe(9.1);
  });

  it('percentiles lie within the values and keep their order; every value lands in one bin', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const p10 = percentile(sorted, 0.1)!;
        const p50 = percentile(sorted, 0.5)!;
        const p90 = percentile(sorted, 0.9)!;
        expect(sorted[0]! <= p10 && p10 <= p50 && p50 <= p90 && p90 <= sorted[sorted.length - 1]!).toBe(true);
        const bins = histogram(values, [1, 10, 100]);
        expect(bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
        expect(bins[0]!.count).toBe(values.filter((v) => v < 1).length);
        expect(bins[3]!.count).toBe(values.filter((v) => v >= 100).length);
      }),
    );
  });
});

describe('summarize (pure)', () => {
  it('counts verdicts, items, blockers and operating systems as the reports say', () => {
    const { reports } = fleet;
    const s = summarize(reports, 'en');
    expect(s.reports.valid).toBe(reports.length);
    for (const v of ['ready', 'ready-with-warnings', 'not-ready'] as const) expect(s.verdicts[v], v).toBe(reports.filter((r) => r.score.verdict === v).length);
    // variety: three operating systems, at least two verdicts, some blockers from the answers
    expect(new Set(s.byOs.map((o) => o.os))).toEqual(new Set(['linux', 'darwin', 'win32']));
    expect(Object.values(s.verdicts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(s.blockers.length).toBeGreaterThan(0);
    for (const item of s.items) {
      const results = reports.flatMap((r) => (item.kind === 'check' ? r.checks : r.questions).filter((x) => x.id === item.id));
      for (const st of ['pass', 'warn', 'fail', 'unknown', 'skipped'] as const)
        expect(item[st], `${item.id} ${st}`).toBe(results.filter((x) => x.status === st).length);
      expect(item.blocker).toBe(reports.filter((r) => r.score.blockers.includes(item.id)).length);
    }
    for (const b of s.blockers) expect(b.count).toBe(reports.filter((r) => r.score.blockers.includes(b.id)).length);
    for (const os of s.byOs) expect(os.reports).toBe(reports.filter((r) => r.platform.os === os.os).length);
    // the most frequent failures come first
    const fails = s.items.map((i) => i.fail);
    expect(fails).toEqual([...fails].sort((a, b) => b - a));
    expect(FleetSummarySchema.parse(s)).toEqual(s);
  });

  it('takes network figures from the network check of reports that measured, with the worse tail per figure', () => {
    const base = fleet.reports[0]!;
    const measured = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) =>
      withNetwork(base, { downloadMbps: k * 10, uploadMbps: k, latencyMs: k * 20, jitterMs: k, lossPercent: k / 10, mos: k === 10 ? null : 3 + k / 10 }),
    );
    const s = summarize([...fleet.reports, ...measured], 'en');
    expect(s.network.measured).toBe(10);
    expect(s.network.figures.downloadMbps).toEqual({ count: 10, median: 55, p10: 19, p90: 91, worst: 19 });
    expect(s.network.figures.latencyMs).toMatchObject({ median: 110, worst: 182 });
    expect(s.network.figures.lossPercent.worst).toBe(0.91);
    // a missing figure is left out, not counted as zero
    expect(s.network.figures.mos).toMatchObject({ count: 9, median: 3.5 });
    expect(s.network.bins.downloadMbps.map((b) => b.count)).toEqual([0, 0, 0, 0, 2, 7, 1]);
  });

  it('prefers titles in the language of the summary', () => {
    const nb = fleet.reports.find((r) => r.lang === 'nb')!;
    const en = fleet.reports.find((r) => r.lang === 'en')!;
    const title = (s: ReturnType<typeof summarize>) => s.items.find((i) => i.id === 'firewall')!.title;
    expect(title(summarize([en, nb], 'nb'))).toBe(nb.checks.find((c) => c.id === 'firewall')!.title);
    expect(title(summarize([nb, en], 'en'))).toBe(en.checks.find((c) => c.id === 'firewall')!.title);
  });
});

/** a real report whose texts are hostile: markup, a formula, terminal escapes */
function hostile(report: Report, lang: Report['lang']): Report {
  const copy = structuredClone(report);
  copy.lang = lang;
  copy.checks[0]!.title = '<script>document.title="owned"</script><img src=x onerror=alert(1)>';
  copy.checks[0]!.status = 'fail';
  copy.checks[1]!.title = '=HYPERLINK("http://example.invalid","klikk"); ærlig';
  copy.checks[1]!.status = 'fail';
  copy.checks[2]!.title = '\u001b[2J\u001b]0;pwned\u0007Bell';
  copy.checks[2]!.status = 'fail';
  return copy;
}

describe('renderings', () => {
  it('table: fits 80 columns in both languages and lets no control character through', () => {
    for (const lang of ['en', 'nb'] as const) {
      const s = summarize([hostile(fleet.reports[0]!, lang), ...fleet.reports], lang, [{ file: `${'x'.repeat(120)}.json`, reason: 'not valid JSON' }]);
      const text = renderSummaryTable(s);
      for (const line of text.split('\n')) expect(chars(line), line).toBeLessThanOrEqual(80);

      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(text).toContain(lang === 'nb' ? 'Resultat' : 'Verdicts');
    }
    expect(fit('abcdef', 4)).toBe('abc…');
  });

  it('csv: BOM, CRLF, the delimiter and decimal mark Excel expects, quoting, and no formula', () => {
    const measured = withNetwork(fleet.reports[0]!, { downloadMbps: 12.5, latencyMs: 20 });
    const s = summarize([hostile(fleet.reports[0]!, 'nb'), ...fleet.reports, measured], 'nb');
    const nb = renderSummaryCsv(s);
    expect(nb.startsWith('\uFEFFseksjon;type;id;tittel;')).toBe(true);
    expect(nb.endsWith('\r\n')).toBe(true);
    expect(nb.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(nb).toMatch(/\r\nnetwork;;downloadMbps;Nedlasting \(Mbit\/s\);1;;;;;;;;;;;12,5;12,5;12,5;\r\n/);
    // the formula is plain text: quoted, because of the ; and the quotes, and led by an apostrophe
    expect(nb).toContain(`;"'=HYPERLINK(""http://example.invalid"",""klikk""); ærlig";`);
    const en = renderSummaryCsv(summarize([...fleet.reports, measured], 'en'));
    expect(en).toMatch(/\r\nnetwork,,downloadMbps,Download \(Mbit\/s\),1,,,,,,,,,,,12\.5,12\.5,12\.5,\r\n/);
    // quoted cells may hold the delimiter; outside them every line has the same number of cells
    const columns = (line: string, d: string) => line.replace(/"(?:[^"]|"")*"/g, '').split(d).length;
    for (const [text, d] of [
      [en, ','],
      [nb, ';'],
    ] as const) {
      const lines = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(new Set(lines.map((l) => columns(l, d)))).toEqual(new Set([19]));
    }
  });

  it('html: every string from a report is escaped; only its own script, allowed by hash; no external reference', () => {
    const html = renderSummaryHtml(summarize([hostile(fleet.reports[0]!, 'en'), ...fleet.reports], 'en', [{ file: '<b>evil</b>.json', reason: '"quoted"' }]));
    // one script element: the page's own, whose hash is the only script the policy allows
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(escapeHtml('<script>document.title="owned"</script>'));
    expect(html).toContain('&lt;b&gt;evil&lt;/b&gt;.json');
    // nothing to fetch: no src= or href= at all, and a policy that forbids it anyway
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(50);
    // links only within the page (#anchors); nothing else that loads or runs
    expect(tags.filter((tag) => /\s(src|srcset|action|on[a-z]+)\s*=/i.test(tag))).toEqual([]);
    const hrefs = tags.flatMap((tag) => [...tag.matchAll(/\shref="([^"]*)"/gi)].map((m) => m[1]!));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !/^#[a-z0-9._-]+$/.test(h))).toEqual([]);
    expect(html).toContain(`default-src 'none'`);
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});

describe('summarize through the CLI', () => {
  it('reads folders recursively, lists broken files with a reason, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-sum-'));
    for (const f of fleet.files) copyFileSync(f, join(dir, f.slice(fleet.dir.length + 1).replaceAll('/', '_')));
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'truncated.json'), readFileSync(fleet.files[0]!, 'utf8').slice(0, 200));
    writeFileSync(join(dir, 'more', 'bundle.json'), readFileSync('test/fixtures/bundles/linux-firewall-none.json'));
    writeFileSync(join(dir, 'more', 'notes.txt'), 'not a report and not *.json');
    writeFileSync(join(dir, 'more', 'huge.json'), Buffer.alloc(5 * 1024 * 1024, 0x20));
    const run = await runCli(['summarize', dir, join(dir, 'missing.json'), '--format', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(s.reports.valid).toBe(fleet.files.length);
    expect(s.broken.map((b) => b.file.slice(dir.length + 1)).sort()).toEqual(['missing.json', 'more/bundle.json', 'more/huge.json', 'more/truncated.json']);
    expect(s.broken.find((b) => b.file.endsWith('huge.json'))!.reason).toMatch(/^larger than 4 MiB/);
    expect(s.broken.find((b) => b.file.endsWith('truncated.json'))!.reason).toMatch(/^not valid JSON/);
    expect(s.broken.find((b) => b.file.endsWith('bundle.json'))!.reason).toMatch(/^not a valid report: /);
    expect(s.broken.find((b) => b.file.endsWith('missing.json'))!.reason).toBe('no such file');
    // the same numbers as the pure function over the same reports
    const pure = summarize(fleet.reports, 'en');
    expect(s.verdicts).toEqual(pure.verdicts);
    expect(s.items).toEqual(pure.items);
  });

  it('table by default, csv and html to a file with -o', async () => {
    const table = await runCli(['summarize', fleet.dir, '--lang', 'nb']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Hjemmekontorsjekk: samlet oversikt');
    expect(table.stdout).toContain(`${fleet.files.length} rapporter lest, 0 filer kunne ikke brukes.`);
    const out = mkdtempSync(join(tmpdir(), 'hoc-sum-out-'));
    const csv = await runCli(['summarize', fleet.dir, '--format', 'csv', '--lang', 'en', '--delimiter', ';', '-o', join(out, 's.csv')]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    expect(readFileSync(join(out, 's.csv'), 'utf8')).toMatch(/^\uFEFFsection;kind;id;title;/);
    const html = await runCli(['summarize', ...fleet.files, '--format', 'html', '-o', join(out, 's.html')]);
    expect(html.code).toBe(0);
    expect(readFileSync(join(out, 's.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('exits 2 when no file is a valid report, and on wrong options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-sum-bad-'));
    writeFileSync(join(dir, 'a.json'), '{}');
    const none = await runCli(['summarize', dir, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^homeoffice-check: summarize: no valid report among 1 file \(.*a\.json: not a valid report: schemaVersion/);
    expect((await runCli(['summarize'])).code).toBe(2);
    const format = await runCli(['summarize', fleet.dir, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of table, csv, json, html/);
    expect((await runCli(['summarize', fleet.dir, '--offline'])).stderr).toMatch(/unknown option '--offline'/);
  });

  it('summarize --help tells its own options', async () => {
    const run = await runCli(['summarize', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--format FORMAT +table \(default\)/);
    expect(run.stdout).toMatch(/devices-csv for one row per device/);
    expect(run.stdout).toContain('--since DATE');
    expect(run.stdout).toContain('--stale-days N');
    expect(run.stdout).toContain('--delimiter');
  });

  it('schema summary prints the JSON Schema of the summary', async () => {
    const run = await runCli(['schema', 'summary']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['verdicts', 'items', 'byOs', 'network', 'broken', 'devices', 'trend', 'generatedAt', 'organisation']),
    );
  });
});

/**
 * The rule, said plainly: a report with a host name counts unless another report of the same host
 * (case and surrounding space aside) started later, or at the same time and came after it.
 */
function countedByRule(reports: Report[]): Report[] {
  const host = (r: Report) => r.device?.hostname?.trim().toLowerCase() || null;
  return reports.filter((r, i) => {
    const h = host(r);
    if (h === null) return true;
    const at = Date.parse(r.startedAt);
    return !reports.some((o, j) => j !== i && host(o) === h && (Date.parse(o.startedAt) > at || (Date.parse(o.startedAt) === at && j > i)));
  });
}

/** the figures, without titles (a title may come from any report read, in the summary's language) */
function figures(s: FleetSummary) {
  return {
    verdicts: s.verdicts,
    score: s.score,
    scoreBins: s.scoreBins,
    blockers: s.blockers.map(({ title: _, ...b }) => b),
    items: s.items.map(({ title: _, ...i }) => i),
    byOs: s.byOs,
    network: s.network,
  };
}

describe('each device counted once', () => {
  const verdictOf = (v: Report['score']['verdict']) => fleet.reports.find((r) => r.score.verdict === v)!;

  it('one host name in any case is one device, and its latest report counts, whatever the order', () => {
    const older = onDevice(verdictOf('not-ready'), 'LAPTOP-OSL-07', '2026-11-03T08:30:00+02:00');
    // 07:00 UTC is later than 08:30 at +02:00, although the text reads earlier
    const newer = onDevice(verdictOf('ready-with-warnings'), ' laptop-osl-07 ', '2026-11-03T07:00:00Z');
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const s = summarize(order, 'en');
      expect(s.reports).toMatchObject({ valid: 2, counted: 1, superseded: 1, counting: 'latest-per-device' });
      expect(s.deviceCounts).toMatchObject({ identified: 1, unidentified: 0 });
      expect(s.verdicts).toEqual({ ready: 0, 'ready-with-warnings': 1, 'not-ready': 0 });
      expect(figures(s)).toEqual(figures(summarize([newer], 'en')));
      // the period still covers every report read
      expect([s.reports.first, s.reports.last]).toEqual(['2026-11-03T08:30:00+02:00', '2026-11-03T07:00:00Z']);
      expect(FleetSummarySchema.parse(s)).toEqual(s);
    }
  });

  it('on the same startedAt the report that comes later counts', () => {
    const at = '2026-11-04T09:00:00.000Z';
    const a = onDevice(verdictOf('not-ready'), 'pc-1', at);
    const b = onDevice(verdictOf('ready-with-warnings'), 'PC-1', at);
    expect(summarize([a, b], 'en').verdicts['ready-with-warnings']).toBe(1);
    expect(summarize([b, a], 'en').verdicts['not-ready']).toBe(1);
  });

  it('the user name is not part of the key: a shared PC is one machine', () => {
    const s = summarize(
      [onDevice(fleet.reports[0]!, 'shared-pc', '2026-11-01T08:00:00Z', 'kari'), onDevice(fleet.reports[1]!, 'shared-pc', '2026-11-02T08:00:00Z', 'ola')],
      'en',
    );
    expect(s.reports.counted).toBe(1);
    expect(s.deviceCounts.identified).toBe(1);
  });

  it('reports without a host name cannot be matched: each is counted and told apart', () => {
    const blank = [onDevice(fleet.reports[0]!, undefined, '2026-11-01T08:00:00Z', 'kari'), onDevice(fleet.reports[1]!, '  ', '2026-11-01T08:00:00Z')];
    const s = summarize([...fleet.reports, ...blank, onDevice(fleet.reports[2]!, 'pc-9', '2026-11-01T08:00:00Z')], 'en');
    expect(s.reports).toMatchObject({ valid: fleet.reports.length + 3, counted: fleet.reports.length + 3, superseded: 0 });
    expect(s.deviceCounts).toMatchObject({ identified: 1, unidentified: fleet.reports.length + 2 });
  });

  it('an item found only in an older report of a device is not listed', () => {
    const older = onDevice(fleet.reports[0]!, 'pc-2', '2026-11-01T08:00:00Z');
    older.checks[0]!.id = 'retired-check';
    const s = summarize([older, onDevice(fleet.reports[0]!, 'pc-2', '2026-11-02T08:00:00Z')], 'en');
    expect(s.items.map((i) => i.id)).not.toContain('retired-check');
    expect(s.items.every((i) => i.reports === 1)).toBe(true);
  });

  it('all reports: every report counted, the devices still told', () => {
    const reports = [
      onDevice(verdictOf('not-ready'), 'pc-3', '2026-11-01T08:00:00Z'),
      onDevice(verdictOf('ready-with-warnings'), 'PC-3', '2026-11-02T08:00:00Z'),
      fleet.reports[0]!,
    ];
    const s = summarize(reports, 'en', [], { allReports: true });
    expect(s.reports).toMatchObject({ valid: 3, counted: 3, superseded: 0, counting: 'every-report' });
    expect(s.deviceCounts).toMatchObject({ identified: 1, unidentified: 1 });
    expect(figures(s)).toEqual(
      figures(
        summarize(
          reports.map((r) => ({ ...r, device: undefined })),
          'en',
        ),
      ),
    );
  });

  it('counts exactly the reports the rule names, for any hosts, times and order', () => {
    const hosts = ['PC-1', 'pc-1', ' Pc-1', 'mac-2', 'MAC-2', 'laptop-3', '', undefined];
    const times = ['2026-11-01T08:00:00Z', '2026-11-01T10:00:00+02:00', '2026-11-02T08:00:00Z'];
    const entry = fc.record({
      base: fc.nat({ max: fleet.reports.length - 1 }),
      host: fc.constantFrom(...hosts),
      at: fc.constantFrom(...times),
      user: fc.option(fc.constantFrom('kari', 'ola'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 25 }), (entries) => {
        const reports = entries.map((e) => onDevice(fleet.reports[e.base]!, e.host, e.at, e.user));
        const counted = countedByRule(reports);
        const s = summarize(reports, 'en');
        expect(figures(s)).toEqual(figures(summarize(counted, 'en', [], { allReports: true })));
        expect(s.reports.counted).toBe(counted.length);
        expect(s.reports.superseded).toBe(reports.length - counted.length);
        expect(s.deviceCounts.unidentified).toBe(reports.filter((r) => !r.device?.hostname?.trim()).length);
        expect(s.deviceCounts.identified).toBe(new Set(reports.map((r) => r.device?.hostname?.trim().toLowerCase()).filter(Boolean)).size);
        expect(s.reports.counted).toBe(s.verdicts.ready + s.verdicts['ready-with-warnings'] + s.verdicts['not-ready']);
        // and each item counted from the reports the rule names, without the accumulator
        for (const item of s.items) {
          const results = counted.map((r) => (item.kind === 'check' ? r.checks : r.questions).find((x) => x.id === item.id)).filter((x) => x !== undefined);
          expect(item.reports).toBe(results.length);
          for (const st of ['pass', 'warn', 'fail', 'unknown', 'skipped'] as const) expect(item[st]).toBe(results.filter((x) => x.status === st).length);
          expect(item.unanswered).toBe(results.filter((x) => 'answer' in x && x.answer === null).length);
          expect(item.blocker).toBe(counted.filter((r) => r.score.blockers.includes(item.id)).length);
        }
      }),
    );
  });

  it('table, csv and html tell how the reports were counted, in both languages', () => {
    const reports = [
      onDevice(verdictOf('not-ready'), 'pc-4', '2026-11-01T08:00:00Z'),
      onDevice(verdictOf('ready-with-warnings'), 'pc-4', '2026-11-02T08:00:00Z'),
      onDevice(verdictOf('not-ready'), 'pc-5', '2026-11-02T08:00:00Z'),
      fleet.reports[0]!,
    ];
    const en = summarize(reports, 'en');
    const table = renderSummaryTable(en);
    for (const line of table.split('\n')) expect(chars(line), line).toBeLessThanOrEqual(80);
    const flat = table.replace(/\s+/g, ' ');
    expect(flat).toContain('Counted: 3 reports, the latest from each of 2 devices known by host name; 1 older report from the same devices left out.');
    expect(flat).toContain('1 report carries no host name: it cannot be matched to a device, and each is counted.');
    // shares are of the reports counted: 1 of 3 not ready... and 2 of 3 here
    expect(table).toMatch(/Not ready.* 2 +66[.,]7 %/);
    const nb = renderSummaryTable(summarize(reports, 'nb')).replace(/\s+/g, ' ');
    expect(nb).toContain('Telt med: 3 rapporter, den nyeste fra hver av 2 enheter kjent ved vertsnavn; 1 eldre rapport fra de samme enhetene er utelatt.');
    expect(nb).toContain('1 rapport har ikke vertsnavn');
    expect(renderSummaryTable(summarize(reports, 'en', [], { allReports: true })).replace(/\s+/g, ' ')).toContain(
      'Counted: all 4 reports, older ones from the same device too (--all-reports); 2 devices known by host name.',
    );

    const csv = renderSummaryCsv(en);
    for (const row of [
      'reports,,valid,Valid reports read,4,',
      'reports,,counted,Reports counted,3,',
      'reports,,superseded,"Older reports of the same device, not counted",1,',
      'reports,,broken,Files that could not be used,0,',
      'devices,,identified,Devices known by host name,2,',
      'devices,,unidentified,Reports without a host name,1,',
    ]) {
      expect(csv).toContain(`\r\n${row}`);
    }
    // the total row sums: its reports are the ones counted
    expect(csv).toContain('\r\ntotal,,,Home office checks: fleet summary,3,');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(new Set(lines.map((l) => l.replace(/"(?:[^"]|"")*"/g, '').split(',').length))).toEqual(new Set([19]));
    expect(renderSummaryCsv(summarize(reports, 'nb'))).toContain('\r\nreports;;counted;Rapporter telt med;3;');

    const html = renderSummaryHtml(en);
    expect(html).toMatch(/<p class="meta" id="counting">Counted: 3 reports, the latest from each of 2 devices[^<]*1 report carries no host name[^<]*<\/p>/);
    expect(renderSummaryHtml(summarize(reports, 'nb'))).toContain('id="counting">Telt med: 3 rapporter');
    expect(html).toContain('Not ready · 66.7 %');
    // without host names and without the flag, the line only says the reports could not be matched
    expect(renderSummaryHtml(summarize(fleet.reports, 'en'))).toContain(`id="counting">${fleet.reports.length} reports carry no host name`);
  });
});

describe('each device counted once, through the CLI', () => {
  it('reads reports that carry the host name, counts each device once, and lists a broken file once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-sum-dev-'));
    const made = await makeIdentifiedReports(dir, ['live-1', 'live-2'], ['win32-firewall-all-off', 'win32-disk-encryption-bitlocker-shell-on']);
    const live1 = made['live-1']!.report;
    const live2 = made['live-2']!.report;
    // the policy asked for them: live runs carry this machine's names, replays none (the bundle has none)
    expect(live1.device?.hostname).toBeTruthy();
    // the user name too, unless run as root with nobody at the screen (as here in CI): then no name, never root's
    if (process.getuid?.() === 0) expect(live1.device?.username).not.toBe('root');
    else expect(live1.device?.username).toBeTruthy();
    expect(made['win32-firewall-all-off']!.report.device).toEqual({});
    expect(Date.parse(live2.startedAt)).toBeGreaterThan(Date.parse(live1.startedAt));
    // two Windows laptops: the same host name written two ways, the older of its reports the firewall one
    const reports = join(dir, 'reports');
    mkdirSync(join(reports, 'day-2'), { recursive: true });
    const older = onDevice(made['win32-firewall-all-off']!.report, 'OSL-LT-0042', '2026-11-02T07:00:00Z');
    const newer = onDevice(made['win32-disk-encryption-bitlocker-shell-on']!.report, 'osl-lt-0042', '2026-11-03T07:00:00Z');
    writeFileSync(join(reports, 'day-2', 'osl-lt-0042.json'), JSON.stringify(newer));
    writeFileSync(join(reports, 'osl-lt-0042-old.json'), JSON.stringify(older));
    copyFileSync(made['live-1']!.file, join(reports, 'live-1.json'));
    copyFileSync(made['live-2']!.file, join(reports, 'live-2.json'));
    copyFileSync(fleet.files[0]!, join(reports, 'keyless.json'));
    writeFileSync(join(reports, 'broken.json'), '{"schemaVersion": 1');

    const policy = ['--policy', join(dir, 'policy-identified.json')];
    const run = await runCli(['summarize', reports, ...policy, '--format', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(s.reports).toMatchObject({ valid: 5, broken: 1, counted: 3, superseded: 2, counting: 'latest-per-device' });
    expect(s.deviceCounts).toMatchObject({ identified: 2, unidentified: 1 });
    expect(s.broken).toEqual([{ file: join(reports, 'broken.json'), reason: expect.stringMatching(/^not valid JSON/) }]);
    const keyless = fleet.reports[0]!;
    expect(figures(s)).toEqual(figures(summarize([live2, newer, keyless], 'en', [], { allReports: true })));
    // the firewall check of the older Windows report is off, and is not counted
    expect(older.checks.find((c) => c.id === 'firewall')!.status).toBe('fail');
    const firewall = s.items.find((i) => i.id === 'firewall')!;
    expect(firewall.fail).toBe([live2, newer, keyless].filter((r) => r.checks.find((c) => c.id === 'firewall')?.status === 'fail').length);
    expect(s.byOs.find((o) => o.os === 'win32')!.reports).toBe(1);

    // the same through the function the command uses
    const direct = await summarizeFiles([reports], 'en', { policies: policyBook([await loadPolicySource(policy[1])]) });
    expect(direct.broken).toHaveLength(1);
    expect(figures(direct)).toEqual(figures(s));

    const all = FleetSummarySchema.parse(
      JSON.parse((await runCli(['summarize', reports, ...policy, '--all-reports', '--format', 'json', '--lang', 'en'])).stdout),
    );
    expect(all.reports).toMatchObject({ valid: 5, counted: 5, superseded: 0, counting: 'every-report' });
    expect(all.deviceCounts).toMatchObject({ identified: 2, unidentified: 1 });
    expect(all.broken).toHaveLength(1);
    expect(figures(all)).toEqual(figures(summarize([live1, live2, older, newer, keyless], 'en', [], { allReports: true })));

    const table = await runCli(['summarize', reports, ...policy, '--lang', 'nb']);
    expect(table.code).toBe(0);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('Telt med: 3 rapporter, den nyeste fra hver av 2 enheter kjent ved vertsnavn; 2 eldre rapporter');
  });

  it('on the same startedAt the file named later counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-sum-tie-'));
    const at = '2026-11-05T08:00:00Z';
    const ready = fleet.reports.find((r) => r.score.verdict !== 'not-ready')!;
    const notReady = fleet.reports.find((r) => r.score.verdict === 'not-ready')!;
    writeFileSync(join(dir, 'a.json'), JSON.stringify(onDevice(ready, 'pc-6', at)));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(onDevice(notReady, 'PC-6', at)));
    const verdicts = async (...files: string[]) =>
      FleetSummarySchema.parse(JSON.parse((await runCli(['summarize', ...files.map((f) => join(dir, f)), '--format', 'json'])).stdout)).verdicts;
    expect((await verdicts('a.json', 'b.json'))['not-ready']).toBe(1);
    expect((await verdicts('b.json', 'a.json'))[ready.score.verdict]).toBe(1);
    // a folder is read in name order
    expect((await verdicts('.'))['not-ready']).toBe(1);
  });

  it('summarize --help tells of --all-reports', async () => {
    const run = await runCli(['summarize', '--help']);
    expect(run.stdout).toMatch(/--all-reports +count every report, older ones of the same device too/);
    const schema = JSON.parse((await runCli(['schema', 'summary'])).stdout) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.reports!.properties!)).toEqual(expect.arrayContaining(['valid', 'counted', 'superseded', 'counting']));
    expect(Object.keys(schema.properties.deviceCounts!.properties!)).toEqual(['identified', 'unidentified', 'stale']);
  });
});
