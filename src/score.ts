/**
 * The readiness score and verdict: a pure function of the results, the meeting and the policy.
 * The rules, as the README's "How the score works" tells them:
 *
 * - Two halves. The machine (what the checks measured) and the meeting (what the employee declared)
 *   are each scored on their own, as a weighted share: a pass earns its weight, a warning half of
 *   it, and a fail costs half of it (so that a failure weighs more than a missing pass), over the
 *   sum of the weights; a half never goes below 0.
 *   A check that could not tell (`unknown`) or did not run (`skipped`), and an answer that says the
 *   question does not apply, leave their half's denominator. An unanswered question stays in it and
 *   earns nothing: nothing is gained by not answering.
 * - Neither half hides the other. The score is the mean of the two halves, but never more than
 *   CAP_ABOVE_WEAKER points above the weaker one: a machine whose checks all fail scores at most 30
 *   whatever the answers, and the worst answers cap the score at 30 whatever the machine. A machine
 *   of which nothing could be judged counts as 0 for the cap.
 * - With nothing answered the scope is the machine alone: the score is the machine half.
 * - Not ready when anything blocks (a failing blocker; black data), when nothing on the machine
 *   could be judged, or when the score is under the policy's floor. Ready when nothing failed, warned
 *   or stayed unknown; otherwise ready with warnings (the meeting may go ahead; fix the rest soon).
 */
import type { Category, Status } from './check.js';
import type { Policy } from './policy.js';
import type { Meeting } from './questions/evaluate.js';
import type { Report, Verdict } from './report/schema.js';

export interface Scored {
  id: string;
  category: Category;
  status: Status;
  weight: number;
  /** a failing result with blocker true blocks */
  blocker: boolean;
}

/** A question's result: its answer tells an unanswered item (which earns nothing) from one that does not apply. */
export interface ScoredQuestion extends Scored {
  answer: string | null;
}

/** How far above the weaker half the score may go. */
export const CAP_ABOVE_WEAKER = 30;

/**
 * Device checks whose failure blocks a meeting held to the red rules, unless the policy says
 * otherwise (`checks.<id>.blocker`, `checks.<id>.blockerIn`): GUIDANCE.md marks a supported and
 * patched OS, disk encryption and a current video client as red blockers, and the red-meeting
 * table of the product asks the same of the firewall.
 */
export const RED_BLOCKER_CHECKS: Readonly<Record<string, readonly ('green' | 'yellow' | 'red')[]>> = {
  'os-updates': ['red'],
  'disk-encryption': ['red'],
  firewall: ['red'],
  'video-apps': ['red'],
};

/**
 * Whether a check's result blocks the meeting: only a failure does. The policy's `blocker` wins; a
 * check that says its failure blocks (no microphone) is honoured; else the classes in the policy's
 * `blockerIn` or the built-in ones above, where "red" means every meeting held to the red rules.
 */
export function checkBlocks(
  id: string,
  status: Status,
  checkSays: boolean,
  policy: Pick<Policy, 'checks'>,
  meeting: Pick<Meeting, 'dataClass' | 'redRules'>,
): boolean {
  if (status !== 'fail') return false;
  const override = policy.checks[id];
  if (override?.blocker !== undefined) return override.blocker;
  if (checkSays) return true;
  const classes = override?.blockerIn ?? RED_BLOCKER_CHECKS[id] ?? [];
  if (meeting.redRules) return classes.includes('red');
  return meeting.dataClass === 'green' || meeting.dataClass === 'yellow' ? classes.includes(meeting.dataClass) : false;
}

/** What a result earns of its weight: a failure costs half of it. */
export const CREDIT: Partial<Record<Status, number>> = { pass: 1, warn: 0.5, fail: -0.5 };

type CategoryScore = NonNullable<Report['score']['byCategory'][Category]>;

interface Tally {
  value: number | null;
  counts: Record<Status, number>;
}

/** The weighted share of credit, 0-100, or null when nothing could be judged; an unanswered question earns 0. */
function tally(items: readonly (Scored & { answer?: string | null })[]): Tally {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0 };
  let earned = 0;
  let possible = 0;
  for (const item of items) {
    counts[item.status] += 1;
    if (item.weight <= 0) continue;
    const unanswered = item.answer === null && item.status !== 'skipped';
    const credit = unanswered ? 0 : CREDIT[item.status];
    if (credit === undefined) continue;
    earned += credit * item.weight;
    possible += item.weight;
  }
  return { value: possible > 0 ? Math.max(0, (100 * earned) / possible) : null, counts };
}

/** The score from the two halves: their mean, at most CAP_ABOVE_WEAKER above the weaker. */
export function combine(machine: number | null, meeting: number | null): number {
  const m = machine ?? 0;
  if (meeting === null) return Math.round(m);
  return Math.round(Math.min((m + meeting) / 2, Math.min(m, meeting) + CAP_ABOVE_WEAKER));
}

export function score(checks: readonly Scored[], questions: readonly ScoredQuestion[], meeting: Meeting, policy: Pick<Policy, 'thresholds'>): Report['score'] {
  const counted = meeting.scope === 'machine' ? [] : questions;
  const machine = tally(checks);
  const assessed = tally(counted);
  const value = combine(machine.value, meeting.scope === 'machine' ? null : assessed.value);
  const all = [...checks, ...counted];
  const blockers = all.filter((i) => i.status === 'fail' && i.blocker).map((i) => i.id);
  const byCategory: Partial<Record<Category, CategoryScore>> = {};
  for (const category of new Set(all.map((i) => i.category))) {
    const part = tally(all.filter((i) => i.category === category));
    byCategory[category] = { value: part.value === null ? null : Math.round(part.value), ...part.counts };
  }
  const counts = { ...machine.counts };
  for (const [k, v] of Object.entries(assessed.counts) as [Status, number][]) counts[k] += v;
  let verdict: Verdict;
  if (
    blockers.length > 0 ||
    (meeting.dataClass === 'black' && meeting.scope !== 'machine') ||
    machine.value === null ||
    value < policy.thresholds.notReadyBelow
  )
    verdict = 'not-ready';
  else if (counts.warn === 0 && counts.fail === 0 && counts.unknown === 0) verdict = 'ready';
  else verdict = 'ready-with-warnings';
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    value,
    verdict,
    blockers,
    byCategory,
    scope: meeting.scope,
    parts: { machine: round(machine.value), meeting: meeting.scope === 'machine' ? null : round(assessed.value) },
    dataClass: meeting.dataClass,
    redRules: meeting.redRules,
  };
}

/**
 * The exit code's side of the verdict: 1 (not ready) when the verdict is not-ready, or, where the
 * policy asks for it (`exitOnFail`), when anything failed at all.
 */
export function exitsNotReady(report: Pick<Report, 'score' | 'checks' | 'questions'>, policy: Pick<Policy, 'exitOnFail'>): boolean {
  if (report.score.verdict === 'not-ready') return true;
  return policy.exitOnFail && [...report.checks, ...report.questions].some((i) => i.status === 'fail');
}
