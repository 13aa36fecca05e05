import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineCheck, type AnyCheck, type Finding } from '../src/check.js';
import { defaultPolicy } from '../src/policy.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { questions } from '../src/questions/items.js';
import type { Report } from '../src/report/schema.js';
import { runAssessment } from '../src/run.js';
import { LiveStore } from '../src/tui/store.js';
import { App, foldFine, LiveView, ResultView } from '../src/tui/view.js';

const probe = () =>
  new ReplayProbe({ format: 'homeoffice-check-bundle', version: 1, recordedAt: '2026-01-01T00:00:00.000Z', platform: { os: 'linux', release: '6', arch: 'x64' }, interactions: [] });

/** Stand-in checks of the current contract, each with its own words in both languages. */
const WORDS = {
  en: {
    title: '', 'disk.title': 'Disk encryption', 'disk.off': 'The system disk is not encrypted.', 'disk.fix': 'Ask IT to set up full-disk encryption.',
    'fw.title': 'Firewall', 'fw.on': 'The firewall is on.',
    'lock.title': 'Screen lock', 'lock.slow': 'The screen locks only after {minutes} minutes (at most {max}).', 'lock.fix': 'Set the screen to lock sooner.',
    'net.title': 'Network quality for video', 'net.mos': 'Estimated call quality {mos}.',
  },
  nb: {
    title: '', 'disk.title': 'Diskkryptering', 'disk.off': 'Systemdisken er ikke kryptert.', 'disk.fix': 'Be IT sette opp kryptering av hele disken.',
    'fw.title': 'Brannmur', 'fw.on': 'Brannmuren er på.',
    'lock.title': 'Skjermlås', 'lock.slow': 'Skjermen låses først etter {minutes} minutter (høyst {max}).', 'lock.fix': 'Still skjermen til å låses raskere.',
    'net.title': 'Nettverkskvalitet for video', 'net.mos': 'Anslått samtalekvalitet {mos}.',
  },
};
type Word = keyof typeof WORDS.en;
const titled = (title: Word) => ({ en: { ...WORDS.en, title: WORDS.en[title] }, nb: { ...WORDS.nb, title: WORDS.nb[title] } });

const check = (id: string, title: Word, finding: Finding<Word>, network = false): AnyCheck =>
  defineCheck({ id, category: network ? 'network' : 'device', weight: 3, sources: ['nsm-grunnprinsipper'], messages: titled(title), facts: z.object({}), network, collect: async () => ({}), evaluate: () => finding }) as AnyCheck;

const CHECKS: AnyCheck[] = [
  check('disk-encryption', 'disk.title', { status: 'fail', blocker: true, summary: [{ id: 'disk.off' }], remediation: [{ id: 'disk.fix' }] }),
  check('firewall', 'fw.title', { status: 'pass', summary: [{ id: 'fw.on' }] }),
  check('screen-lock', 'lock.title', { status: 'warn', summary: [{ id: 'lock.slow', params: { minutes: 30, max: 15 } }], remediation: [{ id: 'lock.fix' }] }),
  check('network-quality', 'net.title', { status: 'pass', summary: [{ id: 'net.mos', params: { mos: 4.3 } }] }, true),
];

const allYes = Object.fromEntries(questions.map((q) => [q.id, q.choices[0]!.value]));

async function report(lang: 'en' | 'nb', answers: Record<string, string> = allYes, checks = CHECKS): Promise<Report> {
  return runAssessment({ probe: probe(), checks, policy: defaultPolicy, options: { offline: false, speedUrl: 'http://127.0.0.1:1', stun: [] }, lang, version: '0.0.0', answers });
}

