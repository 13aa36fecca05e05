/**
 * The interactive flow in a real terminal (tmux): keys answer every question, the screen is read
 * back. Everything runs offline or against servers this file starts on 127.0.0.1.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSpeedServer, startStunServer } from '../src/probe/net/testserver.js';
import { questions } from '../src/questions/items.js';
import { applies } from '../src/questions/evaluate.js';
import { defaultPolicy } from '../src/policy.js';
import { ReportSchema } from '../src/report/schema.js';
import { TmuxSession } from './helpers/tmux.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-tui-'));
// only the escape sequences of colour and style (SGR) are allowed in a plain run
const NON_SGR = /\u001b(?!\[[0-9;]*m)/;

let sessions: TmuxSession[] = [];
const session = () => {
  const s = new TmuxSession();
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions) s.kill();
  sessions = [];
});

/** The screen with the questions' wrapped lines joined back (they go on under the text, indented by two). */
const unwrap = (screen: string) => screen.replace(/\n {2}(?=\S)/g, ' ');

/** The keys for each question: a red meeting, the VPN not used (arrow keys), no two-factor on the video tool. */
function keysFor(id: string, yes: string): string[][] {
  if (id === 'data-class') return [['-l', '3'], ['Enter']]; // the third answer: confidential (red)
  // the first answer; screen sharing and recording: "No", the first of their own answers (no yes/no there)
  if (id === 'room-private' || id === 'meeting-need' || id === 'mtg-sharing' || id === 'mtg-no-recording') return [['Enter']];
  if (id === 'acc-mfa.vpn') return [['Down'], ['Down'], ['Down'], ['Enter']]; // "I do not use it"
  if (id === 'acc-mfa.video') return [['-l', 'n']];
  return [['-l', yes]];
}

/**
 * Answer whatever is asked until the questions end: the list grows once the meeting is said to be
 * red, so the open question is read off the screen ([n/total] and its text) each time.
 */
async function answerAll(term: TmuxSession, lang: 'nb' | 'en', yes: string): Promise<string[]> {
  const asked: string[] = [];
  for (let n = 1; ; n++) {
    // a long question is wrapped onto lines indented by two: read it as one line
    const screen = unwrap(await term.waitFor((text) => new RegExp(`\\? \\[${n}/\\d+\\] |\\[${n - 1}/${n - 1}\\][^\\n]*·`).test(unwrap(text))));
    const open = new RegExp(`\\? \\[${n}/(\\d+)\\] (.+)`).exec(screen);
    if (!open) break; // the last question was answered
    // the question is wrapped by the tool at word boundaries, never by the 80-column terminal mid-word
    const raw = term
      .capture()
      .split('\n')
      .find((line) => line.startsWith(`? [${n}/`));
    expect(raw!.length, raw).toBeLessThanOrEqual(80);
    const item = questions.find((q) => open[2]!.startsWith(q.question[lang].slice(0, 40)));
    expect(item, open[2]).toBeDefined();
    asked.push(item!.id);
    for (const keys of keysFor(item!.id, yes)) {
      if (keys[0] === '-l') term.type(keys[1]!);
      else term.press(...keys);
    }
  }
  return asked;
}

const cases = [
  {
    lang: 'en',
    yes: 'y',
    score: /Not ready\. Score \d{1,3} of 100\./,
    blockers: 'Must be fixed before the meeting:',
    fix: 'Fix: Turn on two-step sign-in for the video meeting tool',
    saved: 'Report saved to',
  },
  {
    lang: 'nb',
    yes: 'j',
    score: /Ikke klar\. Poengsum \d{1,3} av 100\./,
    blockers: 'Må rettes før møtet:',
    fix: 'Slik retter du det: Slå på totrinnsinnlogging for videomøteverktøyet',
    saved: 'Rapporten er lagret i',
  },
] as const;

