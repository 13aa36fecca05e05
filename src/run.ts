/**
 * The engine: runs the checks concurrently, each under its own timeout, turns answers into
 * results, scores both, and builds the report. A check that throws or runs out of time becomes
 * `unknown` with its reason; the run itself never dies for it.
 */
import {
  checkOptions,
  reason as makeReason,
  ReasonSchema,
  type AnyCheck,
  type CheckOptions,
  type Facts,
  type MeetingContext,
  type Msg,
  type Reason,
  type Status,
} from './check.js';
import { adviseVideoTool, renderAdvice } from './advice/video-tool.js';
import { reasonText, renderReason, t, tWith, type Lang } from './i18n/index.js';
import { readIdentifiers } from './probe/identity.js';
import { errorText } from './probe/live.js';
import { prefetchPowershell } from './probe/powershell.js';
import { CONSOLE_NAME_SCRIPT } from './probe/session.js';
import type { Probe } from './probe/types.js';
import type { PolicySource } from './input.js';
import type { Policy } from './policy.js';
import { answerSummary, evaluateQuestions, meetingOf, type Meeting } from './questions/evaluate.js';
import { questionsFor } from './questions/items.js';
import type { Answers, QuestionItem } from './questions/types.js';
import { ReportSchema, type CheckResult, type QuestionResult, type Report } from './report/schema.js';
import { checkBlocks, score } from './score.js';

export const TOOL_NAME = 'homeoffice-check';
const DEFAULT_TIMEOUT_MS = 20_000;

/** A check's name in the chosen language. */
export function checkTitle(check: AnyCheck, lang: Lang): string {
  return tWith(lang, check.messages, { id: 'title' });
}

export type RunEvent =
  | { type: 'check-start'; id: string }
  | { type: 'check-progress'; id: string; fraction: number; note?: string }
  /** the facts are in; the check is judged once the meeting's answers are known */
  | { type: 'check-collected'; id: string }
  | { type: 'check-done'; result: CheckResult };

export interface RunInput {
  probe: Probe;
  checks: readonly AnyCheck[];
  questions?: readonly QuestionItem[];
  policy: Policy;
  /** which policy the report names (src/input.ts); none in reports made without it */
  policySource?: PolicySource;
  options: CheckOptions;
  lang: Lang;
  version: string;
  answers: Answers | Promise<Answers>;
  only?: readonly string[];
  skip?: readonly string[];
  onEvent?: (event: RunEvent) => void;
}

/** What collecting gave: facts to judge, or the reason there are none. */
type Collected = { kind: 'facts'; facts: Facts; durationMs: number } | { kind: 'skipped' | 'unknown'; reason: Reason; durationMs: number };

/** A judged check, before it is put into words. */
interface Judged {
  status: Status;
  blocker: boolean;
  summary: string;
  remediation: string | null;
  link?: string;
  reason?: Reason;
  facts: Facts;
}

/** Why a check does not run in this run (turned off, another OS, offline), or null when it runs. */
function skipReason(check: AnyCheck, input: RunInput): Reason | null {
  if (input.policy.checks[check.id]?.enabled === false || (input.only && !input.only.includes(check.id)) || input.skip?.includes(check.id))
    return makeReason('disabled');
  if (check.platforms && !check.platforms.includes(input.probe.platform.os)) return makeReason('not-applicable');
  if (check.network && input.options.offline) return makeReason('offline');
  return null;
}

