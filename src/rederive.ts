/**
 * A report judged again from its own facts and answers, as `summarize` does for every report: the
 * engine's judgement (src/run.ts `findingOf`: each check's own `evaluate` with the policy's
 * options, the meeting and the platform and moment of the run), the questionnaire's evaluation
 * (src/questions/evaluate.ts) and the score (src/score.ts). Nothing here scores on its own: the
 * point is that a report's stored status, score and verdict must be what this version of the tool
 * makes of the facts it carries; a report edited afterwards (100 and ready, with disk encryption
 * off in its own facts) disagrees.
 *
 * Which policy: the one the report names (`policy`: the built-in defaults, or a file's or URL's
 * SHA-256), found among the policies IT hands to `summarize --policy`. A report that names a
 * policy none of them matches cannot be judged again: its verdict is "policy unknown". A report of
 * an earlier version names none: it is judged under the one `--policy` given, else the defaults.
 *
 * What cannot be judged again: a check that did not run (skipped, or unknown without facts) has no
 * facts to judge; its status is kept, except that "not applicable" must hold for the report's
 * operating system. A check of this version missing from the report, or one this version does not
 * know, is a difference: reports are judged by the version that made them or a later one with the
 * same checks.
 */
import { checks as allChecks } from '../checks/index.js';
import { checkOptions, type AnyCheck, type Facts, type MeetingContext, type Status } from './check.js';
import type { PolicySource } from './input.js';
import { defaultPolicy, type Policy } from './policy.js';
import { evaluateQuestions, meetingOf } from './questions/evaluate.js';
import { questionsFor } from './questions/items.js';
import type { Answers } from './questions/types.js';
import type { Report, Verdict } from './report/schema.js';
import { findingOf } from './run.js';
import { checkBlocks, score, type Scored, type ScoredQuestion } from './score.js';

/** One way a stored report differs from its judgement again. */
export type Difference =
  | { what: 'verdict'; stored: Verdict; derived: Verdict }
  | { what: 'score'; stored: number; derived: number }
  | { what: 'check' | 'question'; id: string; stored: Status | null; derived: Status | null }
  /** valid to count, but not a whole report of this tool: its facts cannot be judged again */
  | { what: 'incomplete' };

/** What the facts and answers give: each item's status and blocker, the blockers, the score and the verdict. */
export interface Judgement {
  verdict: Verdict;
  score: number;
  blockers: string[];
  checks: Scored[];
  questions: ScoredQuestion[];
}

export type Rederived =
  | ({ kind: 'agrees' } & Judgement)
  | ({ kind: 'disagrees'; differences: Difference[] } & Judgement)
  /** the report names a policy none of the known ones is: what it names (a URL, or sha256:…) */
  | { kind: 'policy-unknown'; policy: string };

/** The policies `summarize` knows: the built-in defaults, and those given with --policy, by the SHA-256 of their bytes. */
export interface PolicyBook {
  bySha256: Map<string, Policy>;
  /** the policy for reports that name none (earlier versions): the one --policy given, else the defaults */
  unnamed: Policy;
}

export function policyBook(given: ReadonlyArray<{ policy: Policy; source: PolicySource }> = []): PolicyBook {
  const bySha256 = new Map<string, Policy>();
  for (const g of given) if (g.source.sha256) bySha256.set(g.source.sha256, g.policy);
  return { bySha256, unnamed: given.length === 1 ? given[0]!.policy : defaultPolicy };
}

/** The policy a report names, or what it names when that is none of the known ones. */
export function policyFor(report: Pick<Report, 'policy'>, book: PolicyBook): { policy: Policy } | { unknown: string } {
  const named = report.policy;
  if (!named) return { policy: book.unnamed };
  if (named.source === 'built-in') return { policy: defaultPolicy };
  const found = named.sha256 ? book.bySha256.get(named.sha256) : undefined;
  if (found) return { policy: found };
  return { unknown: named.url ? `${named.url} (sha256:${named.sha256 ?? '?'})` : `sha256:${named.sha256 ?? '?'}` };
}

/** A check that did not run has no facts: `{}` with a reason and the status skipped or unknown. */
function ranWithoutFacts(stored: Report['checks'][number]): boolean {
  return (stored.status === 'skipped' || stored.status === 'unknown') && stored.reason !== undefined && Object.keys(stored.facts).length === 0;
}

/** Per policy: each check's options and the questionnaire, made once and not for every report. */
interface Prepared {
  options: Map<string, unknown>;
  items: ReturnType<typeof questionsFor>;
}
const prepared = new WeakMap<Policy, Prepared>();