describe('in a real terminal', () => {
  for (const c of cases) {
    it(`asks every question, then shows the score, the verdict and the fixes (${c.lang}, 80x24)`, async () => {
      const dir = tmp();
      const out = join(dir, 'report.json');
      const term = session();
      term.start(['--offline', '--lang', c.lang, '-o', out]);
      const asked = await answerAll(term, c.lang, c.yes);
      // red meetings bring the video tool's secure settings; the general link question gives way to them
      expect(asked).toEqual(expect.arrayContaining(['data-class', 'acc-mfa.email', 'vt-passcode', 'vt-waiting-room', 'inc-72h', 'net-router-hardened']));
      expect(asked).not.toContain('mtg-private-link');
      expect(new Set(asked).size).toBe(asked.length);
      expect(await term.exitCode()).toBe(1);
      const screen = term.capture();
      expect(screen).toMatch(c.score);
      expect(screen.match(new RegExp(c.score.source, 'g'))).toHaveLength(1); // drawn once, not smeared
      const blockers = screen.indexOf(c.blockers);
      expect(blockers).toBeGreaterThan(screen.search(c.score));
      expect(screen.slice(blockers)).toContain(c.fix);
      expect(screen).toContain(c.saved);
      // the live view's check lines, with symbols and words
      expect(screen).toMatch(/^[✓!✗?-] \S/m);
      // what the keys said is what the report holds
      const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      const answer = (id: string) => report.questions.find((q) => q.id === id)?.answer;
      expect(report.questions.map((q) => q.id).sort()).toEqual([...asked].sort());
      expect(report.questions.every((q) => q.answer !== null)).toBe(true);
      expect([answer('data-class'), answer('room-private'), answer('acc-mfa.vpn'), answer('acc-mfa.video'), answer('inc-72h')]).toEqual([
        'red',
        'alone-closed',
        'not-used',
        'no',
        'yes',
      ]);
      // of the answers, only "no" to two-step sign-in blocks (this machine's own blockers vary with the machine)
      expect(report.score.blockers.filter((id) => report.questions.some((q) => q.id === id))).toEqual(['acc-mfa.video']);
      expect(term.cursorVisible()).toBe(true);
    });
  }

  it('asks only what an answers file leaves open', async () => {
    const dir = tmp();
    const file = join(dir, 'answers.json');
    // a green meeting: the questions for red meetings do not apply; all but the last two answered
    const applicable = questions.filter((q) => applies(q, { 'data-class': 'green', 'meeting-need': 'one-to-one-client' }, defaultPolicy));
    const given = Object.fromEntries(applicable.slice(0, -2).map((q) => [q.id, q.choices[0]!.value]));
    writeFileSync(file, JSON.stringify({ answers: given }));
    const term = session();
    term.start(['--offline', '--lang', 'en', '--answers', file]);
    await term.waitFor(/\? \[1\/2\]/);
    expect(unwrap(term.capture())).toContain(applicable.at(-2)!.question.en);
    term.type('y');
    await term.waitFor(/\? \[2\/2\]/);
    term.type('y');
    expect([0, 1]).toContain(await term.exitCode());
    const screen = term.capture();
    expect(screen).toMatch(/Score \d{1,3} of 100\./);
    expect(screen).not.toContain('Not answered (');
  });

  it('colours the view, and NO_COLOR takes the colour away but keeps symbols and words', async () => {
    const coloured = session();
    coloured.start(['--offline', '--no-questions', '--lang', 'en']);
    await coloured.exitCode();
    expect(coloured.capture({ escapes: true })).toMatch(/\u001b\[[0-9;]*3[1-3][;m]/);
    const plain = session();
    plain.start(['--offline', '--no-questions', '--lang', 'en'], { env: { NO_COLOR: '1' } });
    await plain.exitCode();
    const screen = plain.capture({ escapes: true });
    expect(screen).toMatch(/Score \d{1,3} of 100\./);
    expect(screen).toMatch(/^[✓!✗?-] \S/m);
    expect(screen).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|38;)/);
  });

  it('with stdout piped: plain lines, no escape sequences beyond colour, even when colour is forced', async () => {
    const dir = tmp();
    const out = join(dir, 'stdout.txt');
    const term = session();
    term.start(['--offline', '--lang', 'en'], { env: { FORCE_COLOR: '1' }, stdoutFile: out });
    expect([0, 1]).toContain(await term.exitCode());
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/Score \d{1,3} of 100\./);
    expect(text).not.toMatch(NON_SGR);
    expect(text).toMatch(/Only the computer was checked: no question was answered/); // nobody to ask on a pipe
  });

  it('on a terminal with CI set: plain lines, nothing asked, no live view', async () => {
    const term = session();
    term.start(['--offline', '--lang', 'en'], { env: { CI: 'true' } });
    expect([0, 1]).toContain(await term.exitCode());
    const screen = term.capture();
    expect(screen).toMatch(/Score \d{1,3} of 100\./);
    expect(screen).not.toMatch(/\[1\/\d+\]/); // nothing was asked
    expect(screen).toMatch(/Only the computer was checked: no question was answered/);
    expect(screen).not.toMatch(/checks done/); // the live view was not shown
  });

  for (const [what, env, args] of [
    ['--plain', {}, ['--plain']],
    ['TERM=dumb', { TERM: 'dumb' }, []],
  ] as const) {
    it(`on a terminal with ${what}: the questions in plain lines, typed answers, then plain lines`, async () => {
      const dir = tmp();
      const out = join(dir, 'report.json');
      const term = session();
      term.start(['--offline', '--lang', 'nb', '-o', out, ...args], { env: { ...env } });
      await term.waitFor(/\[1\/\d+\]/);
      term.type('x');
      term.press('Enter'); // not an answer: asked again
      await term.waitFor(/Skriv et tall fra 1 til 5/); // the data class has five answers
      for (let n = 1; ; n++) {
        const screen = await term.waitFor(new RegExp(`\\[${n}/\\d+\\]|Poengsum`));
        if (!new RegExp(`\\[${n}/\\d+\\]`).test(screen)) break;
        term.type('1'); // the first answer: a green meeting, then yes (or the best answer) to everything
        term.press('Enter');
      }
      expect([0, 1]).toContain(await term.exitCode());
      const screen = term.capture();
      expect(screen).toMatch(/Poengsum \d{1,3} av 100\./);
      expect(screen).not.toContain('Ikke besvart');
      expect(screen).not.toMatch(/sjekker ferdige/); // no live view
      const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(report.questions.every((q) => q.answer !== null)).toBe(true);
      expect(report.questions.find((q) => q.id === 'data-class')?.answer).toBe('green');
    });
  }

  it('Ctrl+C during the questions: exit 130 at once, no report file, the cursor back', async () => {
    const dir = tmp();
    const term = session();
    term.start(['--offline', '--lang', 'en', '-o', join(dir, 'report.json')]);
    await term.waitFor(/\? \[1\//);
    term.press('Enter');
    await term.waitFor(/\? \[2\//);
    term.press('C-c');
    expect(await term.exitCode(5_000)).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
    expect(term.cursorVisible()).toBe(true);
    expect(term.capture()).not.toContain('[3/');
  });

  it('Ctrl+C while a question waits in plain lines: exit 130 at once, no report file', async () => {
    const dir = tmp();
    const term = session();
    term.start(['--offline', '--plain', '--lang', 'en', '-o', join(dir, 'report.json')]);
    await term.waitFor(/Answer \(1-5\):/);
    term.press('C-c');
    expect(await term.exitCode(5_000)).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl+C while the network test runs in the live view: exit 130, no report file, the cursor back', async () => {
    // a slow line, so that the network test is still under way when the key comes
    const http = await startSpeedServer({ downBps: 200_000, upBps: 200_000 });
    const stun = await startStunServer({ delayMs: 20 });
    try {
      const dir = tmp();
      const term = session();
      term.start(['--no-questions', '--lang', 'en', '--speed-url', http.url, '--stun', `127.0.0.1:${stun.port}`, '-o', join(dir, 'report.json')]);
      await term.waitFor(/Network quality for video\s+\[[█░]+\] \d+ %/);
      expect(term.cursorVisible()).toBe(false); // Ink hides it while it draws
      term.press('C-c');
      expect(await term.exitCode(5_000)).toBe(130);
      expect(readdirSync(dir)).toEqual([]);
      expect(term.cursorVisible()).toBe(true);
      expect(term.capture()).not.toMatch(/of 100/);
    } finally {
      await http.close();
      await stun.close();
    }
  });
});
