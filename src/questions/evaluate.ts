/**
 * From answers to results: pure. The data class sets the bar:
 * - red rules apply in red and black meetings, and where the class is not known ("not sure", or
 *   left unanswered while other questions were answered): items that block in red block when they
 *   fail, "not sure" counts as "no", and so does an unanswered item that would block;
 * - nothing is gained by not answering: elsewhere an unanswered item is shown as unanswered and earns
 *   nothing in the score (src/score.ts);
 * - with nothing answered at all, only the machine is judged (scope "machine").
 */
import { z } from 'zod';
import type { Status } from '../check.js';
import { t, type Lang } from '../i18n/index.js';
import type { Policy } from '../policy.js';
import { DATA_CLASS_ID, questions as allQuestions, questionsFor } from './items.js';
import { redRulesFor, type Answers, type DataClassAnswer, type QuestionItem } from './types.js';

/** What was assessed: the machine alone (no question answered), or the machine and the meeting. */
export type Scope = 'machine' | 'machine-and-meeting';

/** The meeting the answers describe: its class, which rules apply, and what was assessed. */
export interface Meeting {
  /** the employee's answer, else the policy's default; null when neither says (and nothing was answered) */
  dataClass: DataClassAnswer | null;
  /** true where the red rules apply: red, black, or a class not known in a run with answers */
  redRules: boolean;
  scope: Scope;
}

/**
 * Why a question's status differs from its answer's plain meaning, for the words under it:
 * "not sure" or no answer counted as "no" in a red meeting; no answer at all; an earlier answer
 * that relieves this one (a closed room makes headphones a recommendation).
 */
export type Because = 'unsure-red' | 'unanswered-red' | 'unanswered' | 'relief';

export interface EvaluatedQuestion {
  item: QuestionItem;
  /** the answer given (a valid choice), or null */
  answer: string | null;
  status: Status;
  weight: number;
  blocker: boolean;
  because: Because | null;
}

const isDataClass = (v: unknown): v is DataClassAnswer => v === 'green' || v === 'yellow' || v === 'red' || v === 'black' || v === 'unsure';

/** The data class the questions are asked for: the answer, the policy's default, or "not sure". */
/** The answer to the kind of meeting (src/questions/video-tool.ts), named here to keep the import one way. */
const MEETING_NEED = 'meeting-need';

export function dataClassOf(answers: Answers, policy: Policy): DataClassAnswer {
  const given = answers[DATA_CLASS_ID];
  const dataClass = isDataClass(given) ? given : (policy.defaultDataClass ?? 'unsure');
  // a consultation with a patient is about their health: special-category data (GDPR art. 9), which
  // Normen treats as confidential whatever class was picked, so the red rules apply
  if (answers[MEETING_NEED] === 'health-consultation' && (dataClass === 'green' || dataClass === 'yellow')) return 'red';
  return dataClass;
}

const answered = (item: QuestionItem, answers: Answers) => item.choices.some((c) => c.value === answers[item.id]);

/**
 * The meeting as the answers tell it. With no item answered, only the machine is judged, under the
 * policy's default class if it names one (IT's rule for every meeting), else under no meeting's rules.
 */
export function meetingOf(answers: Answers, policy: Policy, items: readonly QuestionItem[] = questionsFor(policy)): Meeting {
  const any = items.some((item) => answered(item, answers));
  if (!any) {
    const dataClass = policy.defaultDataClass ?? null;
    return { dataClass, redRules: dataClass !== null && redRulesFor(dataClass), scope: 'machine' };
  }
  const dataClass = dataClassOf(answers, policy);
  return { dataClass, redRules: redRulesFor(dataClass), scope: 'machine-and-meeting' };
}

/** The policy's settings for an item; acc-mfa.vpn falls back to those for the family acc-mfa. */
export function overrideOf(policy: Policy, item: QuestionItem): Policy['questions'][string] | undefined {
  return policy.questions[item.id] ?? policy.questions[item.id.split('.')[0]!];
}

/**
 * Whether an item is asked at all, given the answers so far (its `when` condition). An item for one
 * kind of meeting waits for that answer: until the kind is known, it is neither asked nor reported.
 */
export function applies(item: QuestionItem, answers: Answers, policy: Policy): boolean {
  const when = item.when;
  if (!when) return true;
  if (when.dataClass && !when.dataClass.includes(dataClassOf(answers, policy))) return false;
  if (when.meetingNeed && !when.meetingNeed.includes(answers[MEETING_NEED] ?? '')) return false;
  return true;
}

