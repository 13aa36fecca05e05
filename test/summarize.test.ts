/**
 * The fleet summary: the pure computation against counts made independently from real reports,
 * the percentiles against known values, and `homeoffice-check summarize` through the built CLI in
 * every format, with broken files among the reports.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { figure, FleetSummarySchema, histogram, percentile, summarize } from '../src/report/summarize.js';
import { escapeHtml, renderSummaryHtml } from '../src/report/summary-html.js';
import { fit, renderSummaryCsv, renderSummaryTable } from '../src/report/summary-text.js';
import { runCli } from './helpers/cli.js';
import { makeFleet, withNetwork, type Fleet } from './helpers/fleet.js';

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
      for (const st of ['pass', 'warn', 'fail', 'unknown', 'skipped'] as const) expect(item[st], `${item.id} ${st}`).toBe(results.filter((x) => x.status === st).length);
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
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(text).toContain(lang === 'nb' ? 'Resultat' : 'Verdicts');
    }
    expect(fit('abcdef', 4)).toBe('abc…');
  });

  it('csv: BOM, CRLF, the delimiter and decimal mark Excel expects, quoting, and no formula', () => {
    const measured = withNetwork(fleet.reports[0]!, { downloadMbps: 12.5, latencyMs: 20 });
    const s = summarize([hostile(fleet.reports[0]!, 'nb'), ...fleet.reports, measured], 'nb');
    const nb = renderSummaryCsv(s);
    expect(nb.startsWith('\uFEFFsection;kind;id;title;')).toBe(true);
    expect(nb.endsWith('\r\n')).toBe(true);
    expect(nb.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(nb).toMatch(/\r\nnetwork;;downloadMbps;Nedlasting \(Mbit\/s\);1;;;;;;;;;;;12,5;12,5;12,5;\r\n/);
    // the formula is plain text: quoted, because of the ; and the quotes, and led by an apostrophe
    expect(nb).toContain(`;"'=HYPERLINK(""http://example.invalid"",""klikk""); ærlig";`);
    const en = renderSummaryCsv(summarize([...fleet.reports, measured], 'en'));
    expect(en).toMatch(/\r\nnetwork,,downloadMbps,Download \(Mbit\/s\),1,,,,,,,,,,,12\.5,12\.5,12\.5,\r\n/);
    // quoted cells may hold the delimiter; outside them every line has the same number of cells
    const columns = (line: string, d: string) => line.replace(/"(?:[^"]|"")*"/g, '').split(d).length;
    for (const [text, d] of [[en, ','], [nb, ';']] as const) {
      const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(new Set(lines.map((l) => columns(l, d)))).toEqual(new Set([19]));
    }
  });

  it('html: every string from a report is escaped; no script, no external reference', () => {
    const html = renderSummaryHtml(summarize([hostile(fleet.reports[0]!, 'en'), ...fleet.reports], 'en', [{ file: '<b>evil</b>.json', reason: '"quoted"' }]));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(escapeHtml('<script>document.title="owned"</script>'));
    expect(html).toContain('&lt;b&gt;evil&lt;/b&gt;.json');
    // nothing to fetch: no src= or href= at all, and a policy that forbids it anyway
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(50);
    expect(tags.filter((tag) => /\s(src|href|srcset|action|onerror|onload)\s*=/i.test(tag))).toEqual([]);
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
    expect(table.stdout).toContain(`${fleet.files.length} rapport(er) lest, 0 fil(er) kunne ikke brukes.`);
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
    expect(none.stderr).toMatch(/^homeoffice-check: summarize: no valid report among 1 file\(s\) \(.*a\.json: not a valid report: schemaVersion/);
    expect((await runCli(['summarize'])).code).toBe(2);
    const format = await runCli(['summarize', fleet.dir, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of table, csv, json, html/);
    expect((await runCli(['summarize', fleet.dir, '--offline'])).stderr).toMatch(/unknown option '--offline'/);
  });

  it('summarize --help tells its own options', async () => {
    const run = await runCli(['summarize', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--format table\|csv\|json\|html/);
    expect(run.stdout).toContain('--delimiter');
  });

  it('schema summary prints the JSON Schema of the summary', async () => {
    const run = await runCli(['schema', 'summary']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['verdicts', 'items', 'byOs', 'network', 'broken']));
  });
});
