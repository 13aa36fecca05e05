/**
 * Remembered answers (src/questions/remembered.ts, remembered-ask.ts): kept only with consent, in the
 * user's config folder, holding no identifier; the next run shows them for one key and asks only the
 * rest; --forget deletes them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../src/policy.js';
import { questionsFor } from '../src/questions/items.js';
import {
  configDir,
  forgetRemembered,
  isRememberable,
  isRememberedAnswer,
  loadRemembered,
  RememberedFileSchema,
  saveRemembered,
  toRemember,
} from '../src/questions/remembered.js';
import { runCli } from './helpers/cli.js';
import { TmuxSession } from './helpers/tmux.js';

const items = questionsFor(defaultPolicy);
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'hoc-remembered-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the store', () => {
  it.each([
    ['win32', { APPDATA: 'C:\\Users\\kari\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\kari' }, join('C:\\Users\\kari\\AppData\\Roaming', 'homeoffice-check')],
    ['darwin', { HOME: '/Users/kari' }, '/Users/kari/Library/Application Support/homeoffice-check'],
    ['linux', { HOME: '/home/kari', XDG_CONFIG_HOME: '/home/kari/.cfg' }, '/home/kari/.cfg/homeoffice-check'],
    ['linux', { HOME: '/home/kari' }, '/home/kari/.config/homeoffice-check'],
    ['linux', {}, null],
  ] as const)('config folder on %s', (platform, env, expected) => {
    expect(configDir(platform, env)).toBe(expected);
  });

  it('remembers only the answers that do not change between meetings', () => {
    const remembered = items.filter((i) => isRememberable(i.id)).map((i) => i.id);
    expect(remembered).toEqual(
      expect.arrayContaining([
        'acc-mfa.email',
        'acc-mfa.vpn',
        'acc-mfa.video',
        'acc-passwords',
        'net-router-hardened',
        'room-physical-access',
        'inc-reporting',
        'inc-72h',
        'room-background',
        'mtg-no-chat',
      ]),
    );
    // what this meeting is about, where one sits and who is near, headphones, the tool, the link, who takes part
    for (const meeting of ['data-class', 'room-private', 'room-headset', 'acc-approved-tool', 'mtg-private-link', 'mtg-verify-participants', 'meeting-need'])
      expect(isRememberable(meeting)).toBe(false);
    // the video tool's settings for a red meeting are the meeting's own
    for (const item of items.filter((i) => i.when?.dataClass?.includes('red') && !i.when.dataClass.includes('green')))
      expect(isRememberable(item.id)).toBe(false);
    expect(toRemember({ 'data-class': 'red', 'acc-passwords': 'yes', 'inc-72h': 'not-an-answer' }, items)).toEqual({ 'acc-passwords': 'yes' });
  });

  it('never remembers "not sure", nor an answer that says the question does not apply to this meeting', () => {
    expect(
      toRemember(
        {
          'acc-passwords': 'unsure',
          'mtg-no-recording': 'consented',
          'mtg-minimise-names': 'no-clients',
          'mtg-no-chat': 'no',
          'net-router-hardened': 'isp-managed',
          'acc-mfa.vpn': 'not-used',
        },
        items,
      ),
    ).toEqual({ 'mtg-no-chat': 'no', 'net-router-hardened': 'isp-managed', 'acc-mfa.vpn': 'not-used' });
    // a recording agreed for one meeting is that meeting's; not sharing the screen is a habit
    expect(isRememberedAnswer('mtg-no-recording', 'no-recording')).toBe(true);
    expect(isRememberedAnswer('mtg-no-recording', 'consented')).toBe(false);
    expect(isRememberedAnswer('mtg-sharing', 'no-sharing')).toBe(true);
  });

  it('the file holds ids and answers only: anything else, or a meeting answer, makes it invalid', () => {
    const ok = { schemaVersion: 1, savedOn: '2026-01-02', answers: { 'acc-mfa.email': 'yes' } };
    expect(RememberedFileSchema.safeParse(ok).success).toBe(true);
    expect(RememberedFileSchema.safeParse({ ...ok, hostname: 'PC-123' }).success).toBe(false);
    expect(RememberedFileSchema.safeParse({ ...ok, answers: { 'room-private': 'yes' } }).success).toBe(false);
    expect(RememberedFileSchema.safeParse({ ...ok, answers: { 'acc-passwords': 'Kari Nordmann' } }).success).toBe(false);
  });

  it('saves atomically, readable by the user only; loads what still fits; a broken file counts as none; forget deletes', async () => {
    const file = join(tmp(), 'sub', 'remembered.json');
    await saveRemembered(file, { 'acc-passwords': 'no', 'acc-mfa.email': 'yes' }, new Date('2026-03-04T10:00:00Z'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      schemaVersion: 1,
      savedOn: '2026-03-04',
      answers: { 'acc-passwords': 'no', 'acc-mfa.email': 'yes' },
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // a policy without the e-mail service: that answer no longer fits
    const fewer = questionsFor({ ...defaultPolicy, services: defaultPolicy.services.filter((s) => s.id !== 'email') });
    expect(await loadRemembered(file, fewer)).toEqual({ 'acc-passwords': 'no' });
    await expect(saveRemembered(file, { 'data-class': 'red' })).rejects.toThrow();
    writeFileSync(file, '{ not json');
    expect(await loadRemembered(file, items)).toBeNull();
    expect(await forgetRemembered(file)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(await forgetRemembered(file)).toBe(false);
  });
});

describe('in the interactive flow', () => {
  it('after consent the file holds no identifier; a repeat run of a green meeting shows the remembered answers for one key and asks at most 8 questions in all, only about the meeting; --forget deletes them', async () => {
    const config = tmp();
    const env = { XDG_CONFIG_HOME: config, HOME: config, HOMEOFFICE_CHECK_REMEMBER: '1' };
    const file = join(config, 'homeoffice-check', 'remembered.json');
    const args = ['--offline', '--only', 'firewall', '--lang', 'en'];
    const first = new TmuxSession();
    let total: number;
    let before: number;
    try {
      first.start(args, { env, cols: 120, rows: 50 });
      total = Number(/\[1\/(\d+)\]/.exec(await first.waitFor(/\[1\/\d+\]/))![1]);
      // the count the first question shows, before the data class narrows it
      before = total;
      // every question: the first answer (Enter); the count shrinks once the data class is known
      for (let n = 1; n <= total; n++) {
        const screen = await first.waitFor(new RegExp(`\\[${n}/\\d+\\]`));
        total = Number(new RegExp(`\\[${n}/(\\d+)\\]`).exec(screen)![1]);
        first.press('Enter');
      }
      await first.waitFor(/Shall this computer remember \d+ answers/, 30_000);
      first.type('y');
      await first.waitFor(/The answers are kept for next time\./);
      await first.exitCode();
    } finally {
      first.kill();
    }
    const text = readFileSync(file, 'utf8');
    const saved = RememberedFileSchema.parse(JSON.parse(text));
    const ids = Object.keys(saved.answers);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(ids.every(isRememberable)).toBe(true);
    for (const identifier of [hostname(), userInfo().username, config]) expect(text).not.toContain(identifier);

    // the repeat run of the same green meeting: every question it asks, the one-key confirmation included
    const second = new TmuxSession();
    const asked: string[] = [];
    try {
      second.start(args, { env, cols: 120, rows: 50 });
      const shown = await second.waitFor(/Are these answers still true\?/);
      expect(shown).toMatch(/Your answers from last time/);
      // the fine answers by their short titles, on one folded line
      expect(shown).toMatch(/✓ Fine, by your answers \(\d+\): [\s\S]*Two-step sign-in: /);
      asked.push('remembered-confirm');
      second.type('y');
      const firstQuestion = /\[1\/(\d+)\] What is the most sensitive information this meeting will cover/;
      const open = Number(firstQuestion.exec(await second.waitFor(firstQuestion))![1]);
      expect(open).toBe(before - ids.length);
      for (let n = 1; ; n++) {
        const screen = await second.waitFor(new RegExp(`\\[${n}/\\d+\\] |Score \\d+ of 100`), 30_000);
        const question = new RegExp(`\\? \\[${n}/\\d+\\] (.+)`).exec(screen);
        if (!question) break;
        const item = items.find((i) => question[1]!.startsWith(i.question.en.slice(0, 40)));
        expect(item, question[1]).toBeDefined();
        asked.push(item!.id);
        second.press('Enter');
      }
      expect(await second.exitCode()).toBeLessThanOrEqual(1);
      expect(second.capture()).not.toMatch(/Shall this computer remember/); // consent is not asked twice
    } finally {
      second.kill();
    }
    // at most 8 questions, and only about this meeting
    expect(asked.length).toBeLessThanOrEqual(8);
    expect(asked.filter((id) => id !== 'remembered-confirm').every((id) => !isRememberable(id))).toBe(true);
    expect(asked).toEqual(expect.arrayContaining(['data-class', 'room-private', 'room-headset']));
    // the file was kept up to date by the second run, still without an identifier
    expect(Object.keys(RememberedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).answers).sort()).toEqual([...ids].sort());

    const forget = await runCli(['--forget', '--lang', 'en'], { env });
    expect(forget.code).toBe(0);
    expect(forget.stdout).toMatch(/^Deleted the remembered answers/);
    expect(existsSync(file)).toBe(false);
  }, 120_000);
});
