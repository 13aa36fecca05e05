/**
 * Nynorsk is a language of its own, not Bokmål under another name: every text is there, none is
 * English, the texts are not copies of the Bokmål, they use Nynorsk forms and never the Bokmål
 * ones, and every fixture bundle replayed in nn reads that way from the title to the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { HOLD_TEXT } from '../src/exe/window.js';
import { EMPLOYEE_HELP } from '../src/help-employee.js';
import { catalogues, t, type MessageId } from '../src/i18n/index.js';
import { LiveProbe } from '../src/probe/live.js';
import { defaultPolicy } from '../src/policy.js';
import { questionsFor } from '../src/questions/items.js';
import { renderPlain } from '../src/report/plain.js';
import { summarize } from '../src/report/summarize.js';
import { renderSummaryHtml } from '../src/report/summary-html.js';
import { renderSummaryCsv, renderSummaryTable } from '../src/report/summary-text.js';
import { assessWith, BUNDLES, replayReport } from './helpers/check-tester.js';
import { englishWords } from './helpers/language.js';

/** Every Nynorsk text with the Bokmål it stands beside: the shared catalogue and each check's own. */
const pairs: Array<{ where: string; nn: string; nb: string }> = [
  ...Object.keys(catalogues.en).map((key) => ({ where: key, nn: catalogues.nn[key as MessageId], nb: catalogues.nb[key as MessageId] })),
  ...checks.flatMap((c) => Object.keys(c.messages.en).map((key) => ({ where: `${c.id} ${key}`, nn: c.messages.nn[key]!, nb: c.messages.nb[key]! }))),
  { where: 'EMPLOYEE_HELP', nn: EMPLOYEE_HELP.nn, nb: EMPLOYEE_HELP.nb },
  { where: 'HOLD_TEXT', nn: HOLD_TEXT.nn, nb: HOLD_TEXT.nb },
];

/**
 * Words that are Bokmål and never Nynorsk (the Nynorsk is ikkje, kva, korleis, kvifor, kven, viss/om,
 * eg, berre, mykje, nokon, heime, frå, vart, vere, utan, enno, meir). Menu names the machine shows in
 * Bokmål are quoted «...» and left out, as are code spans.
 */
const BOKMAL_ONLY = [
  'ikke',
  'hva',
  'hvordan',
  'hvorfor',
  'hvem',
  'hvis',
  'jeg',
  'bare',
  'mye',
  'noen',
  'hjemme',
  'fra',
  'ble',
  'være',
  'uten',
  'ennå',
  'mer',
  'dere',
];
const BOKMAL = new RegExp(`(?<![\\p{L}\\d_-])(${BOKMAL_ONLY.join('|')})(?![\\p{L}\\d_-])`, 'giu');

