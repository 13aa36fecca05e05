/**
 * The command line speaks the chosen language: under `--lang nb` (or a policy's `"lang": "nb"`)
 * the help, the list of checks, every usage and file error and the fleet summary in each format
 * carry no English word beyond program, product and option names; under `--lang en` the same
 * commands speak English, so the checks below can tell the two apart.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { englishWords } from './helpers/language.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-lang-'));

/** English words in each line of a text, as "line: words". */
function englishLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => [line, englishWords(line)] as const)
    .filter(([, words]) => words.length > 0)
    .map(([line, words]) => `${words.join(', ')} in «${line}»`);
}

describe('help and the list of checks', () => {
  it('--help in Bokmål: the employees’ text and every option, no English', async () => {
    const nb = await runCli(['--help', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('Valg:');
    expect(nb.stdout).toContain('--report-timeout SEK');
    expect(englishLines(nb.stdout)).toEqual([]);
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Options:');
    expect(englishLines(en.stdout)).not.toEqual([]);
  });

  it('summarize --help in Bokmål', async () => {
    const nb = await runCli(['summarize', '--help', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: homeoffice-check summarize/);
    expect(englishLines(nb.stdout)).toEqual([]);
  });

  it('--list in Bokmål: titles, categories and sources in Norwegian', async () => {
    const nb = await runCli(['--list', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('sjekk    os-updates  Oppdateringer av operativsystemet  [Datamaskinen, vekt 5]');
    expect(nb.stdout).toContain('kilder:');
    expect(nb.stdout).toContain('datatilsynet-breach: Datatilsynet: Meld avvik');
    expect(englishLines(nb.stdout)).toEqual([]);
    const en = await runCli(['--list', '--lang', 'en']);
    expect(en.stdout).toContain('check    os-updates  Operating system updates  [Device, weight 5]');
  });
});

describe('errors', () => {
  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--bogus'], /ukjent valg «--bogus»/],
    ['a wrong --lang value after a good one', ['--lang', 'nb', '--only', 'nope'], /ukjent sjekk «nope»/],
    ['a flag without its value', ['--policy'], /valget «--policy» trenger en verdi/],
    ['a bad --stun', ['--stun', 'nohost'], /--stun må være VERT:PORT/],
    ['a bad --speed-url', ['--speed-url', 'ftp://x'], /--speed-url må være/],
    ['a bad --report-timeout', ['--report-timeout', '0'], /--report-timeout må være sekunder/],
    ['a plain http report URL', ['--report-url', 'http://example.org/x'], /bare tillatt til denne maskinen/],
    ['a missing answers file', ['--answers', '/nonexistent/answers.json'], /svarfilen «\/nonexistent\/answers\.json»: filen finnes ikke/],
    ['a missing replay file', ['--replay', '/nonexistent/bundle.json'], /opptaksfilen .*: filen finnes ikke/],
    ['a policy URL that is not https', ['--policy', 'http://127.0.0.1:9/policy.json'], /retningslinjene på .*: bare https:\/\/ godtas/],
    ['a stray argument', ['hello'], /uventet argument «hello»/],
    ['a wrong schema name', ['schema', 'nope'], /schema: ventet report, answers, policy eller summary/],
    ['an output folder that does not exist', ['-o', '/nonexistent/dir/r.json'], /mappen «\/nonexistent\/dir» finnes ikke/],
  ];
  it.each(bad)('%s: one line in Bokmål, exit 2', async (_what, args, message) => {
    const run = await runCli(['--lang', 'nb', ...args, '--offline', '--no-questions']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(englishWords(run.stderr), run.stderr).toEqual([]);
  });

  it('a file that is not JSON, and a policy naming an unknown question, in Bokmål', async () => {
    const dir = tmp();
    const broken = join(dir, 'answers.json');
    writeFileSync(broken, '{"answers": {');
    const run = await runCli(['--lang', 'nb', '--answers', broken, '--offline', '--no-questions']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/svarfilen «.*answers\.json» er ikke gyldig JSON: (feil|teksten slutter|uventet)/);
    expect(englishWords(run.stderr)).toEqual([]);
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ questions: { 'no-such-question': { weight: 1 } } }));
    const unknown = await runCli(['--lang', 'nb', '--policy', policy, '--offline', '--no-questions']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/retningslinjefilen «.*policy\.json»: questions\.no-such-question: ukjent spørsmål/);
    const unknownCheck = join(dir, 'policy-check.json');
    writeFileSync(unknownCheck, JSON.stringify({ checks: { nope: {} } }));
    const check = await runCli(['--lang', 'nb', '--policy', unknownCheck, '--offline', '--no-questions']);
    expect(check.stderr).toMatch(/checks\.nope: ukjent sjekk \(kjente: os-updates,/);
    const limits = join(dir, 'policy-limits.json');
    writeFileSync(limits, JSON.stringify({ checks: { 'network-quality': { options: { latencyGoodMs: 300.5 } } } }));
    const order = await runCli(['--lang', 'nb', '--policy', limits, '--offline', '--no-questions']);
    expect(order.stderr).toMatch(/latencyGoodMs \(300,5\) må være lavere enn latencyBadMs \(250\)/);
    const wrongType = join(dir, 'answers-type.json');
    writeFileSync(wrongType, JSON.stringify({ answers: 3 }));
    const typed = await runCli(['--lang', 'nb', '--answers', wrongType, '--offline', '--no-questions']);
    expect(typed.stderr).toMatch(/answers: skal være et objekt/);
    expect(englishWords(typed.stderr)).toEqual([]);
  });

  it('the policy’s language is the language of an error after it is read; --lang wins over it', async () => {
    const dir = tmp();
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ lang: 'nb' }));
    const byPolicy = await runCli(['--policy', policy, '--stun', 'nohost', '--offline', '--no-questions']);
    expect(byPolicy.code).toBe(2);
    expect(byPolicy.stderr).toMatch(/--stun må være VERT:PORT/);
    const byFlag = await runCli(['--policy', policy, '--lang', 'en', '--stun', 'nohost', '--offline', '--no-questions']);
    expect(byFlag.stderr).toMatch(/--stun must be HOST:PORT/);
  });
});

