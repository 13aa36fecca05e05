/**
 * The readiness score: a pure function of the results and the policy.
 * - value: the weighted share of credit over what could be judged: pass 1, warn 1/2, fail 0;
 *   unknown and skipped leave the denominator (they are counted, not guessed).
 * - verdict: not-ready when any failing result is a blocker, or the value is under the policy's
 *   floor; ready when everything judged passed and nothing is unknown; otherwise ready-with-warnings.
 */
import type { Category, Status } from './check.js';
import type { Policy } from './policy.js';
import type { Report, Verdict } from './report/schema.js';

export interface Scored {
  id: string;
  category: Category;
  status: Status;
  weight: number;
  /** a failing result with blocker true blocks */
  blocker: boolean;
}

const CREDIT: Partial<Record<Status, number>> = { pass: 1, warn: 0.5, fail: 0 };

type CategoryScore = Report['score']['byCategory'][Category];

function tally(items: readonly Scored[]): { value: number | null; counts: Record<Status, number> } {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0 };
  let earned = 0;
  let possible = 0;
  for (const item of items) {
    counts[item.status] += 1;
    const credit = CREDIT[item.status];
    if (credit === undefined || item.weight <= 0) continue;
    earned += credit * item.weight;
    possible += item.weight;
  }
  return { value: possible > 0 ? Math.round((100 * earned) / possible) : null, counts };
}

export function score(items: readonly Scored[], policy: Pick<Policy, 'thresholds'>): Report['score'] {
  const { value, counts } = tally(items);
  const blockers = items.filter((i) => i.status === 'fail' && i.blocker).map((i) => i.id);
  const byCategory: Partial<Record<Category, NonNullable<CategoryScore>>> = {};
  for (const category of new Set(items.map((i) => i.category))) {
    const part = tally(items.filter((i) => i.category === category));
    byCategory[category] = { value: part.value, ...part.counts };
  }
  const finalValue = value ?? 0;
  let verdict: Verdict;
  if (blockers.length > 0 || value === null || finalValue < policy.thresholds.notReadyBelow) verdict = 'not-ready';
  else if (counts.warn === 0 && counts.fail === 0 && counts.unknown === 0) verdict = 'ready';
  else verdict = 'ready-with-warnings';
  return { value: finalValue, verdict, blockers, byCategory };
}
