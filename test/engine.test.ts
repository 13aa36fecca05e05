import { describe, expect, it } from 'vitest';
import { defineCheck, type AnyCheck } from '../src/check.js';
import { defaultPolicy } from '../src/policy.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { runAssessment, type RunEvent } from '../src/run.js';

const probe = () =>
  new ReplayProbe({ format: 'homeoffice-check-bundle', version: 1, recordedAt: '2026-01-01T00:00:00.000Z', platform: { os: 'linux', release: '6', arch: 'x64' }, interactions: [] });

const fake = (id: string, collect: () => Promise<Record<string, unknown>>, extra: Partial<AnyCheck> = {}): AnyCheck =>
  defineCheck({
    id,
    category: 'device',
    weight: 1,
    sources: ['nsm-home-office'],
    title: 'os.title',
    collect,
    evaluate: (facts) => ({ status: facts.ok ? 'pass' : 'fail', blocker: true, summary: [{ id: 'os.pending-none' }], facts }),
    ...extra,
  });

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
    expect(boom.summary).toContain('parser fell over');
    expect(boom.summary).not.toContain('second line');
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
    expect(report.checks.find((c) => c.id === 'slow')?.summary).toMatch(/did not finish within 0 s|did not finish/);
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
    expect(report.checks.find((c) => c.id === 'net')?.status).toBe('skipped');
    expect(report.score.blockers).toEqual(['bad']);
    expect(report.score.verdict).toBe('not-ready');
  });

  it('reports each check as it starts and ends', async () => {
    const events: string[] = [];
    await run([fake('x', async () => ({ ok: true }))], { onEvent: (e) => events.push(`${e.type}:${'id' in e ? e.id : e.result.id}`) });
    expect(events).toEqual(['check-start:x', 'check-done:x']);
  });
  it('judges the facts again by the meeting the employee describes: provisional live, final in the report', async () => {
    const strict = defineCheck({
      id: 'strict',
      category: 'device',
      weight: 1,
      sources: ['nsm-home-office'],
      title: 'os.title',
      collect: async () => ({ collected: 1 }),
      evaluate: (facts, _policy, meeting) => ({ status: meeting?.dataClass === 'red' ? 'fail' : 'warn', summary: [{ id: 'os.pending-none' }], facts }),
    });
    const events: RunEvent[] = [];
    let answer!: (a: Record<string, string>) => void;
    const answers = new Promise<Record<string, string>>((resolve) => (answer = resolve));
    const pending = runAssessment({
      probe: probe(),
      checks: [strict, fake('boom', async () => { throw new Error('gone'); })],
      policy: defaultPolicy,
      options: { offline: false, speedUrl: 'http://127.0.0.1:1', stun: [] },
      lang: 'en',
      version: '0.0.0',
      answers,
      onEvent: (e) => events.push(e),
    });
    await new Promise((r) => setTimeout(r, 20));
    const live = events.flatMap((e) => (e.type === 'check-done' && e.result.id === 'strict' ? [e.result.status] : []));
    expect(live).toEqual(['warn']);
    answer({ 'data-class': 'red' });
    const report = await pending;
    expect(report.checks.find((c) => c.id === 'strict')?.status).toBe('fail');
    // a check that never gave facts keeps its unknown
    expect(report.checks.find((c) => c.id === 'boom')?.status).toBe('unknown');
  });
});
