import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { evaluateQuestions, meetingOf, type Meeting } from '../src/questions/evaluate.js';
import { questionsFor } from '../src/questions/items.js';
import type { Answers, Choice, QuestionItem } from '../src/questions/types.js';
import { CAP_ABOVE_WEAKER, checkBlocks, combine, exitsNotReady, score, type Scored, type ScoredQuestion } from '../src/score.js';

const check = (id: string, status: Scored['status'], weight = 1, blocker = false, category: Scored['category'] = 'device'): Scored => ({
  id,
  status,
  weight,
  blocker,
  category,
});
const question = (id: string, status: Scored['status'], answer: string | null = 'x', weight = 1, blocker = false): ScoredQuestion => ({
  id,
  status,
  weight,
  blocker,
  category: 'room',
  answer,
});

const MACHINE: Meeting = { dataClass: null, redRules: false, scope: 'machine' };
const GREEN: Meeting = { dataClass: 'green', redRules: false, scope: 'machine-and-meeting' };
const RED: Meeting = { dataClass: 'red', redRules: true, scope: 'machine-and-meeting' };

describe('score: the machine alone', () => {
  const table: Array<[string, Scored[], number, string, string[]]> = [
    ['all pass', [check('a', 'pass'), check('b', 'pass')], 100, 'ready', []],
    ['a warning earns half', [check('a', 'pass'), check('b', 'warn')], 75, 'ready-with-warnings', []],
    ['a failure costs half its weight', [check('a', 'pass', 3), check('b', 'fail', 1)], 63, 'ready-with-warnings', []],
    ['a half never goes below 0', [check('a', 'fail', 3), check('b', 'pass', 1)], 0, 'not-ready', []],
    [
      'unknown and skipped leave the denominator, and unknown keeps it from ready',
      [check('a', 'pass'), check('b', 'unknown'), check('c', 'skipped')],
      100,
      'ready-with-warnings',
      [],
    ],
    ['a failing blocker is not ready whatever the number', [check('a', 'pass', 50), check('wifi', 'fail', 1, true)], 97, 'not-ready', ['wifi']],
    ['a blocker that passes does not block', [check('wifi', 'pass', 5, true)], 100, 'ready', []],
    ['nothing judged is not ready', [check('a', 'unknown')], 0, 'not-ready', []],
    ['only skipped checks and a pass', [check('a', 'skipped'), check('b', 'pass')], 100, 'ready', []],
  ];
  for (const [name, checks, value, verdict, blockers] of table) {
    it(name, () => {
      const s = score(checks, [question('q', 'fail', 'no')], MACHINE, defaultPolicy);
      expect(s.value).toBe(value);
      expect(s.verdict).toBe(verdict);
      expect(s.blockers).toEqual(blockers);
      // the machine alone: the questions are neither counted nor listed
      expect(s.scope).toBe('machine');
      expect(s.parts.meeting).toBeNull();
    });
  }
});