const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('live view', () => {
  it('running: a spinner and "checking…" per check, progress for the network test', () => {
    const store = new LiveStore(CHECKS, 'en');
    for (const c of CHECKS) store.onEvent({ type: 'check-start', id: c.id });
    store.onEvent({ type: 'check-progress', id: 'network-quality', fraction: 0.4, note: 'download' });
    const { lastFrame, unmount } = render(<LiveView rows={store.get().rows} lang="en" width={80} />);
    const frame = lastFrame()!;
    expect(frame).toContain('Disk encryption');
    expect(frame).toMatch(/Firewall\s+checking…/);
    expect(frame).toMatch(/Network quality for video\s+\[████░░░░░░\] 40 % download/);
    expect(frame).toContain('0 of 4 checks done');
    expect(frame).not.toMatch(/[✓✗]/);
    unmount();
  });

  it('done: ✓, ! and ✗ with the status in words and a one-line summary each', async () => {
    const r = await report('en');
    const store = new LiveStore(CHECKS, 'en');
    for (const result of r.checks) store.onEvent({ type: 'check-done', result });
    const { lastFrame, unmount } = render(<LiveView rows={store.get().rows} lang="en" width={100} />);
    const frame = lastFrame()!;
    expect(frame).toMatch(/✗ Disk encryption\s+Fails: The system disk is not encrypted/);
    expect(frame).toMatch(/✓ Firewall\s+OK: The firewall is on\./);
    expect(frame).toMatch(/! Screen lock\s+Warning: The screen locks only after 30 minutes/);
    expect(frame).toContain('4 of 4 checks done');
    unmount();
  });

  it('a check that failed to run shows as unknown with its reason', async () => {
    const broken = defineCheck({ id: 'firewall', category: 'device', weight: 3, sources: ['cisa-video'], messages: titled('fw.title'), facts: z.object({}), collect: async () => { throw new Error('probe exploded'); }, evaluate: () => ({ status: 'pass', summary: [] }) }) as AnyCheck;
    const r = await report('en', allYes, [broken]);
    const store = new LiveStore([broken], 'en');
    store.onEvent({ type: 'check-done', result: r.checks[0]! });
    const { lastFrame, unmount } = render(<LiveView rows={store.get().rows} lang="en" width={100} />);
    expect(lastFrame()).toMatch(/\? Firewall\s+Unknown: Could not finish \(a fault in homeoffice-check itself\)/);
    unmount();
  });
});

describe('result', () => {
  it('blockers first, each shortfall with its fix, what is fine folded into one line', async () => {
    const r = await report('en', { ...allYes, 'data-class': 'red', 'mtg-no-chat': 'no', 'inc-72h': 'no' });
    const { lastFrame, unmount } = render(<ResultView report={r} width={100} />);
    const frame = lastFrame()!;
    expect(frame).toMatch(/Readiness score: \d{1,3}\/100 — Not ready/);
    const blockers = frame.indexOf('Must be fixed before the meeting:');
    const toFix = frame.indexOf('To fix:');
    expect(blockers).toBeGreaterThan(0);
    expect(toFix).toBeGreaterThan(blockers);
    const blockerPart = frame.slice(blockers, toFix);
    expect(blockerPart).toContain('✗ Fails: Disk encryption');
    expect(blockerPart).toContain('Fix: Ask IT to set up full-disk encryption');
    expect(blockerPart).toContain('keep sensitive matters to speech'); // the chat rule blocks in a red meeting
    const fixPart = frame.slice(toFix);
    expect(fixPart).toContain('! Warning: Screen lock');
    expect(fixPart).toContain('Datatilsynet within 72 hours'); // inc-72h falls short but never blocks
    const fine = lines(frame).filter((l) => l.startsWith('✓ Fine ('));
    expect(fine).toHaveLength(1);
    expect(frame).not.toContain('OK: Firewall'); // folded, not listed
    unmount();
  });

  it('speaks Bokmål', async () => {
    const r = await report('nb', { ...allYes, 'acc-mfa.vpn': 'no' });
    const { lastFrame, unmount } = render(<ResultView report={r} width={100} />);
    const frame = lastFrame()!;
    expect(frame).toMatch(/Klar-poeng: \d{1,3}\/100 — Ikke klar/);
    expect(frame).toContain('Må rettes før møtet:');
    expect(frame).toContain('Slå på tofaktorautentisering for VPN');
    unmount();
  });

  it('counts unanswered questions instead of listing them', async () => {
    const r = await report('en', {});
    const { lastFrame, unmount } = render(<ResultView report={r} width={100} />);
    // the questions for red meetings only are neither asked nor reported here
    expect(r.questions.length).toBeLessThan(questions.length);
    expect(lastFrame()).toContain(`${r.questions.length} question(s) not answered.`);
    unmount();
  });

  it('at 80 columns no line is wider than the terminal', async () => {
    const r = await report('nb', { ...allYes, 'data-class': 'red', 'mtg-no-chat': 'no', 'room-headset': 'unsure' });
    const store = new LiveStore(CHECKS, 'nb');
    for (const result of r.checks) store.onEvent({ type: 'check-done', result });
    for (const tree of [<LiveView rows={store.get().rows} lang="nb" width={79} />, <ResultView report={r} width={79} />]) {
      const { lastFrame, unmount } = render(tree);
      for (const line of lines(lastFrame())) expect(line.length, line).toBeLessThanOrEqual(80);
      unmount();
    }
  });

  it('the video tool advice: wrapped lines of an entry hang under its text, not under its mark', async () => {
    const r = await report('en');
    expect(r.advice?.videoTool?.tools.length).toBeGreaterThan(0);
    const { lastFrame, unmount } = render(<ResultView report={r} width={60} />);
    const all = lines(lastFrame());
    const first = all.findIndex((line) => line.startsWith('  - '));
    expect(first).toBeGreaterThan(0);
    // the entry goes on over the next line(s), each indented past the mark
    expect(all[first + 1]).toMatch(/^ {4}\S/);
    for (const line of all) expect(line.length, line).toBeLessThanOrEqual(60);
    unmount();
  });

  it('folds what is fine to fit the width, naming as many as fit', () => {
    const fine = ['Firewall', 'Disk encryption', 'Screen lock', 'Antivirus'].map((title, i) => ({ id: `x${i}`, status: 'pass' as const, title, summary: null, remediation: null, blocker: false }));
    expect(foldFine(fine, 'en', 100)).toBe('✓ Fine (4): Firewall, Disk encryption, Screen lock, Antivirus');
    const narrow = foldFine(fine, 'en', 40);
    expect(narrow.length).toBeLessThanOrEqual(40);
    expect(narrow).toMatch(/^✓ Fine \(4\): Firewall.*and \d more$/);
  });
});

