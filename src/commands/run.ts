/**
 * A run: the policy, the answers given in files, the probe (live, recording or replaying), the
 * engine, and the output the user asked for. The engine is started here; the interactive view and
 * the plain-line questions only ask and show.
 */
import { checks as allChecks } from '../../checks/index.js';
import type { CheckOptions } from '../check.js';
import { setCliLang, t } from '../i18n/index.js';
import { loadPolicySource, readJsonFile } from '../input.js';
import { checkOutputTargets, writeFileAtomic, writeStdout } from '../output.js';
import type { Policy } from '../policy.js';
import { BundleSchema } from '../probe/bundle.js';
import { LiveProbe, withheldSecrets } from '../probe/live.js';
import { displayUrl, uploadReport } from '../probe/net/upload.js';
import { openLink } from '../probe/open.js';
import { ReplayProbe } from '../probe/replay.js';
import type { Probe } from '../probe/types.js';
import { answersFileSchema, openItems } from '../questions/evaluate.js';
import { questionsFor } from '../questions/items.js';
import { rememberedFile } from '../questions/remembered.js';
import type { Answers } from '../questions/types.js';
import { renderPlain } from '../report/plain.js';
import type { CheckResult, Report } from '../report/schema.js';
import { loadSigningKey, signReport } from '../report/sign.js';
import { recheckOne, runAssessment, TOOL_NAME, unfinishedReport, type RunEvent, type RunInput } from '../run.js';
import { exitsNotReady } from '../score.js';
import { jsonForTerminal } from '../text/terminal.js';
import { applyColorPreference, canAskInLines, isInteractive } from '../tui/mode.js';
import { EXIT, resolveOptions, type CliOptions } from './options.js';
import { listing } from './schema.js';

/** What a policy's `questions` may name: the items under that policy, and a family (acc-mfa) for all of its items. */
export function policyQuestionIds(policy: Policy): string[] {
  const ids = questionsFor(policy).map((q) => q.id);
  return [...new Set([...ids, ...ids.filter((id) => id.includes('.')).map((id) => id.split('.')[0]!)])];
}

/**
 * POST the report to IT's collector. A failure is one warning line on stderr and changes nothing
 * else: the local file is already written and the exit code stays the assessment's. The header
 * value (a token) comes from the environment only and never appears in output.
 */
async function sendReport(report: Report, options: CliOptions, env: NodeJS.ProcessEnv): Promise<void> {
  const url = options.reportUrl!;
  const auth = env.HOMEOFFICE_CHECK_REPORT_AUTH;
  const headers: Record<string, string> = auth ? { [env.HOMEOFFICE_CHECK_REPORT_HEADER || 'Authorization']: auth } : {};
  const result = await uploadReport({ url, body: JSON.stringify(report), headers, timeoutMs: options.reportTimeoutMs });
  if (result.ok) return;
  const text = t(options.lang, 'upload.failed', { url: displayUrl(url), reason: result.error ?? '?', attempts: result.attempts });
  const kept = options.output ? ` ${t(options.lang, 'upload.kept', { file: options.output })}` : '';
  process.stderr.write(`${TOOL_NAME}: ${text}${kept}\n`);
}

/** The answers a report holds, by question id. */
function answersOf(report: Report): Answers {
  return Object.fromEntries(report.questions.filter((q) => q.answer !== null).map((q) => [q.id, q.answer!]));
}

export interface RunCommandInput {
  values: Record<string, unknown>;
  version: string;
  /** exit at once with code 130 (Ctrl+C while a question is open or the view is up) */
  onInterrupt(): never;
  /**
   * Hand the CLI what to write if an internal error ends the run (null: nothing any more). It
   * resolves true when a report was written where one was asked for.
   */
  setLastWords(words: ((error: unknown) => Promise<boolean>) | null): void;
}

