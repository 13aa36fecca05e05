import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCheck, type AnyCheck } from '../src/check.js';
import { defaultPolicy } from '../src/policy.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { runAssessment, type RunEvent } from '../src/run.js';

const probe = () =>
  new ReplayProbe({
    format: 'homeoffice-check-bundle',
    version: 1,
    recordedAt: '2026-01-01T00:00:00.000Z',
    platform: { os: 'linux', release: '6', arch: 'x64' },
    interactions: [],
  });

const fake = (id: string, collect: () => Promise<Record<string, unknown>>, extra: Partial<AnyCheck> = {}): AnyCheck =>
  ({
    ...defineCheck({
      id,
      category: 'device',
      weight: 1,
      sources: ['nsm-home-office'],
      messages: MESSAGES,
      facts: z.record(z.string(), z.unknown()),
      collect,
      evaluate: (facts) => ({ status: facts.ok ? 'pass' : 'fail', blocker: true, summary: [{ id: 'done' }] }),
    }),
    ...extra,
  }) as AnyCheck;

const MESSAGES = {
  en: { title: 'A check', done: 'Done.', red: 'Red.' },
  nb: { title: 'En sjekk', done: 'Ferdig.', red: 'Rødt.' },
  nn: { title: 'Ein sjekk', done: 'Ferdig.', red: 'Raudt.' },
};

const run = (checks: AnyCheck[], extra: { offline?: boolean; onEvent?: (e: RunEvent) => void } = {}) =>
  runAssessment({
    probe: probe(),
    checks,
    questions: [],
    policy: defaultPolicy,
    options: { offline: extra.offline ?? false, speedUrl: 'http://127.0.0.1:1', stun: [] },
    lang: 'en',
    version: '0.0.0',
    answers: {},
    onEvent: extra.onEvent,
  });

