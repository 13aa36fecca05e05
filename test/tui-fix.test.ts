/**
 * From the result, in a real terminal (tmux): a replayed shortfall's setting is opened with Enter
 * and the check is checked again with r. The bundle holds two readings of the firewall (off, then
 * on, as after the employee turned it on) and the opener's answer; the run records what it asked
 * (--record with --replay), so the opener's argv is read back.
 *
 * The Windows readings are the captured `netsh advfirewall show allprofiles` output of
 * test/fixtures/bundles/win32-firewall-all-off.json, the second with its State lines set to ON.
 * How explorer.exe and open(1) take a link rests on their documentation, not on a machine of ours.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleSchema, type Interaction } from '../src/probe/bundle.js';
import { ReportSchema } from '../src/report/schema.js';
import { TmuxSession } from './helpers/tmux.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'bundles');
const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-fix-'));

let sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions) s.kill();
  sessions = [];
});

type RunInteraction = Extract<Interaction, { type: 'run' }>;

/** The firewall's two readings on this OS: off (as captured), then on. */
function readings(os: 'win32' | 'darwin'): [RunInteraction, RunInteraction] {
  if (os === 'darwin') {
    const run = (stdout: string): RunInteraction => ({
      type: 'run',
      cmd: '/usr/libexec/ApplicationFirewall/socketfilterfw',
      args: ['--getglobalstate'],
      locale: 'c',
      result: { stdout, stderr: '', code: 0 },
    });
    // the two states as test/fixtures/bundles/darwin-firewall-{off,enabled}.json hold them
    return [run('Firewall is disabled. (State = 0)\n'), run('Firewall is enabled. (State = 1)\n')];
  }
  const off = BundleSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'win32-firewall-all-off.json'), 'utf8'))).interactions[0]!;
  if (off.type !== 'run') throw new Error('expected the netsh run');
  const on = { ...off, result: { ...off.result, stdout: off.result.stdout.replace(/^State(\s+)OFF/gm, 'State$1ON') } };
  expect(on.result.stdout).not.toMatch(/^State\s+OFF/m);
  return [off, on];
}

const cases = [
  { name: 'Windows 10', os: 'win32', release: '10.0.19045', opener: 'explorer.exe', link: 'windowsdefender://network', lang: 'en' },
  { name: 'Windows 11', os: 'win32', release: '10.0.22631', opener: 'explorer.exe', link: 'windowsdefender://network', lang: 'nb' },
  // Darwin 21 is macOS 12 (System Preferences), Darwin 23 macOS 14 (System Settings): the setting has another address
  { name: 'macOS 12', os: 'darwin', release: '21.6.0', opener: 'open', link: 'x-apple.systempreferences:com.apple.preference.security?Firewall', lang: 'en' },
  {
    name: 'macOS 14',
    os: 'darwin',
    release: '23.5.0',
    opener: 'open',
    link: 'x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall',
    lang: 'nn',
  },
] as const;

const WORDS = {
  en: {
    keys: 'Enter: open the setting · r: check again · q: done',
    opened: 'The setting is open.',
    checked: 'Checked again.',
    now: /Now: .*Score (\d+) of 100\./g,
  },
  nb: {
    keys: 'Enter: åpne innstillingen · r: sjekk på nytt · q: ferdig',
    opened: 'Innstillingen er åpnet.',
    checked: 'Sjekket på nytt.',
    now: /Nå: .*Poengsum (\d+) av 100\./g,
  },
  nn: {
    keys: 'Enter: opne innstillinga · r: sjekk på nytt · q: ferdig',
    opened: 'Innstillinga er opna.',
    checked: 'Sjekka på nytt.',
    now: /No: .*Poengsum (\d+) av 100\./g,
  },
} as const;

describe('open the setting and check again, from the result', () => {
  for (const c of cases) {
    it(`${c.name}: Enter opens ${c.link} with ${c.opener}; r checks the firewall again and the score moves in place (${c.lang})`, async () => {
      const dir = tmp();
      const [off, on] = readings(c.os);
      const opener: Interaction = {
        type: 'run',
        cmd: c.opener,
        args: [c.link],
        locale: 'user',
        result: { stdout: '', stderr: '', code: c.os === 'win32' ? 1 : 0 },
      };
      const bundle = BundleSchema.parse({
        format: 'homeoffice-check-bundle',
        version: 1,
        recordedAt: '2026-11-20T09:00:00.000Z',
        platform: { os: c.os, release: c.release, arch: 'x64' },
        interactions: [off, on, opener],
      });
      const replayFile = join(dir, 'bundle.json');
      const recorded = join(dir, 'asked.json');
      const out = join(dir, 'report.json');
      writeFileSync(replayFile, JSON.stringify(bundle));
      const term = new TmuxSession();
      sessions.push(term);
      const words = WORDS[c.lang];
      term.start(['--replay', replayFile, '--record', recorded, '-o', out, '--only', 'firewall', '--no-questions', '--offline', '--lang', c.lang], {
        cols: 100,
        rows: 40,
      });
      const scores = (screen: string) => [...screen.matchAll(words.now)].map((m) => Number(m[1]));
      const first = await term.waitFor((s) => s.includes(words.keys) && scores(s).length > 0);
      expect(scores(first)).toHaveLength(1);
      const before = scores(first)[0]!;
      expect(first).toMatch(/^› ✗ /m); // the shortfall, chosen

      term.press('Enter');
      await term.waitFor((s) => s.includes(words.opened));
      term.type('r');
      const after = await term.waitFor((s) => s.includes(words.checked) && scores(s)[0] !== before);
      // one score line, redrawn where it was: not a second one below the first
      expect(scores(after)).toHaveLength(1);
      expect(scores(after)[0]!).toBeGreaterThan(before);
      expect(after).toMatch(/^› ✓ /m);
      term.type('q');
      expect(await term.exitCode()).toBe(0);

      // what the run asked: the opener once, with the link for this OS and version; the firewall read twice
      const asked = BundleSchema.parse(JSON.parse(readFileSync(recorded, 'utf8'))).interactions;
      const runs = asked.filter((i): i is RunInteraction => i.type === 'run');
      expect(runs.filter((i) => i.cmd === c.opener)).toEqual([expect.objectContaining({ args: [c.link] })]);
      expect(runs.filter((i) => i.cmd === off.cmd && JSON.stringify(i.args) === JSON.stringify(off.args))).toHaveLength(2);
      // the report IT gets is the one after the check again
      const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(report.checks.find((r) => r.id === 'firewall')?.status).toBe('pass');
      expect(report.score.value).toBe(scores(after)[0]);
    }, 60_000);
  }

  it('with nothing to open, the result ends by itself as before (no keys asked for)', async () => {
    const term = new TmuxSession();
    sessions.push(term);
    term.start(['--replay', join(FIXTURES, 'darwin-firewall-enabled.json'), '--only', 'firewall', '--no-questions', '--offline', '--lang', 'en']);
    expect(await term.exitCode()).toBe(0);
    expect(term.capture()).not.toContain(WORDS.en.keys);
  }, 30_000);
});
