/**
 * The collector's own words (`homeoffice-check serve`) in the chosen language, through the built
 * CLI: its help under --lang nb, --lang nn or a Norwegian locale carries no English sentence, and
 * each usage error (no token, a bad flag value, a port in use, an unknown flag) is one line in
 * that language, exit 2. Flag names, variable names and status codes stay as they are.
 */
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { englishWords } from './helpers/language.js';

const TOKEN = 'serve-language-token-0123456789';

/** English words in each line of a text, as "words in «line»". */
function englishLines(text: string, lang: 'nb' | 'nn'): string[] {
  return text
    .split('\n')
    .map((line) => [line, englishWords(line, lang)] as const)
    .filter(([, words]) => words.length > 0)
    .map(([line, words]) => `${words.join(', ')} in «${line}»`);
}

describe('serve --help', () => {
  it('--lang nb: the whole help in Bokmål; --lang en still English', async () => {
    const nb = await runCli(['serve', '--help', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: homeoffice-check serve /);
    expect(nb.stdout).toContain('Valg:');
    expect(nb.stdout).toContain('--verify-key FIL|env[:NAVN]');
    expect(nb.stdout).toContain('HOMEOFFICE_CHECK_SERVE_READ_TOKEN');
    expect(nb.stdout).toContain('Avslutningskoder:');
    expect(englishLines(nb.stdout, 'nb')).toEqual([]);
    const en = await runCli(['serve', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: homeoffice-check serve /);
    expect(englishLines(en.stdout, 'nb')).not.toEqual([]);
  });

  it('--lang nn and an nn_NO locale: the whole help in Nynorsk, not Bokmål; nb_NO gives Bokmål', async () => {
    const byFlag = await runCli(['serve', '--help', '--lang', 'nn']);
    expect(byFlag.code).toBe(0);
    expect(byFlag.stdout).toMatch(/^Bruk: homeoffice-check serve /);
    expect(byFlag.stdout).toContain('Avslutningskodar:');
    expect(englishLines(byFlag.stdout, 'nn')).toEqual([]);
    expect(byFlag.stdout).not.toMatch(/\b(ikke|fra|bare|hva|hver|rapportene)\b/);
    const byLocale = await runCli(['serve', '-h'], { env: { LANG: 'nn_NO.UTF-8' } });
    expect(byLocale.stdout).toBe(byFlag.stdout);
    const bokmal = await runCli(['serve', '-h'], { env: { LANG: 'nb_NO.UTF-8' } });
    expect(bokmal.stdout).toContain('Avslutningskoder:');
  });
});

describe('serve usage errors', () => {
  let busy: net.Server;
  let busyPort = 0;
  beforeAll(async () => {
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  const cases: Array<[string, () => string[], string, Record<'nb' | 'nn', RegExp>]> = [
    ['no token', () => ['--port', '0'], '', { nb: /sett HOMEOFFICE_CHECK_SERVE_TOKEN til tokenet/, nn: /set HOMEOFFICE_CHECK_SERVE_TOKEN til tokenet/ }],
    ['a short token', () => ['--port', '0'], 'short', { nb: /minst 16 tegn/, nn: /minst 16 teikn/ }],
    ['a bad --port', () => ['--port', 'abc'], TOKEN, { nb: /--port må være et portnummer, ikke «abc»/, nn: /--port må vere eit portnummer, ikkje «abc»/ }],
    ['a bad --stale-days', () => ['--stale-days', '1.5'], TOKEN, { nb: /ikke «1\.5»/, nn: /ikkje «1\.5»/ }],
    ['--cert without --key', () => ['--cert', 'c.pem'], TOKEN, { nb: /--cert og --key må gis sammen/, nn: /--cert og --key må givast saman/ }],
    [
      'a bad --unverified',
      () => ['--verify-key', 'k', '--unverified', 'drop'],
      TOKEN,
      { nb: /reject eller mark, ikke «drop»/, nn: /reject eller mark, ikkje «drop»/ },
    ],
    ['an unknown flag', () => ['--bogus'], TOKEN, { nb: /ukjent valg «--bogus»/, nn: /ukjent val «--bogus»/ }],
    // a folder the kernel refuses with ENOENT although its parent exists (Node's own recursive mkdir never ends there)
    [
      'a --data folder under /proc',
      () => ['--port', '0', '--data', '/proc/hoc-data'],
      TOKEN,
      { nb: /kan ikke bruke mappen «\/proc\/hoc-data»/, nn: /mappa «\/proc\/hoc-data»|«\/proc\/hoc-data»/ },
    ],
    [
      'a port in use',
      () => ['--port', String(busyPort), '--data', mkdtempSync(join(tmpdir(), 'hoc-serve-lang-'))],
      TOKEN,
      { nb: /kan ikke lytte på 127\.0\.0\.1:\d+: porten er allerede i bruk/, nn: /kan ikkje lytte på 127\.0\.0\.1:\d+: porten er allereie i bruk/ },
    ],
  ];
  for (const lang of ['nb', 'nn'] as const) {
    it.each(cases)(`%s: one line in ${lang}, exit 2`, async (_what, args, token, expected) => {
      const run = await runCli(['serve', '--lang', lang, ...args()], { env: { HOMEOFFICE_CHECK_SERVE_TOKEN: token } });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^homeoffice-check: serve: /);
      expect(run.stderr).toMatch(expected[lang]);
      expect(englishWords(run.stderr, lang), run.stderr).toEqual([]);
    });
  }
});