async function collectOne(check: AnyCheck, input: RunInput): Promise<Collected> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const skip = skipReason(check, input);
  if (skip) return { kind: 'skipped', reason: skip, durationMs: 0 };
  const timeoutMs = check.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const collected = await Promise.race([
      check.collect({
        probe: input.probe,
        options: input.options,
        signal: controller.signal,
        progress: (fraction, note) => input.onEvent?.({ type: 'check-progress', id: check.id, fraction, note }),
      }),
      timedOut,
    ]);
    if (collected === 'timeout') {
      controller.abort();
      return { kind: 'unknown', reason: makeReason('timeout', undefined, `${Math.round(timeoutMs / 1000)} s`), durationMs: took() };
    }
    // facts are checked against the check's own schema before anyone judges them
    const parsed = check.facts.safeParse(collected);
    if (!parsed.success)
      return {
        kind: 'unknown',
        reason: makeReason('internal', undefined, `facts: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`),
        durationMs: took(),
      };
    return { kind: 'facts', facts: parsed.data as Facts, durationMs: took() };
  } catch (error) {
    controller.abort();
    return { kind: 'unknown', reason: makeReason('internal', undefined, errorText(error)), durationMs: took() };
  } finally {
    clearTimeout(timer);
  }
}

/** A result without facts: skipped, timed out or failed; said from its reason code alone. */
function withoutFacts(kind: 'skipped' | 'unknown', why: Reason, lang: Lang): Judged {
  const words = reasonText(lang, why.code);
  const summary =
    kind === 'skipped'
      ? t(lang, 'engine.skipped', { why: words })
      : why.code === 'timeout'
        ? t(lang, 'engine.timeout')
        : t(lang, 'engine.error', { why: words });
  return { status: kind, blocker: false, summary, remediation: null, reason: why, facts: {} };
}

/** What judging a check's facts depends on besides the facts: the same in a run and when a report is judged again. */
export interface JudgeContext {
  policy: Policy;
  lang: Lang;
  platform: Probe['platform'];
  /** the moment of the run */
  now: Date;
  /** the check's options under the policy, when the caller has them already (default: from the policy) */
  options?: unknown;
}

/**
 * A check's finding from its facts: its own `evaluate` with the policy's options, the meeting, the
 * platform and the moment of the run. What the engine does in a run, and what `summarize` does
 * again with a report's facts (src/rederive.ts). It may throw: the caller makes that `unknown`.
 */
export function findingOf(check: AnyCheck, facts: Facts, ctx: Omit<JudgeContext, 'lang'>, meeting: MeetingContext): ReturnType<AnyCheck['evaluate']> {
  const options = ctx.options ?? checkOptions(check, ctx.policy.checks[check.id]?.options);
  return check.evaluate(facts, { options, meeting, platform: ctx.platform, now: ctx.now });
}

/** Judge a check once, with the meeting's own data class, and put the finding into words. A fault in evaluate is `unknown`, never a crash. */
function judgeFacts(check: AnyCheck, facts: Facts, ctx: JudgeContext, meeting: MeetingContext): Judged {
  let finding: ReturnType<AnyCheck['evaluate']>;
  try {
    finding = findingOf(check, facts, ctx, meeting);
  } catch (error) {
    return { ...withoutFacts('unknown', makeReason('internal', undefined, errorText(error)), ctx.lang), facts };
  }
  const words = (list: readonly Msg[] | undefined) => (list ?? []).map((m) => tWith(ctx.lang, check.messages, m)).join(' ');
  let why = finding.reason;
  if ((finding.status === 'unknown' || finding.status === 'skipped') && !why)
    why = makeReason('internal', undefined, `${check.id} gave ${finding.status} without a reason`);
  const summary = [words(finding.summary), why && finding.status === 'unknown' ? renderReason(ctx.lang, ReasonSchema.parse(why)) : '']
    .filter(Boolean)
    .join(' ');
  const remediation = words(finding.remediation);
  return {
    status: finding.status,
    blocker: finding.blocker ?? false,
    summary,
    remediation: remediation || null,
    ...(finding.link ? { link: finding.link } : {}),
    ...(why ? { reason: why } : {}),
    facts,
  };
}

function judge(check: AnyCheck, collected: Collected, input: RunInput, meeting: MeetingContext): Judged {
  if (collected.kind !== 'facts') return withoutFacts(collected.kind, collected.reason, input.lang);
  return judgeFacts(check, collected.facts, { policy: input.policy, lang: input.lang, platform: input.probe.platform, now: input.probe.now() }, meeting);
}