export async function runCommand({ values, version, onInterrupt, setLastWords }: RunCommandInput): Promise<number> {
  const { policy, source: policySource } = await loadPolicySource(values.policy as string | undefined, { questions: policyQuestionIds });
  // from here the command line speaks the policy's language, unless --lang chose one
  if (values.lang === undefined && policy.lang) setCliLang(policy.lang);
  const options = resolveOptions(values, process.env, policy);
  setCliLang(options.lang);
  // the questionnaire under this policy: two-factor once per service it names
  const items = questionsFor(policy);
  if (options.list) {
    await writeStdout(listing(options.lang, options.json, items));
    return EXIT.ready;
  }
  // an -o/--record target that cannot be written, or a signing key that cannot be used, is refused
  // now (exit 2), before anything is asked or run
  await checkOutputTargets(options);
  const signingKey = await loadSigningKey(policy, process.env);
  const given: Answers = options.answersFile ? ((await readJsonFile(options.answersFile, 'answers', answersFileSchema(items))).answers as Answers) : {};

  let probe: Probe;
  // the probe whose interactions --record writes: a recording live probe, or a replay (what it was asked)
  let recorder: LiveProbe | ReplayProbe | undefined;
  if (options.replay) {
    const replay = new ReplayProbe(await readJsonFile(options.replay, 'replay', BundleSchema));
    probe = replay;
    if (options.record) recorder = replay;
  } else {
    const live = new LiveProbe({ record: Boolean(options.record) });
    probe = live;
    if (options.record) recorder = live;
  }
  const checkOptions: CheckOptions = { offline: options.offline, speedUrl: options.speedUrl, stun: options.stun };
  const runInput: Omit<RunInput, 'answers'> = {
    probe,
    checks: allChecks,
    questions: items,
    policy,
    policySource,
    options: checkOptions,
    lang: options.lang,
    version,
    only: options.only,
    skip: options.skip,
  };

  // the result ends with what IT receives (the report file, the upload), before anything is sent
  const delivery = { url: options.reportUrl, file: options.output };
  const terminal = { stdinTTY: Boolean(process.stdin.isTTY), stdoutTTY: Boolean(process.stdout.isTTY), env: process.env };
  const interactive = isInteractive(terminal, options);
  // Should an internal error of the tool end the run (exit 3), the report asked for is still
  // written, whole: the checks finished until then, and the answers given
  const found = new Map<string, CheckResult>();
  const startedAt = new Date();
  let answered: Answers = given;
  const tracked =
    (forward?: (event: RunEvent) => void) =>
    (event: RunEvent): void => {
      if (event.type === 'check-done') found.set(event.result.id, event.result);
      forward?.(event);
    };
  const answersKnown = (answers: Answers | Promise<Answers>) => {
    void Promise.resolve(answers).then(
      (a) => (answered = a),
      () => undefined,
    );
    return answers;
  };
  setLastWords(async (error) => {
    const partial = unfinishedReport({ ...runInput, answers: answered }, [...found.values()], startedAt, error);
    const json = `${jsonForTerminal(signingKey ? signReport(partial, signingKey) : partial)}\n`;
    if (options.output) await writeFileAtomic(options.output, json);
    if (options.record && recorder) await writeFileAtomic(options.record, `${JSON.stringify(recorder.bundle(version), null, 2)}\n`);
    if (options.json && !interactive) await writeStdout(json);
    return Boolean(options.output || (options.json && !interactive));
  });
  let report: Report;
  if (interactive) {
    // the interactive view (and Ink, enquirer) loads only when it is shown
    applyColorPreference(process.env);
    const { startInteractive } = await import('../tui/index.js');
    // remembered answers (src/questions/remembered.ts): shown for one key before, kept with consent after
    const onAskError = (error: unknown): never => {
      if (error instanceof Error && error.name === 'Interrupted') onInterrupt();
      throw error;
    };
    const memory = options.noQuestions ? null : await import('../questions/remembered-ask.js');
    const memoryFile = rememberedFile();
    const recalled = memory ? await memory.recall(memoryFile, items, given, options.lang).catch(onAskError) : null;
    const start = recalled?.given ?? given;
    answered = start;
    const toAsk = options.noQuestions ? [] : openItems(items, start, policy);
    // from the result: open a shortfall's setting (through the probe: recorded, replayed) and check that one check again
    const actions = {
      open: (link: string) => openLink(probe, link),
      recheck: (current: Report, id: string) => recheckOne({ ...runInput, answers: session.answers }, current, id),
    };
    const session = startInteractive({ checks: allChecks, lang: options.lang, policy, given: start, toAsk, onInterrupt, delivery, actions });
    report = await session.show(runAssessment({ ...runInput, answers: answersKnown(session.answers), onEvent: tracked(session.onEvent) }));
    if (memory && recalled) await memory.keep(memoryFile, recalled, answersOf(report), items, options.lang).catch(onAskError);
  } else if (!options.noQuestions && canAskInLines(terminal, options)) {
    // --plain or a dumb terminal with a person at it: the open questions in plain lines, checks meanwhile
    const { askRest } = await import('../questions/ask-lines.js');
    report = await runAssessment({ ...runInput, answers: answersKnown(askRest(items, given, policy, options.lang)), onEvent: tracked() });
  } else {
    report = await runAssessment({ ...runInput, answers: given, onEvent: tracked() });
  }

  if (signingKey) report = signReport(report, signingKey);
  // the same JSON, with the characters a terminal obeys or reorders written as \u escapes
  const json = `${jsonForTerminal(report)}\n`;
  if (options.output) await writeFileAtomic(options.output, json);
  if (options.record && recorder) await writeFileAtomic(options.record, `${JSON.stringify(recorder.bundle(version), null, 2)}\n`);
  if (!interactive) await writeStdout(options.json ? json : renderPlain(report, delivery));
  else if (options.output) await writeStdout(`${t(options.lang, 'tui.report-saved', { file: options.output })}\n`);
  // the report is written: what goes wrong after this (the upload) is one line, the report stays as it is
  setLastWords(null);
  // the token was taken out of the environment the checks' programs see; the upload gets it back
  if (options.reportUrl) await sendReport(report, options, { ...process.env, ...withheldSecrets() });
  return exitsNotReady(report, policy) ? EXIT.notReady : EXIT.ready;
}
