/**
 * Replays bundles through checks in process, as ESLint's RuleTester runs a rule over a table of
 * cases: the same engine the CLI runs (collect through a ReplayProbe, judge once, render in the
 * chosen language, validate the report), without starting a process per case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyCheck } from '../../src/check.js';
import type { Lang } from '../../src/i18n/index.js';
import { defaultPolicy, PolicyFileSchema, type Policy } from '../../src/policy.js';
import { BundleSchema, mergeBundles, type Bundle } from '../../src/probe/bundle.js';
import { ReplayProbe } from '../../src/probe/replay.js';
import type { Probe } from '../../src/probe/types.js';
import { questionsFor } from '../../src/questions/items.js';
import type { Answers, QuestionItem } from '../../src/questions/types.js';
import type { CheckResult, Report } from '../../src/report/schema.js';
import { runAssessment } from '../../src/run.js';
import { ROOT } from './cli.js';

export const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

export interface ReplayOptions {
  lang?: Lang;
  /** a policy document as a file would give it (the first format's keys are accepted) */
  policy?: unknown;
  answers?: Answers;
  /** network checks run only when this is false */
  offline?: boolean;
  /** the questionnaire to judge the answers against (none by default: the machine alone) */
  questions?: readonly QuestionItem[];
}

/** A bundle by fixture name (`win32-firewall-all-off`), path, or object. */
export function loadBundle(bundle: string | Bundle): Bundle {
  if (typeof bundle !== 'string') return bundle;
  const path = bundle.includes('/') ? bundle : join(BUNDLES, `${bundle}.json`);
  return BundleSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** One machine from several bundles: the first bundle's platform and time, the first answer to each interaction. */
export function machineOf(names: readonly string[]): Bundle {
  return mergeBundles(names.map((n) => loadBundle(n)));
}

/** The whole report of a replayed run of `checks` (no questions asked unless `options.questions` gives them). */
export async function replayReport(checks: readonly AnyCheck[], bundle: string | Bundle, options: ReplayOptions = {}): Promise<Report> {
  return assessWith(new ReplayProbe(loadBundle(bundle)), checks, options);
}

/** The engine's run of `checks` through any probe (live, replay, rehearsal), as the CLI runs it: offline unless told. */
export async function assessWith(probe: Probe, checks: readonly AnyCheck[], options: ReplayOptions = {}): Promise<Report> {
  const policy: Policy = options.policy === undefined ? defaultPolicy : PolicyFileSchema.parse(options.policy);
  return runAssessment({
    probe,
    checks,
    // the items the answers speak of are asked (the data class among them), no others
    questions: options.questions ?? questionsFor(policy).filter((q) => options.answers !== undefined && Object.hasOwn(options.answers, q.id)),
    policy,
    options: { offline: options.offline ?? true, speedUrl: 'http://127.0.0.1:9', stun: [] },
    lang: options.lang ?? 'en',
    version: '0.0.0-test',
    answers: options.answers ?? {},
  });
}

/** One check's result from a replayed bundle. */
export async function replayCheck(check: AnyCheck, bundle: string | Bundle, options: ReplayOptions = {}): Promise<CheckResult> {
  const report = await replayReport([check], bundle, options);
  return report.checks[0]!;
}