describe('the fleet summary', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tmp();
    for (const [name, lang] of [
      ['win32-os-updates-win10-1903-restart', 'nb'],
      ['darwin-admin-rights-admin', 'en'],
    ] as const) {
      const run = await runCli([
        '--replay',
        `test/fixtures/bundles/${name}.json`,
        '--json',
        '--no-questions',
        '--offline',
        '--lang',
        lang,
        '-o',
        join(dir, `${name}.json`),
      ]);
      expect([0, 1]).toContain(run.code);
    }
    writeFileSync(join(dir, 'truncated.json'), '{"schemaVersion": 2, "checks": [');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
    expect(readdirSync(dir)).toHaveLength(4);
  }, 120_000);

  it('table: counts, dates and the reasons for unusable files in Bokmål', async () => {
    const run = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 rapporter lest, 2 filer kunne ikke brukes.');
    expect(run.stdout).toMatch(/Oversikten er laget \d{1,2}\. \p{L}+ \d{4} kl\. \d\d:\d\d UTC\./u);
    expect(run.stdout).toMatch(/truncated\.json: ikke gyldig JSON/);
    expect(run.stdout).toMatch(/other\.json: ikke en gyldig rapport: /);
    // dates in sentences are long dates; the device table keeps a sortable ISO date in its column
    expect(run.stdout).toMatch(/Kjøringer fra \d{1,2}\. \p{L}+ \d{4} til \d{1,2}\. \p{L}+ \d{4}\./u);
    expect(englishLines(run.stdout)).toEqual([]);
  });

  it('CSV: the header row and the titles in Bokmål; HTML: every sentence in Bokmål', async () => {
    const out = tmp();
    const csv = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nb', '--format', 'csv', '-o', join(out, 's.csv')]);
    expect(csv.code).toBe(0);
    const text = readFileSync(join(out, 's.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFseksjon;type;id;tittel;rapporter;klar;klar_med_advarsler;ikke_klar;ok;advarsel;feil;ukjent;hoppet_over;ubesvart;stopper;median;p10;p90;årsak',
    );
    const devices = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nb', '--format', 'devices-csv']);
    expect(devices.stdout.split('\r\n')[0]).toMatch(/^\uFEFFenhet;bruker;operativsystem;/);
    const html = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nb', '--format', 'html']);
    const prose = html.stdout
      .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    expect(prose).toContain('2 rapporter lest, 2 filer kunne ikke brukes.');
    expect(englishLines(prose)).toEqual([]);
  });

  it('no valid report: the error in Bokmål', async () => {
    const only = tmp();
    writeFileSync(join(only, 'a.json'), '{}');
    const run = await runCli(['summarize', only, '--lang', 'nb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^homeoffice-check: summarize: ingen gyldig rapport blant 1 fil \(.*a\.json: ikke en gyldig rapport: /);
    expect(englishWords(run.stderr)).toEqual([]);
  });
});
