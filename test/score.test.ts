import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../src/policy.js';
import { score, type Scored } from '../src/score.js';

const item = (id: string, status: Scored['status'], weight = 1, blocker = false, category: Scored['category'] = 'device'): Scored => ({
  id,
  status,
  weight,
  blocker,
  category,
});

describe('score', () => {
  const table: Array<[string, Scored[], number, string, string[]]> = [
    ['all pass', [item('a', 'pass'), item('b', 'pass')], 100, 'ready', []],
    ['warn counts half', [item('a', 'pass'), item('b', 'warn')], 75, 'ready-with-warnings', []],
    ['weights count', [item('a', 'pass', 3), item('b', 'fail', 1)], 75, 'ready-with-warnings', []],
    ['unknown and skipped leave the denominator', [item('a', 'pass'), item('b', 'unknown'), item('c', 'skipped')], 100, 'ready-with-warnings', []],
    ['a failing blocker is not ready whatever the number', [item('a', 'pass', 50), item('wifi', 'fail', 1, true)], 98, 'not-ready', ['wifi']],
    ['a blocker that passes does not block', [item('wifi', 'pass', 5, true)], 100, 'ready', []],
    ['under the floor is not ready', [item('a', 'fail', 3), item('b', 'pass', 1)], 25, 'not-ready', []],
    ['nothing judged is not ready', [item('a', 'unknown')], 0, 'not-ready', []],
    ['only skipped checks and a pass', [item('a', 'skipped'), item('b', 'pass')], 100, 'ready', []],
  ];
  for (const [name, items, value, verdict, blockers] of table) {
    it(name, () => {
      const s = score(items, defaultPolicy);
      expect(s.value).toBe(value);
      expect(s.verdict).toBe(verdict);
      expect(s.blockers).toEqual(blockers);
    });
  }

  it('scores each category on its own', () => {
    const s = score([item('a', 'pass', 1, false, 'device'), item('b', 'fail', 1, false, 'room'), item('c', 'unknown', 1, false, 'room')], defaultPolicy);
    expect(s.byCategory.device).toMatchObject({ value: 100, pass: 1 });
    expect(s.byCategory.room).toMatchObject({ value: 0, fail: 1, unknown: 1 });
    expect(s.byCategory.network).toBeUndefined();
  });

  it('takes the floor from the policy', () => {
    const items = [item('a', 'pass', 1), item('b', 'fail', 1)];
    expect(score(items, defaultPolicy).verdict).toBe('ready-with-warnings');
    expect(score(items, { thresholds: { ...defaultPolicy.thresholds, notReadyBelow: 60 } }).verdict).toBe('not-ready');
  });
});