function toCheckResult(check: AnyCheck, judged: Judged, durationMs: number, input: RunInput, meeting: Meeting): CheckResult {
  const override = input.policy.checks[check.id];
  return {
    id: check.id,
    category: check.category,
    status: judged.status,
    // the policy first, then the check's own word, then the red-meeting rule by check id (src/score.ts)
    blocker: checkBlocks(check.id, judged.status, judged.blocker, input.policy, meeting),
    weight: override?.weight ?? check.weight,
    title: checkTitle(check, input.lang),
    summary: judged.summary,
    remediation: judged.remediation,
    ...(judged.link ? { link: judged.link } : {}),
    ...(judged.reason ? { reason: judged.reason } : {}),
    facts: judged.facts,
    durationMs,
    sources: [...check.sources],
  };
}

/**
 * Collect one check and judge it: its events, its facts, its finding in words. The run does this
 * for every check; a recheck does it again for one (`recheckOne`), with the same meeting.
 */
async function assessCheck(check: AnyCheck, input: RunInput, meetingIs: Promise<Meeting>): Promise<CheckResult> {
  input.onEvent?.({ type: 'check-start', id: check.id });
  const collected = await collectOne(check, input);
  input.onEvent?.({ type: 'check-collected', id: check.id });
  const meeting = await meetingIs;
  const context: MeetingContext = { dataClass: meeting.dataClass, redRules: meeting.redRules };
  const result = toCheckResult(check, judge(check, collected, input, context), collected.durationMs, input, meeting);
  input.onEvent?.({ type: 'check-done', result });
  return result;
}

/**
 * A probe that asks the same machine (or bundle) but shares none of the readings kept per probe
 * (the process list, the PowerShell start of the run): a recheck reads the machine anew. In
 * record mode what it asks is recorded after the first reading; in replay it gets the next
 * recorded answer for each question, so a bundle with a second reading replays a fix.
 */
export function freshProbe(probe: Probe): Probe {
  return {
    mode: probe.mode,
    platform: probe.platform,
    now: () => probe.now(),
    run: (cmd, args, options) => probe.run(cmd, args, options),
    readFile: (path, options) => probe.readFile(path, options),
    listDir: (path) => probe.listDir(path),
    stat: (path) => probe.stat(path),
    call: (name, args, fn) => probe.call(name, args, fn),
  };
}

/**
 * Check one check again (after the employee changed a setting) and score the report anew: only
 * that check is collected and judged, with the answers and meeting of the run; every other result
 * and every answer stays as it was. The report is checked against its schema like the first.
 */
export async function recheckOne(input: RunInput, report: Report, id: string): Promise<Report> {
  const check = input.checks.find((c) => c.id === id);
  if (!check) throw new Error(`recheck: unknown check '${id}'`);
  const items = input.questions ?? questionsFor(input.policy);
  const meeting = meetingOf(await input.answers, input.policy, items);
  const result = await assessCheck(check, { ...input, probe: freshProbe(input.probe) }, Promise.resolve(meeting));
  const checks = report.checks.map((c) => (c.id === id ? result : c));
  return ReportSchema.parse({ ...report, checks, score: score(checks, report.questions, meeting, input.policy) });
}

export async function runAssessment(input: RunInput): Promise<Report> {
  const startedAt = new Date();
  const started = performance.now();
  // Questions are asked (or read) while the checks collect; each check is judged once, when both
  // its facts and the meeting's answers are in, so what the live view shows is the final word.
  const answers = Promise.resolve(input.answers);
  const items = input.questions ?? questionsFor(input.policy);
  const meetingIs = answers.then((given) => meetingOf(given, input.policy, items));
  // on Windows, every script the running checks will ask for goes into one PowerShell start now
  const running = input.checks.filter(
    (c) => input.policy.checks[c.id]?.enabled !== false && (!input.only || input.only.includes(c.id)) && !input.skip?.includes(c.id),
  );
  prefetchPowershell(input.probe, [
    ...running.flatMap((c) => (c.windowsScripts ?? []).map((script) => ({ script, timeoutMs: c.timeoutMs }))),
    // the name of the person at the screen, for a report that carries the user name (asked only when run as SYSTEM)
    ...(input.policy.report.include.includes('username') ? [{ script: CONSOLE_NAME_SCRIPT }] : []),
  ]);
  const checks = await Promise.all(input.checks.map((check) => assessCheck(check, input, meetingIs)));
  const device = await readIdentifiers(input.probe, input.policy.report.include);
  const report = assembleReport(input, { startedAt, durationMs: Math.round(performance.now() - started), checks, given: await answers, device });
  // The report is the contract: it is checked before anyone sees it.
  return ReportSchema.parse(report);
}