describe('score: machine and meeting', () => {
  it('is the mean of the halves, at most 30 above the weaker', () => {
    expect(combine(100, 80)).toBe(90);
    expect(combine(40, 100)).toBe(70);
    expect(combine(20, 100)).toBe(20 + CAP_ABOVE_WEAKER);
    expect(combine(100, 0)).toBe(CAP_ABOVE_WEAKER);
    // nothing on the machine could be judged: it counts as 0 for the cap
    expect(combine(null, 100)).toBe(CAP_ABOVE_WEAKER);
    // nothing in the meeting to judge (every answer "does not apply"): the machine alone
    expect(combine(90, null)).toBe(90);
  });

  it('reports the two halves and the meeting it judged', () => {
    const s = score([check('a', 'pass'), check('b', 'warn')], [question('q1', 'pass'), question('q2', 'fail', 'no')], GREEN, defaultPolicy);
    expect(s.parts).toEqual({ machine: 75, meeting: 25 });
    expect(s.value).toBe(50);
    expect(s).toMatchObject({ scope: 'machine-and-meeting', dataClass: 'green', redRules: false });
  });

  it('an unanswered question earns nothing: skipping never raises the score', () => {
    const checks = [check('a', 'pass')];
    const answeredNo = score(checks, [question('q1', 'pass'), question('q2', 'fail', 'no')], GREEN, defaultPolicy);
    const skipped = score(checks, [question('q1', 'pass'), question('q2', 'unknown', null)], GREEN, defaultPolicy);
    const answeredYes = score(checks, [question('q1', 'pass'), question('q2', 'pass')], GREEN, defaultPolicy);
    expect(skipped.parts.meeting).toBe(50);
    expect(skipped.value).toBeLessThan(answeredYes.value);
    // a "no" costs half its weight; not answering earns nothing, which is no better than "not sure"
    expect(answeredNo.value).toBeLessThan(skipped.value);
    expect(skipped.verdict).not.toBe('ready');
  });

  it('an answer that says the question does not apply neither passes nor fails', () => {
    const s = score([check('a', 'pass')], [question('q1', 'pass'), question('q2', 'skipped', 'no-sharing')], GREEN, defaultPolicy);
    expect(s.parts.meeting).toBe(100);
    expect(s.verdict).toBe('ready');
  });

  it('black data is not ready whatever the rest', () => {
    const s = score([check('a', 'pass')], [question('q1', 'pass')], { dataClass: 'black', redRules: true, scope: 'machine-and-meeting' }, defaultPolicy);
    expect(s.verdict).toBe('not-ready');
  });

  it('scores each category on its own', () => {
    const s = score(
      [check('a', 'pass', 1, false, 'device')],
      [
        { ...question('b', 'fail', 'no'), category: 'room' },
        { ...question('c', 'unknown', null), category: 'room' },
      ],
      GREEN,
      defaultPolicy,
    );
    expect(s.byCategory.device).toMatchObject({ value: 100, pass: 1 });
    expect(s.byCategory.room).toMatchObject({ value: 0, fail: 1, unknown: 1 });
    expect(s.byCategory.network).toBeUndefined();
  });

  it('takes the floor from the policy', () => {
    const checks = [check('a', 'pass', 2), check('b', 'warn', 1)];
    expect(score(checks, [], MACHINE, defaultPolicy).verdict).toBe('ready-with-warnings');
    expect(score(checks, [], MACHINE, { thresholds: { ...defaultPolicy.thresholds, notReadyBelow: 90 } }).verdict).toBe('not-ready');
  });
});

describe('which failures block', () => {
  const policy = (checks: unknown) => PolicySchema.parse({ checks });
  it('OS support, disk encryption, firewall and video apps block where the red rules apply, by default', () => {
    for (const id of ['os-updates', 'disk-encryption', 'firewall', 'video-apps']) {
      expect(checkBlocks(id, 'fail', false, defaultPolicy, RED), id).toBe(true);
      expect(checkBlocks(id, 'fail', false, defaultPolicy, GREEN), id).toBe(false);
      expect(checkBlocks(id, 'warn', false, defaultPolicy, RED), id).toBe(false);
    }
    expect(checkBlocks('screen-lock', 'fail', false, defaultPolicy, RED)).toBe(false);
    // "not sure" is held to the red rules; the machine alone is held to none
    expect(checkBlocks('firewall', 'fail', false, defaultPolicy, { dataClass: 'unsure', redRules: true })).toBe(true);
    expect(checkBlocks('firewall', 'fail', false, defaultPolicy, MACHINE)).toBe(false);
  });

  it('a check that says its failure blocks is honoured (no microphone), unless the policy says no', () => {
    expect(checkBlocks('camera-mic', 'fail', true, defaultPolicy, GREEN)).toBe(true);
    expect(checkBlocks('camera-mic', 'fail', true, defaultPolicy, MACHINE)).toBe(true);
    expect(checkBlocks('camera-mic', 'fail', true, policy({ 'camera-mic': { blocker: false } }), GREEN)).toBe(false);
  });

  it('the policy changes each: blocker always or never, or blockerIn per class', () => {
    expect(checkBlocks('firewall', 'fail', false, policy({ firewall: { blockerIn: [] } }), RED)).toBe(false);
    expect(checkBlocks('firewall', 'fail', false, policy({ firewall: { blockerIn: ['yellow', 'red'] } }), { dataClass: 'yellow', redRules: false })).toBe(true);
    expect(checkBlocks('screen-lock', 'fail', false, policy({ 'screen-lock': { blockerIn: ['red'] } }), RED)).toBe(true);
    expect(checkBlocks('screen-lock', 'fail', false, policy({ 'screen-lock': { blocker: true } }), MACHINE)).toBe(true);
    expect(checkBlocks('os-updates', 'fail', false, policy({ 'os-updates': { blocker: false } }), RED)).toBe(false);
    expect(() => policy({ firewall: { blockerIn: ['purple'] } })).toThrow();
  });
});

