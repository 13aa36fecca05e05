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
import { foldList, wrapWords } from '../src/report/plain.js';
import { App, LiveView, ResultView } from '../src/tui/view.js';

const probe = () =>
  new ReplayProbe({
    format: 'homeoffice-check-bundle',
    version: 1,
    recordedAt: '2026-01-01T00:00:00.000Z',
    platform: { os: 'linux', release: '6', arch: 'x64' },
    interactions: [],
  });

/** Stand-in checks of the current contract, each with its own words in both languages. */
const WORDS = {
  en: {
    title: '',
    'disk.title': 'Disk encryption',
    'disk.off': 'The system disk is not encrypted.',
    'disk.fix': 'Ask IT to set up full-disk encryption.',
    'fw.title': 'Firewall',
    'fw.on': 'The firewall is on.',
    'lock.title': 'Screen lock',
    'lock.slow': 'The screen locks only after {minutes} minutes (at most {max}).',
    'lock.fix': 'Set the screen to lock sooner.',
    'net.title': 'Network quality for video',
    'net.mos': 'Estimated call quality {mos}.',
  },
  nb: {
    title: '',
    'disk.title': 'Diskkryptering',
    'disk.off': 'Systemdisken er ikke kryptert.',
    'disk.fix': 'Be IT sette opp kryptering av hele disken.',
    'fw.title': 'Brannmur',
    'fw.on': 'Brannmuren er på.',
    'lock.title': 'Skjermlås',
    'lock.slow': 'Skjermen låses først etter {minutes} minutter (høyst {max}).',
    'lock.fix': 'Still skjermen til å låses raskere.',
    'net.title': 'Nettverkskvalitet for video',
    'net.mos': 'Anslått samtalekvalitet {mos}.',
  },
  nn: {
    title: '',
    'disk.title': 'Diskkryptering',
    'disk.off': 'Systemdisken er ikkje kryptert.',
    'disk.fix': 'Be IT setje opp kryptering av heile disken.',
    'fw.title': 'Brannmur',
    'fw.on': 'Brannmuren er på.',
    'lock.title': 'Skjermlås',
    'lock.slow': 'Skjermen blir låst først etter {minutes} minutt (høgst {max}).',
    'lock.fix': 'Still inn skjermen slik at han blir låst raskare.',
    'net.title': 'Nettverkskvalitet for video',
    'net.mos': 'Venta samtalekvalitet {mos}.',
  },
};
type Word = keyof typeof WORDS.en;
const titled = (title: Word) => ({
  en: { ...WORDS.en, title: WORDS.en[title] },
  nb: { ...WORDS.nb, title: WORDS.nb[title] },
  nn: { ...WORDS.nn, title: WORDS.nn[title] },
});

const check = (id: string, title: Word, finding: Finding<Word>, network = false): AnyCheck =>
  defineCheck({
    id,
    category: network ? 'network' : 'device',
    weight: 3,
    sources: ['nsm-grunnprinsipper'],
    messages: titled(title),
    facts: z.object({}),
    network,
    collect: async () => ({}),
    evaluate: () => finding,
  }) as AnyCheck;

const CHECKS: AnyCheck[] = [
  check('disk-encryption', 'disk.title', { status: 'fail', blocker: true, summary: [{ id: 'disk.off' }], remediation: [{ id: 'disk.fix' }] }),
  check('firewall', 'fw.title', { status: 'pass', summary: [{ id: 'fw.on' }] }),
  check('screen-lock', 'lock.title', { status: 'warn', summary: [{ id: 'lock.slow', params: { minutes: 30, max: 15 } }], remediation: [{ id: 'lock.fix' }] }),
  check('network-quality', 'net.title', { status: 'pass', summary: [{ id: 'net.mos', params: { mos: 4.3 } }] }, true),
];

const allYes = Object.fromEntries(questions.map((q) => [q.id, q.choices[0]!.value]));

async function report(lang: 'en' | 'nb', answers: Record<string, string> = allYes, checks = CHECKS): Promise<Report> {
  return runAssessment({
    probe: probe(),
    checks,
    policy: defaultPolicy,
    options: { offline: false, speedUrl: 'http://127.0.0.1:1', stun: [] },
    lang,
    version: '0.0.0',
    answers,
  });
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
    const broken = defineCheck({
      id: 'firewall',
      category: 'device',
      weight: 3,
      sources: ['cisa-video'],
      messages: titled('fw.title'),
      facts: z.object({}),
      collect: async () => {
        throw new Error('probe exploded');
      },
      evaluate: () => ({ status: 'pass', summary: [] }),
    }) as AnyCheck;
    const r = await report('en', allYes, [broken]);
    const store = new LiveStore([broken], 'en');
    store.onEvent({ type: 'check-done', result: r.checks[0]! });
    const { lastFrame, unmount } = render(<LiveView rows={store.get().rows} lang="en" width={100} />);
    expect(lastFrame()).toMatch(/\? Firewall\s+Unknown: Could not finish \(a fault in homeoffice-check itself\)/);
    unmount();
  });
});

