/**
 * The built CLI in Nynorsk, as a person on the west coast starts it: chosen with --lang nn, from an
 * nn_NO locale, or by the policy's lang; --help, the result, the JSON report, --forget and the fleet
 * summary all answer in nn.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPLOYEE_HELP } from '../src/help-employee.js';
import { runCli } from './helpers/cli.js';

const NOTHING_SENT = 'Ingenting frå denne køyringa blir sendt til IT eller lagra.';
const RUN = ['--plain', '--no-questions', '--offline', '--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json'];

describe('the CLI in Nynorsk', () => {
  it('--lang nn: the result, the lists and what IT receives in Nynorsk', async () => {
    const run = await runCli([...RUN, '--lang', 'nn']);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toMatch(/^Maskinen (er ikkje klar|kan brukast, men rett dette snart|er klar, men sjå merknadene|er klar)\. Poengsum \d{1,3} av 100\.$/m);
    expect(run.stdout).toContain('Berre maskinen er sjekka');
    expect(run.stdout).toMatch(/I orden, målt på maskinen \(\d+\):/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(NOTHING_SENT);
    expect(run.stdout).not.toMatch(/\b(ikke|fra|bare|hva)\b/);
  });

  it('LANG=nn_NO.UTF-8 chooses Nynorsk, where nb_NO chooses Bokmål', async () => {
    const nn = await runCli(RUN, { env: { LANG: 'nn_NO.UTF-8' } });
    expect(nn.stdout.trimEnd().split('\n').at(-1)).toBe(NOTHING_SENT);
    const nb = await runCli(RUN, { env: { LANG: 'nb_NO.UTF-8' } });
    expect(nb.stdout.trimEnd().split('\n').at(-1)).toBe('Ingenting fra denne kjøringen sendes til IT eller lagres.');
  });

  it("the policy's lang nn is taken when --lang is not given, and --lang still wins", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-nn-'));
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ lang: 'nn' }));
    const byPolicy = await runCli([...RUN, '--policy', policy], { env: { LANG: 'en_GB.UTF-8' } });
    expect(byPolicy.stdout.trimEnd().split('\n').at(-1)).toBe(NOTHING_SENT);
    const json = await runCli(['--json', '--no-questions', '--offline', '--policy', policy]);
    expect((JSON.parse(json.stdout) as { lang: string }).lang).toBe('nn');
    const english = await runCli([...RUN, '--policy', policy, '--lang', 'en']);
    expect(english.stdout.trimEnd().split('\n').at(-1)).toBe('Nothing from this run is sent to IT or saved.');
  });

  it('--help opens with the text for employees in Nynorsk, chosen by --lang or the locale', async () => {
    const byFlag = await runCli(['--help', '--lang', 'nn']);
    expect(byFlag.code).toBe(0);
    expect(byFlag.stdout.startsWith(EMPLOYEE_HELP.nn)).toBe(true);
    expect(byFlag.stdout).toContain('--lang nb|nn|en');
    const byLocale = await runCli(['-h'], { env: { LANG: 'nn_NO.UTF-8' } });
    expect(byLocale.stdout.startsWith('For tilsette\n')).toBe(true);
  });

  it('--forget answers in Nynorsk', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hoc-nn-home-'));
    const run = await runCli(['--forget', '--lang', 'nn'], { env: { HOME: home, XDG_CONFIG_HOME: '' } });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('Ingen lagra svar å slette.');
  });

  it('the fleet summary in Nynorsk: the table in nn, the CSV split on ";" as Norwegian Excel expects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-nn-fleet-'));
    const report = await runCli(['--json', '--no-questions', '--offline', '--lang', 'nn', '--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json']);
    writeFileSync(join(dir, 'a.json'), report.stdout);
    const table = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nn']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Heimekontorsjekk: samla oversikt');
    expect(table.stdout).toContain('Las 1 rapport; 0 filer kunne ikkje brukast.');
    const csv = await runCli(['summarize', dir, '--include-replayed', '--lang', 'nn', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toContain(';');
    const wrong = await runCli(['summarize', dir, '--lang', 'nynorsk']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--lang must be nb, nn or en/);
  });
});