describe('exit code', () => {
  const report = (verdict: 'ready' | 'ready-with-warnings' | 'not-ready', status: Scored['status']) =>
    ({
      score: { ...score([], [], MACHINE, defaultPolicy), verdict },
      checks: [{ status }],
      questions: [],
    }) as unknown as Parameters<typeof exitsNotReady>[0];
  it('1 when not ready; with exitOnFail also when anything failed', () => {
    expect(exitsNotReady(report('not-ready', 'pass'), defaultPolicy)).toBe(true);
    expect(exitsNotReady(report('ready-with-warnings', 'fail'), defaultPolicy)).toBe(false);
    expect(exitsNotReady(report('ready-with-warnings', 'fail'), PolicySchema.parse({ exitOnFail: true }))).toBe(true);
    expect(exitsNotReady(report('ready-with-warnings', 'warn'), PolicySchema.parse({ exitOnFail: true }))).toBe(false);
  });
});

/**
 * The balance properties, over the real questionnaire: neither half can hide the other.
 * Questions go through the real evaluation (data class, red rules, "not sure" counting as no).
 */
describe('balance (properties)', () => {
  const items = questionsFor(defaultPolicy);
  const dataClassItem = items.find((q) => q.id === 'data-class')!;
  const credit: Record<Choice['status'], number> = { pass: 3, warn: 2, fail: 1, skipped: 4 };
  const worst = (item: QuestionItem) => [...item.choices].sort((a, b) => credit[a.status] - credit[b.status])[0]!.value;
  const best = (item: QuestionItem) => item.choices.find((c) => c.status === 'pass')!.value;

  const statusArb = fc.constantFrom<Scored['status']>('pass', 'warn', 'fail', 'unknown', 'skipped');
  const checksArb = (status: fc.Arbitrary<Scored['status']>) =>
    fc
      .array(fc.record({ status, weight: fc.integer({ min: 1, max: 10 }), category: fc.constantFrom<Scored['category']>('device', 'network') }), {
        minLength: 1,
        maxLength: 14,
      })
      .map((list) => list.map((c, i) => check(`c${i}`, c.status, c.weight, false, c.category)));
  /** any answers: for each item one of its answers, or none */
  const answersArb = fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((picks) => {
    const out: Answers = {};
    items.forEach((item, i) => {
      const pick = picks[i]! % (item.choices.length + 1);
      if (pick < item.choices.length) out[item.id] = item.choices[pick]!.value;
    });
    return out;
  });

  function run(checks: Scored[], answers: Answers) {
    const meeting = meetingOf(answers, defaultPolicy, items);
    const questions = evaluateQuestions(answers, defaultPolicy, items, meeting).map((q) => ({
      id: q.item.id,
      category: q.item.category,
      status: q.status,
      weight: q.weight,
      blocker: q.blocker,
      answer: q.answer,
    }));
    return score(checks, questions, meeting, defaultPolicy);
  }

  it('a machine whose checks all fail scores at most 50, whatever the answers', () => {
    fc.assert(
      fc.property(checksArb(fc.constant('fail')), answersArb, (checks, answers) => {
        const s = run(checks, answers);
        expect(s.value).toBeLessThanOrEqual(50);
        expect(s.verdict).toBe('not-ready');
      }),
    );
  });

  it('every question answered in the worst way scores at most 50, whatever the machine', () => {
    fc.assert(
      fc.property(checksArb(statusArb), fc.constantFrom(...dataClassItem.choices.map((c) => c.value)), (checks, dataClass) => {
        // the worst answer to every item asked in a meeting of this class
        const answers: Answers = { 'data-class': dataClass };
        for (const item of items) if (item.id !== 'data-class') answers[item.id] = worst(item);
        const s = run(checks, answers);
        expect(s.value).toBeLessThanOrEqual(50);
        expect(s.verdict).toBe('not-ready');
      }),
    );
  });

  it('a well-kept machine with good answers scores 80 or more, and is not held back', () => {
    // well kept: at least six checks told, all passed but at most two warnings (weights 1-5, as the
    // checks have); others may not have told or not applied
    const keptArb = fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 12 }),
        fc.nat({ max: 2 }),
        fc.array(fc.constantFrom<Scored['status']>('unknown', 'skipped'), { maxLength: 4 }),
      )
      .map(([weights, warned, untold]) => [
        ...weights.map((w, i) => check(`c${i}`, i < warned ? 'warn' : 'pass', w)),
        ...untold.map((status, i) => check(`u${i}`, status, 3)),
      ]);
    fc.assert(
      fc.property(keptArb, fc.constantFrom('green', 'yellow', 'red'), (checks, dataClass) => {
        const answers: Answers = { 'data-class': dataClass };
        for (const item of items) if (item.id !== 'data-class') answers[item.id] = best(item);
        const s = run(checks, answers);
        expect(s.value).toBeGreaterThanOrEqual(80);
        expect(s.verdict).not.toBe('not-ready');
      }),
    );
  });
});