describe('result', () => {
  it('the verdict in words, blockers first, then what to fix soon, each line measured or declared; what is fine folded', async () => {
    const r = await report('en', { ...allYes, 'data-class': 'red', 'mtg-no-chat': 'no', 'inc-72h': 'no' });
    const { lastFrame, unmount } = render(<ResultView report={r} width={100} />);
    const frame = lastFrame()!;
    expect(lines(frame)[1]).toMatch(/^Not ready\. Score \d{1,3} of 100\.$/);
    expect(frame).toContain('A confidential (red) meeting: the strict rules apply.');
    const blockers = frame.indexOf('Must be fixed before the meeting:');
    const toFix = frame.indexOf('Fix soon:');
    expect(blockers).toBeGreaterThan(0);
    expect(toFix).toBeGreaterThan(blockers);
    const blockerPart = frame.slice(blockers, toFix);
    expect(blockerPart).toContain('✗ Fails: Disk encryption (measured on this computer)');
    expect(blockerPart).toContain('Fix: Ask IT to set up full-disk encryption');
    // the chat rule blocks in a red meeting: its short title, declared, with the answer given
    expect(blockerPart).toContain('✗ Fails: Nothing sensitive in the chat (your answer)');
    expect(blockerPart).toContain('You answered “No”.');
    const fixPart = frame.slice(toFix);
    expect(fixPart).toContain('! Warning: Screen lock (measured on this computer)');
    // the failure is listed before the warning
    expect(fixPart.indexOf('The 72-hour deadline')).toBeLessThan(fixPart.indexOf('Screen lock'));
    expect(fixPart).toContain('Datatilsynet through Altinn, as soon as possible and within 72 hours'); // inc-72h falls short but never blocks
    expect(lines(frame).filter((l) => l.startsWith('✓ Fine, measured on this computer ('))).toHaveLength(1);
    expect(lines(frame).filter((l) => l.startsWith('✓ Fine, by your answers ('))).toHaveLength(1);
    expect(frame).not.toContain('OK: Firewall'); // folded, not listed
    expect(frame).toContain('Nothing from this run is sent to IT or saved.');
    unmount();
  });

  it('says what IT receives before the report is sent, and that no network name or address goes with it', async () => {
    const r = await report('en');
    const { lastFrame, unmount } = render(
      <ResultView report={r} width={100} delivery={{ url: 'https://collector.example.no/ingest?x=1', file: 'report.json' }} />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('What IT receives (sent to collector.example.no now):');
    expect(frame).toContain('your answers to the questions');
    expect(frame).toMatch(/Not sent: the network name, IP or MAC addresses, the computer's name and your user name\./);
    unmount();
  });

  it('speaks Bokmål', async () => {
    const r = await report('nb', { ...allYes, 'acc-mfa.vpn': 'no' });
    const { lastFrame, unmount } = render(<ResultView report={r} width={100} />);
    const frame = lastFrame()!;
    expect(frame).toMatch(/Ikke klar\. Poengsum \d{1,3} av 100\./);
    expect(frame).toContain('Må rettes før møtet:');
    expect(frame).toContain('✗ Ikke i orden: Totrinnsinnlogging: VPN (svaret ditt)');
    expect(frame).toContain('Slå på totrinnsinnlogging for VPN');
    unmount();
  });

  it('names the unanswered questions by their short titles; with none answered, says only the machine was judged', async () => {
    const some = await report('en', { 'data-class': 'green', 'acc-passwords': 'yes' });
    const open = some.questions.filter((q) => q.answer === null).length;
    const { lastFrame, unmount } = render(<ResultView report={some} width={100} />);
    expect(lastFrame()).toContain(`Not answered (${open}):`);
    expect(lastFrame()).toMatch(/The room, Headphones, /);
    unmount();
    const none = await report('en', {});
    const machine = render(<ResultView report={none} width={100} />);
    expect(machine.lastFrame()).toMatch(/^The computer .*Score \d{1,3} of 100\./m);
    expect(machine.lastFrame()).toContain('Only the computer was checked');
    expect(machine.lastFrame()).not.toContain('Not answered');
    machine.unmount();
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

  it('folds what is fine into short lines under its heading, naming every one, separated by commas only (a title may hold "og" itself)', () => {
    const titles = ['Firewall', 'Disk encryption', 'Screen lock', 'Antivirus'];
    expect(foldList('✓ Fine (4):', titles, 100)).toEqual(['✓ Fine (4):', '    Firewall, Disk encryption, Screen lock, Antivirus.']);
    expect(foldList('✓ Fine (4):', titles, 30)).toEqual(['✓ Fine (4):', '    Firewall, Disk encryption,', '    Screen lock, Antivirus.']);
    const norsk = ['Kryptering av trådlaust nett', 'Fjernstyringsverktøy og privat skylagring'];
    expect(foldList('✓ I orden (2):', norsk, 100)).toEqual(['✓ I orden (2):', '    Kryptering av trådlaust nett, Fjernstyringsverktøy og privat skylagring.']);
  });
});

describe('App', () => {
  it('shows the live view, then the result once the report is in, and exits', async () => {
    const store = new LiveStore(CHECKS, 'en');
    let interrupted = 0;
    const app = render(<App store={store} lang="en" width={79} onInterrupt={() => interrupted++} />);
    store.onEvent({ type: 'check-start', id: 'firewall' });
    await vi.waitFor(() => expect(app.lastFrame()).toContain('checking…'), { timeout: 5_000, interval: 20 });
    expect(app.lastFrame()).not.toContain('of 100');
    const r = await report('en');
    for (const result of r.checks) store.onEvent({ type: 'check-done', result });
    store.finish(r);
    // the result is written once, as static output: look for it among the frames written so far
    // (the last frame may be the emptied live area after it), waiting as long as a busy machine needs
    const resultFrame = () => app.frames.find((f) => /Not ready\. Score \d+ of 100/.test(f));
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

describe('App: fix it now', () => {
  const LINKED: AnyCheck[] = [
    check('disk-encryption', 'disk.title', {
      status: 'fail',
      blocker: true,
      summary: [{ id: 'disk.off' }],
      remediation: [{ id: 'disk.fix' }],
      link: 'ms-settings:deviceencryption',
    }),
    check('firewall', 'fw.title', { status: 'pass', summary: [{ id: 'fw.on' }] }),
    check('screen-lock', 'lock.title', {
      status: 'warn',
      summary: [{ id: 'lock.slow', params: { minutes: 30, max: 15 } }],
      remediation: [{ id: 'lock.fix' }],
      link: 'ms-settings:signinoptions',
    }),
  ];

  it('with two shortfalls to open: the arrow keys choose, Enter opens the chosen one, r checks only it again, q ends', async () => {
    const store = new LiveStore(LINKED, 'en');
    const opened: string[] = [];
    const rechecked: string[] = [];
    const first = await report('en', allYes, LINKED);
    const actions = {
      open: async (link: string) => {
        opened.push(link);
        return true;
      },
      recheck: async (current: Report, id: string) => {
        rechecked.push(id);
        // the screen lock, fixed: a pass, and the score it would give
        const checks = current.checks.map((c) => (c.id === id ? { ...c, status: 'pass' as const, summary: 'Locks at once.' } : c));
        return { ...current, checks, score: { ...current.score, value: current.score.value + 7 } };
      },
    };
    const app = render(<App store={store} lang="en" width={100} onInterrupt={() => undefined} actions={actions} />);
    store.finish(first);
    const frame = () => app.lastFrame() ?? '';
    await vi.waitFor(() => expect(frame()).toContain('Up and down arrows: choose · Enter: open the setting · r: check again · q: done'), { timeout: 5_000 });
    // the blocker first, chosen
    expect(frame()).toMatch(/› ✗ Disk encryption/);
    expect(frame()).toMatch(/^ {2}! Screen lock/m);
    expect(frame()).toContain(`Now: Not ready. Score ${first.score.value} of 100.`);
    app.stdin.write('\u001b[B'); // down
    await vi.waitFor(() => expect(frame()).toMatch(/› ! Screen lock/), { timeout: 5_000 });
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame()).toContain('The setting is open.'), { timeout: 5_000 });
    expect(opened).toEqual(['ms-settings:signinoptions']);
    app.stdin.write('r');
    await vi.waitFor(() => expect(frame()).toContain(`Score ${first.score.value + 7} of 100.`), { timeout: 5_000 });
    expect(rechecked).toEqual(['screen-lock']);
    expect(frame()).toMatch(/› ✓ Screen lock/);
    expect(frame().match(/Now: /g)).toHaveLength(1);
    expect(store.get().current?.score.value).toBe(first.score.value + 7);
    app.unmount();
  });
});

describe('cutting to width (fuzzed)', () => {
  it('truncate, wrapWords and foldList never exceed the width they are given', async () => {
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
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 20, max: 160 }), (titles, width) => {
        const folded = foldList('✓ Fine:', titles, width);
        for (const line of folded) expect([...line].length).toBeLessThanOrEqual(width);
        // nothing is lost: every word of every title is in the lines, in order
        const words = (text: string) => text.split(/\s+/).filter(Boolean).join('');
        expect(words(folded.slice(1).join(' '))).toBe(words(`${titles.join(', ')}.`));
        for (const line of wrapWords(titles.join(' '), width, '  ')) expect([...line].length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
