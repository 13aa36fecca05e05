/** The text for employees opens --help and README.md, in Norwegian and English, and says the same in both places. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPLOYEE_HELP } from '../src/help-employee.js';
import { ROOT, runCli } from './helpers/cli.js';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const body = (text: string) => flat(text.split('\n').slice(1).join('\n'));

describe('the text for employees', () => {
  it('opens README.md, in Norwegian, word for word as --help says it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').slice(0, 3)).toEqual(['# homeoffice-check', '', '## For ansatte']);
    const section = readme.slice(readme.indexOf('## For ansatte'), readme.indexOf('\n## ', readme.indexOf('## For ansatte') + 5));
    expect(flat(section)).toContain(body(EMPLOYEE_HELP.nb));
  });

  it('opens --help in the chosen language, before the options', async () => {
    const nb = await runCli(['--help', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout.startsWith(EMPLOYEE_HELP.nb)).toBe(true);
    expect(nb.stdout).toContain('--answers FIL ');
    const en = await runCli(['-h'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(en.stdout.startsWith(EMPLOYEE_HELP.en)).toBe(true);
    const byLocale = await runCli(['-h'], { env: { LANG: 'nb_NO.UTF-8' } });
    expect(byLocale.stdout.startsWith('For ansatte\n')).toBe(true);
  });

  it('says what it does, how to start it and where the answers go, in both languages', () => {
    expect(EMPLOYEE_HELP.nb).toMatch(/dobbeltklikk på filen du har fått fra IT/);
    expect(EMPLOYEE_HELP.nb).toMatch(/Svarene dine blir på denne maskinen/);
    expect(EMPLOYEE_HELP.en).toMatch(/double-click the file IT gave you/);
    expect(EMPLOYEE_HELP.en).toMatch(/Your answers stay on this computer/);
  });
});