/** Whether a failing answer to this item blocks the meeting: the policy first, then the item's own rule. */
export function itemBlocks(item: QuestionItem, override: Policy['questions'][string] | undefined, meeting: Meeting): boolean {
  if (override?.blocker !== undefined) return override.blocker;
  if (override?.blockerIn)
    return meeting.redRules ? override.blockerIn.includes('red') : meeting.dataClass !== null && override.blockerIn.includes(meeting.dataClass as 'green');
  return item.blocker === 'always' || (item.blocker === 'red' && meeting.redRules);
}

export function evaluateQuestions(
  answers: Answers,
  policy: Policy,
  items: readonly QuestionItem[] = questionsFor(policy),
  meeting: Meeting = meetingOf(answers, policy, items),
): EvaluatedQuestion[] {
  return items
    .filter((item) => overrideOf(policy, item)?.enabled !== false && applies(item, answers, policy))
    .map((item): EvaluatedQuestion => {
      const override = overrideOf(policy, item);
      const weight = override?.weight ?? item.weight;
      const choice = item.choices.find((c) => c.value === answers[item.id]);
      const base = { item, answer: choice ? choice.value : null, weight };
      // the machine alone: the questions are reported as unanswered and judge nothing
      if (meeting.scope === 'machine') return { ...base, status: 'unknown', blocker: false, because: null };
      const blocks = itemBlocks(item, override, meeting);
      // "not sure", and no answer, count as "no" (the failing answer) where the red rules apply to an
      // item that can block; the data class is the exception: not knowing it is what applies the red rules
      const countsAsNo = meeting.redRules && blocks && item.id !== DATA_CLASS_ID && noChoice(item) !== undefined;
      let status: Status;
      let because: Because | null = null;
      if (!choice) [status, because] = countsAsNo ? ['fail', 'unanswered-red'] : ['unknown', 'unanswered'];
      else if (choice.value === 'unsure' && countsAsNo) [status, because] = ['fail', 'unsure-red'];
      else status = (meeting.redRules ? choice.redStatus : undefined) ?? choice.status;
      const relief = item.relief;
      if (relief && status === 'fail' && answers[relief.item] === relief.answer) [status, because] = [relief.status, 'relief'];
      return { ...base, status, blocker: status === 'fail' && blocks, because };
    });
}

/** The answer that counts as "no": "no" itself, or the item's failing answer (an open room). */
function noChoice(item: QuestionItem) {
  return item.choices.find((c) => c.value === 'no') ?? item.choices.find((c) => c.status === 'fail');
}

const quote = (lang: Lang, text: string) => (lang === 'en' ? `“${text}”` : `«${text}»`);

/**
 * What the employee answered and why it counts as it does, in words: "You answered “Not sure”. In
 * a confidential meeting that counts as “No”." Null for an item the run did not assess.
 */
export function answerSummary(q: EvaluatedQuestion, lang: Lang, scope: Scope): string | null {
  if (scope === 'machine') return null;
  const no = () => quote(lang, noChoice(q.item)?.label[lang] ?? t(lang, 'q.no'));
  const label = q.answer === null ? null : (q.item.choices.find((c) => c.value === q.answer)?.label[lang] ?? q.answer);
  const said = label === null ? t(lang, 'result.unanswered') : t(lang, 'result.answered', { answer: quote(lang, label) });
  switch (q.because) {
    case 'unsure-red':
    case 'unanswered-red':
      return `${said} ${t(lang, 'result.counts-as-no', { no: no() })}`;
    case 'unanswered':
      return `${said} ${t(lang, 'result.unanswered-earns-nothing')}`;
    case 'relief':
      return `${said} ${q.item.relief!.because[lang]}`;
    default:
      return said;
  }
}

/** The items still to ask: enabled by the policy and not answered yet (e.g. by an answers file). */
export function openItems(items: readonly QuestionItem[], answers: Answers, policy: Policy): QuestionItem[] {
  return items.filter((item) => overrideOf(policy, item)?.enabled !== false && answers[item.id] === undefined);
}

/** The answers file: `{ "answers": { "<id>": "<value>" } }`, every id and value checked. */
export function answersFileSchema(items: readonly QuestionItem[] = allQuestions) {
  const shape: Record<string, z.ZodOptional<z.ZodEnum<Record<string, string>>>> = {};
  for (const item of items) {
    const values = item.choices.map((c) => c.value) as [string, ...string[]];
    shape[item.id] = z.enum(values).optional().describe(item.question.en);
  }
  return z
    .object({
      $schema: z.string().optional(),
      answers: z.object(shape).strict(),
    })
    .strict();
}