describe('engine', () => {
  it('a check that throws becomes unknown with its reason, and the others still run', async () => {
    const report = await run([
      fake('boom', async () => {
        throw new Error('parser fell over\nwith a second line');
      }),
      fake('fine', async () => ({ ok: true })),
    ]);
    const boom = report.checks.find((c) => c.id === 'boom')!;
    expect(boom.status).toBe('unknown');
    // the raw error is kept for IT in reason.detail; the person reads a sentence in their language
    expect(boom.reason).toMatchObject({ code: 'internal', detail: 'parser fell over' });
    expect(boom.summary).not.toContain('parser fell over');
    expect(boom.summary).toBe('Could not finish (a fault in homeoffice-check itself), so the result is unknown.');
    expect(report.checks.find((c) => c.id === 'fine')?.status).toBe('pass');
  });

  it('a check that runs out of time becomes unknown, and its signal is aborted', async () => {
    let aborted = false;
    const slow = fake(
      'slow',
      () =>
        new Promise(() => {
          /* never settles */
        }),
      { timeoutMs: 50 },
    );
    const watching = fake('watching', async () => ({ ok: true }));
    const signalled: AnyCheck = {
      ...slow,
      id: 'signalled',
      collect: ({ signal }) =>
        new Promise(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
    };
    const report = await run([slow, signalled, watching]);
    expect(report.checks.find((c) => c.id === 'slow')).toMatchObject({ status: 'unknown' });
    expect(report.checks.find((c) => c.id === 'slow')?.summary).toMatch(/did not finish in time/);
    expect(report.checks.find((c) => c.id === 'slow')?.reason?.code).toBe('timeout');
    expect(aborted).toBe(true);
    expect(report.checks.find((c) => c.id === 'watching')?.status).toBe('pass');
  });

  it('runs checks concurrently, not one after another', async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let running = 0;
    let peak = 0;
    const make = (id: string) =>
      fake(id, async () => {
        running += 1;
        peak = Math.max(peak, running);
        await wait(30);
        running -= 1;
        return { ok: true };
      });
    await run([make('a'), make('b'), make('c'), make('d')]);
    expect(peak).toBe(4);
  });

  it('network checks are skipped offline; a failing blocker makes the run not ready', async () => {
    const net = fake('net', async () => ({ ok: true }), { network: true });
    const bad = fake('bad', async () => ({ ok: false }));
    const report = await run([net, bad], { offline: true });
    expect(report.checks.find((c) => c.id === 'net')).toMatchObject({ status: 'skipped', reason: { code: 'offline' } });
    expect(report.score.blockers).toEqual(['bad']);
    expect(report.score.verdict).toBe('not-ready');
  });

  it('reports each check as it starts and ends', async () => {
    const events: string[] = [];
    await run([fake('x', async () => ({ ok: true }))], { onEvent: (e) => events.push(`${e.type}:${'id' in e ? e.id : e.result.id}`) });
    expect(events).toEqual(['check-start:x', 'check-collected:x', 'check-done:x']);
  });

  it('judges each check once, after the answers tell the meeting: nothing provisional is shown', async () => {
    let judged = 0;
    const strict = defineCheck({
      id: 'strict',
      category: 'device',
      weight: 1,
      sources: ['nsm-home-office'],
      messages: MESSAGES,
      facts: z.object({ collected: z.number() }),
      collect: async () => ({ collected: 1 }),
      evaluate: (_facts, { meeting }) => {
        judged += 1;
        return { status: meeting.dataClass === 'red' ? 'fail' : 'warn', summary: [{ id: meeting.dataClass === 'red' ? 'red' : 'done' }] };
      },
    });
    const events: RunEvent[] = [];
    let answer!: (a: Record<string, string>) => void;
    const answers = new Promise<Record<string, string>>((resolve) => (answer = resolve));
    const pending = runAssessment({
      probe: probe(),
      checks: [
        strict,
        fake('boom', async () => {
          throw new Error('gone');
        }),
      ],
      policy: defaultPolicy,
      options: { offline: false, speedUrl: 'http://127.0.0.1:1', stun: [] },
      lang: 'en',
      version: '0.0.0',
      answers,
      onEvent: (e) => events.push(e),
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.filter((e) => e.type === 'check-done')).toEqual([]);
    expect(events.map((e) => e.type)).toContain('check-collected');
    answer({ 'data-class': 'red' });
    const report = await pending;
    expect(report.checks.find((c) => c.id === 'strict')).toMatchObject({ status: 'fail', summary: 'Red.', title: 'A check' });
    expect(judged).toBe(1);
    // a check that never gave facts keeps its unknown
    expect(report.checks.find((c) => c.id === 'boom')?.status).toBe('unknown');
  });
});

describe('the check contract', () => {
  const typed = defineCheck({
    id: 'typed',
    category: 'device',
    weight: 1,
    sources: ['nsm-home-office'],
    messages: {
      en: { title: 'Typed', ok: 'Fine at {limit}.', unsure: 'Could not tell.' },
      nb: { title: 'Typet', ok: 'Greit ved {limit}.', unsure: 'Fikk ikke avgjort.' },
      nn: { title: 'Typa', ok: 'Greitt ved {limit}.', unsure: 'Fekk ikkje avgjort.' },
    },
    facts: z.object({ value: z.number().nullable() }),
    options: z.object({ limit: z.number().default(5) }),
    collect: async () => ({ value: 3 }),
    evaluate: (facts, { options }) =>
      facts.value === null
        ? { status: 'unknown', summary: [{ id: 'unsure' }], reason: { code: 'not-found', tool: 'probe-x' } }
        : { status: facts.value <= options.limit ? 'pass' : 'fail', summary: [{ id: 'ok', params: { limit: options.limit } }] },
  });
  const runWith = (check: AnyCheck, policy = defaultPolicy, lang: 'en' | 'nb' = 'en') =>
    runAssessment({
      probe: probe(),
      checks: [check],
      questions: [],
      policy,
      options: { offline: true, speedUrl: 'http://127.0.0.1:1', stun: [] },
      lang,
      version: '0.0.0',
      answers: {},
    });

  it("renders the check's own messages in the chosen language, with its options' defaults", async () => {
    const report = await runWith(typed as AnyCheck, defaultPolicy, 'nb');
    expect(report.checks[0]).toMatchObject({ status: 'pass', title: 'Typet', summary: 'Greit ved 5.' });
  });

  it('takes options from the policy under checks.<id>.options', async () => {
    const report = await runWith(typed as AnyCheck, { ...defaultPolicy, checks: { typed: { options: { limit: 2 } } } });
    expect(report.checks[0]).toMatchObject({ status: 'fail', summary: 'Fine at 2.' });
  });

  it("an unknown carries a reason code, said in the reader's language; the tool name is kept", async () => {
    const check = { ...typed, collect: async () => ({ value: null }) } as AnyCheck;
    const nb = (await runWith(check, defaultPolicy, 'nb')).checks[0]!;
    expect(nb.reason).toEqual({ code: 'not-found', tool: 'probe-x' });
    expect(nb.summary).toBe('Fikk ikke avgjort. Årsak: det sjekken leser, finnes ikke på denne maskinen (probe-x).');
  });

  it("facts that break the check's own schema are unknown (internal), never judged", async () => {
    const check = { ...typed, collect: async () => ({ value: 'three' }) } as unknown as AnyCheck;
    const result = (await runWith(check)).checks[0]!;
    expect(result.status).toBe('unknown');
    expect(result.reason?.code).toBe('internal');
    expect(result.reason?.detail).toMatch(/^facts: value/);
  });

  it('an unknown without a reason is a fault the report names, not a silent unknown', async () => {
    const check = { ...typed, evaluate: () => ({ status: 'unknown', summary: [{ id: 'unsure' }] }) } as unknown as AnyCheck;
    expect((await runWith(check)).checks[0]!.reason?.code).toBe('internal');
  });
});
