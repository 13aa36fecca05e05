/**
 * The engine: runs the checks concurrently, each under its own timeout, turns answers into
 * results, scores both, and builds the report. A check that throws or runs out of time becomes
 * `unknown` with its reason; the run itself never dies for it.
 */
import type { AnyCheck, CheckOptions, Facts, Finding, MeetingContext, Status } from './check.js';
import { adviseVideoTool, renderAdvice } from './advice/video-tool.js';
import { msg, t, tJoin, type Lang, type Message } from './i18n/index.js';
import { readIdentifiers } from './probe/identity.js';
import { errorText } from './probe/live.js';
import type { Probe } from './probe/types.js';
import type { Policy } from './policy.js';
import { dataClassOf, evaluateQuestions } from './questions/evaluate.js';
import { questionsFor } from './questions/items.js';
import type { Answers, QuestionItem } from './questions/types.js';
import { ReportSchema, type CheckResult, type QuestionResult, type Report } from './report/schema.js';
import { score } from './score.js';

export const TOOL_NAME = 'homeoffice-check';
const DEFAULT_TIMEOUT_MS = 20_000;

export type RunEvent =
  | { type: 'check-start'; id: string }
  | { type: 'check-progress'; id: string; fraction: number; note?: string }
  | { type: 'check-done'; result: CheckResult };

export interface RunInput {
  probe: Probe;
  checks: readonly AnyCheck[];
  questions?: readonly QuestionItem[];
  policy: Policy;
  options: CheckOptions;
  lang: Lang;
  version: string;
  answers: Answers | Promise<Answers>;
  only?: readonly string[];
  skip?: readonly string[];
  onEvent?: (event: RunEvent) => void;
}

interface Outcome {
  finding: Finding;
  durationMs: number;
  /** the facts, kept to judge again once the answers tell the meeting's data class */
  collected?: Facts;
}

function skippedFinding(reason: Message): Finding {
  return { status: 'skipped', summary: [reason], facts: {} };
}

function unknownFinding(reason: Message, facts: Record<string, unknown> = {}): Finding {
  return { status: 'unknown', summary: [reason], facts };
}

async function runOne(check: AnyCheck, input: RunInput): Promise<Outcome> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const override = input.policy.checks[check.id];
  if (override?.enabled === false || (input.only && !input.only.includes(check.id)) || input.skip?.includes(check.id)) {
    return { finding: skippedFinding(msg('engine.skipped.option')), durationMs: 0 };
  }
  if (check.platforms && !check.platforms.includes(input.probe.platform.os)) {
    return { finding: skippedFinding(msg('engine.skipped.platform')), durationMs: 0 };
  }
  if (check.network && input.options.offline) {
    return { finding: skippedFinding(msg('engine.skipped.offline')), durationMs: 0 };
  }
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
      return { finding: unknownFinding(msg('engine.timeout', { seconds: Math.round(timeoutMs / 1000) })), durationMs: took() };
    }
    const meeting: MeetingContext = { dataClass: input.policy.defaultDataClass ?? 'unsure' };
    return { finding: evaluateSafely(check, collected, input.policy, meeting), durationMs: took(), collected };
  } catch (error) {
    controller.abort();
    return { finding: unknownFinding(msg('engine.error', { reason: errorText(error) })), durationMs: took() };
  } finally {
    clearTimeout(timer);
  }
}

function evaluateSafely(check: AnyCheck, facts: Facts, policy: Policy, meeting: MeetingContext): Finding {
  try {
    return check.evaluate(facts, policy, meeting);
  } catch (error) {
    return unknownFinding(msg('engine.error', { reason: errorText(error) }));
  }
}

function toCheckResult(check: AnyCheck, outcome: Outcome, input: RunInput): CheckResult {
  const { finding } = outcome;
  const override = input.policy.checks[check.id];
  const blocks = override?.blocker ?? finding.blocker ?? false;
  const status: Status = finding.status;
  return {
    id: check.id,
    category: check.category,
    status,
    blocker: status === 'fail' && blocks,
    weight: override?.weight ?? check.weight,
    title: t(input.lang, check.title),
    summary: tJoin(input.lang, finding.summary),
    remediation: finding.remediation && finding.remediation.length > 0 ? tJoin(input.lang, finding.remediation) : null,
    facts: finding.facts,
    durationMs: outcome.durationMs,
    sources: [...check.sources],
  };
}

export async function runAssessment(input: RunInput): Promise<Report> {
  const startedAt = new Date();
  const started = performance.now();
  const outcomes = Promise.all(
    input.checks.map(async (check) => {
      input.onEvent?.({ type: 'check-start', id: check.id });
      const outcome = await runOne(check, input);
      input.onEvent?.({ type: 'check-done', result: toCheckResult(check, outcome, input) });
      return outcome;
    }),
  );
  // Questions are asked (or read) while the checks run. The live view shows findings judged
  // by the policy's default data class; the report judges them by the meeting's own.
  const answers = await input.answers;
  const meeting: MeetingContext = { dataClass: dataClassOf(answers, input.policy) };
  const checks = (await outcomes).map((outcome, i) => {
    const check = input.checks[i]!;
    if (!outcome.collected) return toCheckResult(check, outcome, input);
    const finding = evaluateSafely(check, outcome.collected, input.policy, meeting);
    return toCheckResult(check, { ...outcome, finding }, input);
  });
  const device = await readIdentifiers(input.probe, input.policy.report.include);

  const evaluated = evaluateQuestions(answers, input.policy, input.questions ?? questionsFor(input.policy));
  const questions: QuestionResult[] = evaluated.map((q) => ({
    id: q.item.id,
    category: q.item.category,
    answer: q.answer,
    status: q.status,
    weight: q.weight,
    blocker: q.blocker,
    title: q.item.question[input.lang],
    remediation: q.status === 'pass' ? null : q.item.fix[input.lang],
    sources: [...q.item.sources],
  }));

  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.version },
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    lang: input.lang,
    platform: { ...input.probe.platform },
    mode: input.probe.mode,
    ...(input.policy.organisation ? { organisation: { ...input.policy.organisation } } : {}),
    ...(device ? { device } : {}),
    score: score([...checks, ...questions], input.policy),
    checks,
    questions,
  };
  const advice = adviseVideoTool(answers, input.policy);
  if (advice) report.advice = { videoTool: renderAdvice(advice, input.lang) };
  // The report is the contract: it is checked before anyone sees it.
  return ReportSchema.parse(report);
}