function bokmalWords(text: string): string[] {
  const prose = text.replace(/«[^»]*»/g, ' ').replace(/`[^`]*`/g, ' ');
  return [...prose.matchAll(BOKMAL)].map((m) => m[1]!);
}

/** Words in the text, lower-cased, from ICU syntax too (so `{n, plural, one {# dag} other {# dagar}}` gives dag, dagar). */
const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

const bundles = readdirSync(BUNDLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('Nynorsk texts', () => {
  it('are all there and none is empty', () => {
    expect(pairs.length).toBeGreaterThan(600);
    for (const { where, nn } of pairs) expect(nn?.trim(), where).toBeTruthy();
  });

  it('have no English word, no "(er)"-style plural, no ISO date and no decimal point in prose', () => {
    for (const { where, nn } of pairs) {
      expect(englishWords(nn, 'nn'), `${where}: ${nn}`).toEqual([]);
      expect(nn, where).not.toMatch(/\p{L}\((er|ar|e|r|a)\)/u);
      // what stands in quotes is what the user types (an example date for --since): not prose
      expect(nn.replace(/«[^»]*»/g, ' '), where).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(nn, where).not.toMatch(/\b\d+\.\d+\s*(%|Mbit|ms)/);
    }
  });

  it('use no word that is Bokmål only (menu names the machine shows in Bokmål stand in «»)', () => {
    const found = pairs.flatMap(({ where, nn }) => bokmalWords(nn).map((w) => `${where}: ${w}`));
    expect(found).toEqual([]);
  });

  it('use the Nynorsk forms a reader expects', () => {
    const all = new Set(pairs.flatMap(({ nn }) => words(nn)));
    for (const marker of [
      'ikkje',
      'kva',
      'korleis',
      'kvifor',
      'kven',
      'eit',
      'heime',
      'berre',
      'frå',
      'vere',
      'utan',
      'arbeidsgivaren',
      'totrinnsinnlogging',
      'sjekk',
      'dagar',
      'einingar',
      'rapportar',
      'innstillingane',
    ])
      expect(all.has(marker), marker).toBe(true);
  });

  it('open README.md beside the Bokmål, word for word as --help says them', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## For tilsette');
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(start).toBeGreaterThan(readme.indexOf('## For ansatte'));
    expect(flat(readme.slice(start, readme.indexOf('\n## ', start + 5)))).toContain(flat(EMPLOYEE_HELP.nn.split('\n').slice(1).join('\n')));
  });

  it('are written anew, not copied from the Bokmål: under 5 % of the longer texts are the same in both', () => {
    const long = pairs.filter(({ nb }) => nb.length > 30);
    const same = long.filter(({ nn, nb }) => nn === nb);
    expect(long.length).toBeGreaterThan(400);
    expect(same.length / long.length, same.map((s) => s.where).join(', ')).toBeLessThan(0.05);
  });

  it('count, number and date as Nynorsk does (ICU MessageFormat with the nn-NO rules)', () => {
    const antivirus = checks.find((c) => c.id === 'antivirus')!;
    const stale = antivirus.messages.nn.stale!;
    expect(t('nn', 'summary.stale-days', { days: 1 })).toBe('ikkje sett på 1 dag');
    expect(t('nn', 'summary.stale-days', { days: 12 })).toBe('ikkje sett på 12 dagar');
    expect(stale).toContain('{days, plural');
    const counted = t('nn', 'summary.counted', { counted: 1234, devices: 1, superseded: 0 });
    expect(counted).toMatch(/^Talt med: 1\s234 rapportar, den nyaste frå kvar av 1 eining som er kjend på vertsnamnet;/u);
    expect(counted).toContain('0 eldre rapportar frå dei same einingane er ikkje tekne med');
    expect(t('nn', 'summary.period', { first: '2026-11-02', last: '2026-11-30' })).toBe('Køyringar frå 2. november 2026 til 30. november 2026.');
  });
});

describe('Nynorsk output', () => {
  it('finds the fixture bundles', () => expect(bundles.length).toBeGreaterThan(50));

  it.each(bundles)('%s: every title, summary and fix in Nynorsk, without English or Bokmål words', async (name) => {
    const report = await replayReport(checks, name, { lang: 'nn' });
    expect(report.lang).toBe('nn');
    const found: string[] = [];
    for (const c of report.checks) {
      for (const text of [c.title, c.summary, c.remediation ?? '']) {
        for (const w of [...englishWords(text, 'nn'), ...bokmalWords(text)]) found.push(`${c.id}: ${w} in «${text}»`);
        if (/\{\s*\w+\s*,/.test(text)) found.push(`${c.id}: an unfilled template in «${text}»`);
      }
    }
    expect(found).toEqual([]);
  });

  it('a whole report with every question answered reads as Nynorsk, from the head to what IT receives', async () => {
    const answers = JSON.parse(readFileSync('test/fixtures/answers/no-mfa.json', 'utf8')) as { answers: Record<string, string> };
    const report = await replayReport(checks, bundles[0]!, { lang: 'nn', answers: answers.answers, questions: questionsFor(defaultPolicy) });
    const text = renderPlain(report);
    expect(text).toMatch(/Poengsum \d{1,3} av 100\./);
    expect(text).toContain('Ingenting frå denne køyringa blir sendt til IT eller lagra.');
    expect(englishWords(text.replace(/\([^)]*\)/g, ' '), 'nn')).toEqual([]);
    expect(bokmalWords(text)).toEqual([]);
    // dates in prose as Nynorsk writes them ("30. juni 2028"), never ISO; no template left unfilled
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/\{\s*\w+\s*[,}]/);
  });

  it('the fleet summary of Nynorsk reports: the table, the page and the CSV in Nynorsk', async () => {
    const answers = JSON.parse(readFileSync('test/fixtures/answers/no-mfa.json', 'utf8')) as { answers: Record<string, string> };
    const reports = await Promise.all(
      bundles
        .filter((_, i) => i % 12 === 0)
        .map((b) => replayReport(checks, b, { lang: 'nn', answers: answers.answers, questions: questionsFor(defaultPolicy) })),
    );
    // written as the devices' own runs would write them: the summary leaves replayed reports out
    const summary = summarize(
      reports.map((r) => ({ ...r, mode: 'live' as const })),
      'nn',
    );
    const table = renderSummaryTable(summary);
    const html = renderSummaryHtml(summary);
    const page = html
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ');
    expect(table).toContain('Heimekontorsjekk: samla oversikt');
    expect(table).toContain(`Las ${reports.length} rapportar; 0 filer kunne ikkje brukast.`);
    expect(html).toContain('<html lang="nn">');
    for (const text of [table, page]) {
      expect(englishWords(text.replace(/\([^)]*\)/g, ' '), 'nn')).toEqual([]);
      expect(bokmalWords(text)).toEqual([]);
      expect(text).not.toMatch(/\{\s*\w+\s*[,}]/);
    }
    const csv = renderSummaryCsv(summary);
    expect(csv.split('\r\n')[0]).toContain(';');
    expect(csv).toContain('Heimekontorsjekk: samla oversikt');
  });

  it('this machine: Nynorsk too', async () => {
    const report = await assessWith(new LiveProbe({ record: false }), checks, { lang: 'nn' });
    for (const c of report.checks)
      for (const text of [c.title, c.summary, c.remediation ?? '']) expect([...englishWords(text, 'nn'), ...bokmalWords(text)], text).toEqual([]);
  });
});