function prepare(policy: Policy): Prepared {
  let p = prepared.get(policy);
  if (!p) {
    p = { options: new Map(allChecks.map((c) => [c.id, checkOptions(c, policy.checks[c.id]?.options)])), items: questionsFor(policy) };
    prepared.set(policy, p);
  }
  return p;
}

function judgeCheck(
  check: AnyCheck,
  stored: Report['checks'][number],
  report: Report,
  policy: Policy,
  meeting: MeetingContext,
): { status: Status; blocker: boolean } {
  if (ranWithoutFacts(stored)) {
    // not applicable must hold for the report's operating system; the other reasons (turned off on
    // the command line, offline, timed out, failed) leave no trace to check
    if (stored.reason!.code === 'not-applicable' && (!check.platforms || check.platforms.includes(report.platform.os)))
      return { status: 'unknown', blocker: false };
    return { status: stored.status, blocker: false };
  }
  const parsed = check.facts.safeParse(stored.facts);
  // facts that break the check's own schema are what the engine makes `unknown`
  if (!parsed.success) return { status: 'unknown', blocker: false };
  const now = new Date(report.evaluatedAt ?? report.startedAt);
  try {
    const finding = findingOf(check, parsed.data as Facts, { policy, platform: report.platform, now, options: prepare(policy).options.get(check.id) }, meeting);
    return { status: finding.status, blocker: finding.blocker ?? false };
  } catch {
    // as the engine: a fault in evaluate is unknown
    return { status: 'unknown', blocker: false };
  }
}

/** The report judged again under `policy`: its verdict and score, and where the stored ones differ. */
export function rederiveWith(report: Report, policy: Policy, compareScore = true): Rederived {
  const { items } = prepare(policy);
  const answers: Answers = {};
  for (const q of report.questions) if (q.answer !== null) answers[q.id] = q.answer;
  const meeting = meetingOf(answers, policy, items);
  const context: MeetingContext = { dataClass: meeting.dataClass, redRules: meeting.redRules };
  const differences: Difference[] = [];

  const storedChecks = new Map(report.checks.map((c) => [c.id, c]));
  const checks: Scored[] = [];
  for (const check of allChecks) {
    const stored = storedChecks.get(check.id);
    storedChecks.delete(check.id);
    if (!stored) {
      differences.push({ what: 'check', id: check.id, stored: null, derived: null });
      continue;
    }
    const judged = judgeCheck(check, stored, report, policy, context);
    if (judged.status !== stored.status) differences.push({ what: 'check', id: check.id, stored: stored.status, derived: judged.status });
    const override = policy.checks[check.id];
    checks.push({
      id: check.id,
      category: check.category,
      status: judged.status,
      weight: override?.weight ?? check.weight,
      blocker: checkBlocks(check.id, judged.status, judged.blocker, policy, meeting),
    });
  }
  for (const extra of storedChecks.values()) differences.push({ what: 'check', id: extra.id, stored: extra.status, derived: null });

  const storedQuestions = new Map(report.questions.map((q) => [q.id, q]));
  const questions: ScoredQuestion[] = evaluateQuestions(answers, policy, items, meeting).map((q) => {
    const stored = storedQuestions.get(q.item.id);
    storedQuestions.delete(q.item.id);
    if (stored?.status !== q.status) differences.push({ what: 'question', id: q.item.id, stored: stored?.status ?? null, derived: q.status });
    return { id: q.item.id, category: q.item.category, status: q.status, weight: q.weight, blocker: q.blocker, answer: q.answer };
  });
  for (const extra of storedQuestions.values()) differences.push({ what: 'question', id: extra.id, stored: extra.status, derived: null });

  const derived = score(checks, questions, meeting, policy);
  if (derived.verdict !== report.score.verdict) differences.unshift({ what: 'verdict', stored: report.score.verdict, derived: derived.verdict });
  if (compareScore && derived.value !== report.score.value)
    differences.splice(differences[0]?.what === 'verdict' ? 1 : 0, 0, { what: 'score', stored: report.score.value, derived: derived.value });
  const judgement: Judgement = { verdict: derived.verdict, score: derived.value, blockers: derived.blockers, checks, questions };
  return differences.length === 0 ? { kind: 'agrees', ...judgement } : { kind: 'disagrees', ...judgement, differences };
}

/**
 * Judge a report again under the policy it names. `schemaVersion` 1 reports (read in version 2's
 * shape) had another score formula: their verdict and statuses are compared, not the score.
 */
export function rederive(report: Report, book: PolicyBook, schemaVersion: 1 | 2 = 2): Rederived {
  const found = policyFor(report, book);
  if ('unknown' in found) return { kind: 'policy-unknown', policy: found.unknown };
  return rederiveWith(report, found.policy, schemaVersion === 2);
}