describe('App', () => {
  it('shows the live view, then the result once the report is in, and exits', async () => {
    const store = new LiveStore(CHECKS, 'en');
    let interrupted = 0;
    const app = render(<App store={store} lang="en" width={79} onInterrupt={() => interrupted++} />);
    store.onEvent({ type: 'check-start', id: 'firewall' });
    await vi.waitFor(() => expect(app.lastFrame()).toContain('checking…'), { timeout: 5_000, interval: 20 });
    expect(app.lastFrame()).not.toContain('/100');
    const r = await report('en');
    for (const result of r.checks) store.onEvent({ type: 'check-done', result });
    store.finish(r);
    // the result is written once, as static output: look for it among the frames written so far
    // (the last frame may be the emptied live area after it), waiting as long as a busy machine needs
    const resultFrame = () => app.frames.find((f) => /Readiness score: \d+\/100 — Not ready/.test(f));
    await vi.waitFor(() => expect(resultFrame()).toBeDefined(), { timeout: 5_000, interval: 20 });
    const frame = resultFrame()!;
    expect(frame).toContain('4 of 4 checks done');
    expect(frame).not.toContain('checking…');
    expect(interrupted).toBe(0);
    app.unmount();
  });

  it('Ctrl+C while the view is up goes to the interrupt handler', async () => {
    const store = new LiveStore(CHECKS, 'en');
    let interrupted = 0;
    const app = render(<App store={store} lang="en" width={79} onInterrupt={() => interrupted++} />);
    // input reaches the view once it listens; on a busy machine that can take a while: press again until it does
    await vi.waitFor(
      () => {
        const before = interrupted;
        app.stdin.write('x');
        expect(interrupted).toBe(before);
        app.stdin.write('\u0003');
        expect(interrupted).toBeGreaterThan(0);
      },
      { timeout: 5_000, interval: 50 },
    );
    app.unmount();
  });
});

describe('cutting to width (fuzzed)', () => {
  it('truncate and foldFine never exceed the width they are given', async () => {
    const fc = await import('fast-check');
    const { truncate } = await import('../src/tui/view.js');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (text, width) => {
        const cut = truncate(text, width);
        expect([...cut].length).toBeLessThanOrEqual(Math.max(width, 1));
        if ([...text].length <= width) expect(cut).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 40, max: 160 }), (titles, width) => {
        const lines = titles.map((title, i) => ({ id: `i${i}`, status: 'pass' as const, title, summary: null, remediation: null, blocker: false }));
        const folded = foldFine(lines, 'nb', width);
        expect(folded).toContain(`(${titles.length})`);
        // the count and the "and N more" always fit in 40 columns, so the fold fits whenever the width is 40 or more
        expect(folded.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
