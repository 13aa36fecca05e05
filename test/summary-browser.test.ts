/**
 * The HTML fleet summary in a real browser (Debian's Chromium, headless, driven by playwright-core):
 * it renders, shows the counts, and fetches nothing: no request but the page itself, even when a
 * report's texts carry markup that would load something from a server this test starts on
 * 127.0.0.1 and watches.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/schema.js';
import { runCli } from './helpers/cli.js';
import { makeFleet, onDevice, withNetwork, type Fleet } from './helpers/fleet.js';

const CHROMIUM = '/usr/bin/chromium';

let fleet: Fleet;
let browser: Browser;
let watcher: http.Server;
const hits: string[] = [];
let origin = '';

beforeAll(async () => {
  watcher = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('seen');
  });
  await new Promise<void>((resolve) => watcher.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(watcher.address() as AddressInfo).port}`;
  fleet = await makeFleet();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    // a fresh profile is made for each launch; nothing of Chromium's own may go out either
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => watcher.close(() => resolve()));
});

describe('the HTML summary in headless Chromium', () => {
  it('renders the counts and charts and makes no network request, even with hostile report texts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-html-'));
    for (const f of fleet.files) copyFileSync(f, join(dir, basename(f)));
    // real reports, two with network figures and one whose texts try to load things from the watcher
    const base = fleet.reports.find((r) => r.lang === 'en')!;
    writeFileSync(
      join(dir, 'net-1.json'),
      JSON.stringify(withNetwork(base, { downloadMbps: 50, uploadMbps: 10, latencyMs: 20, jitterMs: 2, lossPercent: 0, mos: 4.4 })),
    );
    writeFileSync(
      join(dir, 'net-2.json'),
      JSON.stringify(withNetwork(base, { downloadMbps: 5, uploadMbps: 1, latencyMs: 120, jitterMs: 40, lossPercent: 2, mos: 3.1 })),
    );
    const evil = structuredClone(base);
    // ids of their own, so that these titles are the ones the summary shows
    evil.checks[0]!.id = 'hostile-one';
    evil.checks[1]!.id = 'hostile-two';
    evil.questions[0]!.id = 'hostile-question';
    evil.checks[0]!.title = `<img src="${origin}/img"><script src="${origin}/script"></script><script>document.title='owned'</script>`;
    evil.checks[0]!.status = 'fail';
    evil.checks[1]!.title = `<link rel="stylesheet" href="${origin}/css"><style>@import url(${origin}/import);</style><iframe src="${origin}/frame"></iframe>`;
    evil.checks[1]!.status = 'fail';
    evil.questions[0]!.title = `" onmouseover="fetch('${origin}/attr')" x="`;
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(ReportSchema.parse(evil)));
    writeFileSync(join(dir, 'broken.json'), `{"title": "<img src=${origin}/broken>"`);

    const file = join(dir, 'summary.html');
    const run = await runCli(['summarize', dir, '--format', 'html', '--lang', 'en', '-o', file]);
    expect(run.code).toBe(0);
    const expected = JSON.parse((await runCli(['summarize', dir, '--format', 'json', '--lang', 'en'])).stdout) as {
      verdicts: Record<string, number>;
      reports: { valid: number };
    };
    expect(expected.reports.valid).toBe(fleet.files.length + 3);

    const context = await browser.newContext({ javaScriptEnabled: true });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);

    expect(requests).toEqual([url]);
    expect(hits).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe('Home office checks: fleet summary');
    for (const v of ['ready', 'ready-with-warnings', 'not-ready']) {
      expect(await page.textContent(`#count-${v}`), v).toBe(String(expected.verdicts[v]));
    }
    expect(await page.textContent('#reports')).toBe(`${expected.reports.valid} reports read, 1 file could not be used.`);
    // these reports carry no host name: each is counted, and the page says so
    expect(await page.textContent('#counting')).toBe(
      `${expected.reports.valid} reports carry no host name: they cannot be matched to a device, and each is counted.`,
    );
    // the hostile texts are shown as text, and made no element
    expect(await page.locator('img, iframe, link, [onmouseover]').count()).toBe(0);
    // the one script is the page's own (inline, allowed by its hash)
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('script[src]').count()).toBe(0);
    const shown = await page.textContent('#shortfalls');
    expect(shown).toContain(`<img src="${origin}/img"><script src="${origin}/script"></script>`);
    expect(shown).toContain(`" onmouseover="fetch('${origin}/attr')" x="`);
    // charts are drawn: the verdict bar, the score histogram, the network histograms
    const sizes = await page.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => r.width * r.height));
    expect(sizes.length).toBeGreaterThanOrEqual(9);
    expect(sizes.every((a) => a > 1000)).toBe(true);
    expect(await page.locator('#network svg rect').count()).toBeGreaterThan(0);
    await context.close();
    // the page is one file: its size for the record
    expect(readFileSync(file, 'utf8').length).toBeLessThan(200_000);
  });

  it('labels stay inside their charts, a 10,000-character title does not stretch the page, and the page works with and without its script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-html-v2-'));
    const base = fleet.reports.find((r) => r.lang === 'en')!;
    const reports = fleet.reports.map((r, i) =>
      onDevice(r, `OSL-LT-${String(i).padStart(3, '0')}`, new Date(Date.UTC(2026, 10, 1) + i * 86_400_000).toISOString(), `user-${i}`),
    );
    const long = onDevice(base, `evil\u202egnp.exe${'H'.repeat(300)}`, '2026-11-20T08:00:00Z');
    long.checks[0]!.id = 'long-title';
    long.checks[0]!.status = 'fail';
    long.checks[0]!.title = `${'W'.repeat(10_000)}`;
    reports.push(long);
    for (const [i, r] of reports.entries()) writeFileSync(join(dir, `r${i}.json`), JSON.stringify(r));
    const file = join(dir, 'summary.html');
    expect((await runCli(['summarize', dir, '--format', 'html', '--lang', 'en', '-o', file])).code).toBe(0);
    const url = pathToFileURL(file).href;

    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => errors.push(m.text()));
      await page.goto(url, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      // nothing wider than the window
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1000);
      // every label of a chart starts inside it (nothing runs off to the left)
      const outside = await page.locator('svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().left < box.left - 0.5).map((t) => t.textContent);
        }),
      );
      expect(outside).toEqual([]);
      const rows = page.locator('#device-table tbody tr');
      expect(await rows.count()).toBe(reports.length);
      if (!javaScriptEnabled) {
        expect(await page.isVisible('#device-filter')).toBe(false);
      } else {
        // the filter box shows and filters; a click on a heading sorts
        expect(await page.isVisible('#device-filter')).toBe(true);
        await page.fill('#device-filter', 'osl-lt-003');
        expect(await page.locator('#device-table tbody tr:not([hidden])').count()).toBe(1);
        await page.fill('#device-filter', '');
        expect(await page.locator('#device-table tbody tr:not([hidden])').count()).toBe(reports.length);
        await page.click('#device-table th:nth-child(4)');
        const dates = await page.locator('#device-table tbody tr td:nth-child(4)').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-sort')!));
        expect(dates).toEqual([...dates].sort());
        await page.click('#device-table th:nth-child(4)');
        const back = await page.locator('#device-table tbody tr td:nth-child(4)').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-sort')!));
        expect(back).toEqual([...dates].reverse());
      }
      // an item's link leads to its devices, and a device's link to its row
      await page.locator('a[href="#item-check-long-title"]').first().click();
      expect(await page.evaluate(() => location.hash)).toBe('#item-check-long-title');
      expect(await page.locator('#item-check-long-title a').first().textContent()).toContain('evil gnp.exe');
      await context.close();
    }
  });
});
