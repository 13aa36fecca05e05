import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/schema.js';
import { runCli } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-cli-'));

describe('CLI contract', () => {
  it('--json --no-questions --offline prints one valid report on stdout and nothing else', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline']);
    expect([0, 1]).toContain(run.code);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.tool.name).toBe('homeoffice-check');
    expect(report.questions.every((q) => q.answer === null && q.status === 'unknown')).toBe(true);
    expect(report.checks.find((c) => c.id === 'os-updates')?.status).not.toBe('skipped');
    // exit code follows the verdict
    expect(run.code).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
  });

  it('--version and --help answer on stdout with exit 0', async () => {
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(['-h']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--answers FILE');
    expect(help.stdout).toContain('Exit codes');
  });

  it('--plain speaks the chosen language: the verdict in words, then the score of 100, and that only the machine was judged', async () => {
    const en = await runCli(['--plain', '--no-questions', '--offline', '--lang', 'en']);
    expect(en.stdout).toMatch(/^The computer (is not ready|can be used, but fix this soon|is ready, but see the notes|is ready)\. Score \d{1,3} of 100\.$/m);
    expect(en.stdout).toContain('the room and your\nhabits were not assessed');
    const nb = await runCli(['--plain', '--no-questions', '--offline', '--lang', 'nb']);
    expect(nb.stdout).toMatch(/^Maskinen .*\. Poengsum \d{1,3} av 100\.$/m);
  });

  it('--plain names what is fine in short lines, then says what IT receives', async () => {
    const json = await runCli(['--json', '--no-questions', '--offline', '--lang', 'en', '--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json']);
    const fine = (JSON.parse(json.stdout) as { checks: Array<{ status: string; title: string }> }).checks.filter((c) => c.status === 'pass');
    expect(fine.length).toBeGreaterThan(0);
    const plain = await runCli(['--plain', '--no-questions', '--offline', '--lang', 'en', '--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json']);
    const lines = plain.stdout.trimEnd().split('\n');
    const at = lines.indexOf(`✓ Fine, measured on this computer (${fine.length}):`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`    ${fine.map((c) => c.title).join(', ')}.`);
    expect(lines.at(-1)).toBe('Nothing from this run is sent to IT or saved.');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('takes the language from the locale when --lang is not given', async () => {
    const nn = await runCli(['--plain', '--no-questions', '--offline'], { env: { LANG: 'nn_NO.UTF-8' } });
    expect(nn.stdout).toContain('Poengsum');
    expect(nn.stdout).toContain('Ingenting frå denne køyringa');
    const en = await runCli(['--plain', '--no-questions', '--offline'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(en.stdout).toContain('of 100');
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['a wrong --lang', ['--lang', 'sv'], /--lang must be nb, nn or en/],
    ['a flag without its value', ['--lang'], /argument missing|--lang/],
    ['an unknown check id', ['--only', 'nope'], /unknown check 'nope'/],
    ['a bad --stun', ['--stun', 'nohost'], /--stun must be HOST:PORT/],
    ['a bad --speed-url', ['--speed-url', 'ftp://x'], /--speed-url must be an http:\/\/ or https:\/\/ URL/],
    ['a missing answers file', ['--answers', '/nonexistent/answers.json'], /no such file/],
    ['a missing replay file', ['--replay', '/nonexistent/bundle.json'], /no such file/],
    ['a stray argument', ['hello'], /unexpected argument 'hello'/],
    ['a wrong schema name', ['schema', 'nope'], /schema: expected report, answers, policy or summary/],
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with one line on stderr and exit 2`, async () => {
      const dir = tmp();
      const out = join(dir, 'report.json');
      const run = await runCli([...args, '--offline', '--no-questions', '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
      expect(readdirSync(dir)).toEqual([]); // no output file, not even half of one
    });
  }

  it('names the path inside an invalid answers file', async () => {
    const dir = tmp();
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers: { 'room-private': 'maybe' } }));
    const run = await runCli(['--answers', file, '--offline']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/answers\.room-private: .*"alone-closed"/);
    writeFileSync(file, JSON.stringify({ answers: { 'no-such-question': 'yes' } }));
    expect((await runCli(['--answers', file, '--offline'])).stderr).toMatch(/answers: unknown key 'no-such-question'/);
    writeFileSync(file, '{"answers": {');
    expect((await runCli(['--answers', file, '--offline'])).stderr).toMatch(/is not valid JSON/);
  });

  it('names the path inside an invalid replay bundle', async () => {
    const dir = tmp();
    const file = join(dir, 'bundle.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'homeoffice-check-bundle',
        version: 1,
        recordedAt: 'yesterday',
        platform: { os: 'linux', release: '', arch: 'x64' },
        interactions: [],
      }),
    );
    const run = await runCli(['--replay', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/recordedAt: /);
  });

  it('-o writes the same report it prints, and nothing else beside it', async () => {
    const dir = tmp();
    const out = join(dir, 'report.json');
    const run = await runCli(['--json', '--no-questions', '--offline', '-o', out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(run.stdout));
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('answers from a file count in the score; a failing red blocker makes it not ready (exit 1)', async () => {
    const dir = tmp();
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers: { 'data-class': 'red', 'room-private': 'open-area', 'acc-mfa.email': 'yes' } }));
    const run = await runCli(['--json', '--offline', '--answers', file]);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.score.blockers).toContain('room-private');
    expect(report.score.verdict).toBe('not-ready');
    expect(run.code).toBe(1);
    expect(report.questions.find((q) => q.id === 'acc-mfa.email')).toMatchObject({ answer: 'yes', status: 'pass' });
  });

  it('prints JSON Schemas generated from the zod schemas', async () => {
    for (const kind of ['report', 'answers', 'policy']) {
      const run = await runCli(['schema', kind]);
      expect(run.code).toBe(0);
      const schema = JSON.parse(run.stdout);
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.type).toBe('object');
    }
    const report = JSON.parse((await runCli(['schema', 'report'])).stdout);
    expect(report.required).toEqual(expect.arrayContaining(['schemaVersion', 'score', 'checks', 'questions']));
  });

  it('--list names every check and question with its sources', async () => {
    const run = await runCli(['--list', '--json']);
    const list = JSON.parse(run.stdout);
    expect(list.checks.map((c: { id: string }) => c.id)).toContain('os-updates');
    for (const item of [...list.checks, ...list.questions]) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const s of item.sources) expect(Object.keys(list.sources)).toContain(s);
    }
  });

  it('--skip turns a check into skipped and --only leaves the others out', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline', '--skip', 'os-updates']);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.checks.find((c) => c.id === 'os-updates')?.status).toBe('skipped');
  });
});