/** The report around the checks' results: the answers judged, the score, the advice. */
function assembleReport(
  input: RunInput,
  run: { startedAt: Date; durationMs: number; checks: CheckResult[]; given: Answers; device?: Report['device'] },
): Report {
  const { startedAt, checks, given, device } = run;
  const items = input.questions ?? questionsFor(input.policy);
  const meeting = meetingOf(given, input.policy, items);
  const evaluated = evaluateQuestions(given, input.policy, items, meeting);
  const lang = input.lang;
  const questions: QuestionResult[] = evaluated.map((q) => {
    const choice = q.item.choices.find((c) => c.value === q.answer);
    return {
      id: q.item.id,
      category: q.item.category,
      answer: q.answer,
      answerLabel: choice ? choice.label[lang] : null,
      status: q.status,
      weight: q.weight,
      blocker: q.blocker,
      title: q.item.title[lang],
      question: q.item.question[lang],
      summary: answerSummary(q, lang, meeting.scope),
      remediation: q.status === 'pass' || q.status === 'skipped' ? null : (choice?.fix ?? q.item.fix)[lang],
      sources: [...q.item.sources],
    };
  });

  const report: Report = {
    schemaVersion: 2,
    tool: { name: TOOL_NAME, version: input.version },
    startedAt: startedAt.toISOString(),
    durationMs: run.durationMs,
    lang: input.lang,
    platform: { ...input.probe.platform },
    mode: input.probe.mode,
    ...(input.policySource ? { policy: { ...input.policySource } } : {}),
    evaluatedAt: input.probe.now().toISOString(),
    ...(input.policy.organisation ? { organisation: { ...input.policy.organisation } } : {}),
    ...(device ? { device } : {}),
    score: score(checks, questions, meeting, input.policy),
    checks,
    questions,
  };
  const advice = adviseVideoTool(given, input.policy);
  if (advice) report.advice = { videoTool: renderAdvice(advice, input.lang, startedAt) };
  return report;
}

/**
 * The report of a run that an internal error of the tool ended (exit code 3): the results of the
 * checks that had finished (`found`), every other check that was to run `unknown` (reason
 * internal: not finished), the answers given so far, no device identifiers, and `error`. Its
 * verdict is not-ready, whatever the rest would say: the run did not end.
 */
export function unfinishedReport(input: RunInput & { answers: Answers }, found: readonly CheckResult[], startedAt: Date, error: unknown): Report {
  const meeting = meetingOf(input.answers, input.policy, input.questions ?? questionsFor(input.policy));
  const context: MeetingContext = { dataClass: meeting.dataClass, redRules: meeting.redRules };
  const checks = input.checks.map((check) => {
    const done = found.find((r) => r.id === check.id);
    if (done) return done;
    const skip = skipReason(check, input);
    const collected: Collected = skip
      ? { kind: 'skipped', reason: skip, durationMs: 0 }
      : { kind: 'unknown', reason: makeReason('internal', undefined, 'not finished: an internal error ended the run'), durationMs: 0 };
    return toCheckResult(check, judge(check, collected, input, context), 0, input, meeting);
  });
  const durationMs = Math.max(0, Date.now() - startedAt.getTime());
  const report = assembleReport(input, { startedAt, durationMs, checks, given: input.answers });
  report.score.verdict = 'not-ready';
  report.error = { code: 'internal', detail: errorText(error).slice(0, 500) || 'error' };
  return ReportSchema.parse(report);
}
