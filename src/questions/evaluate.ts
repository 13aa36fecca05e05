/**
 * From answers to results: pure. The data class raises the bar: in a red meeting, items marked
 * `red` block when they fail, and "unsure" counts as a failing answer.
 */
import { z } from 'zod';
import type { Status } from '../check.js';
import type { Policy } from '../policy.js';
import { DATA_CLASS_ID, questions as allQuestions, questionsFor } from './items.js';
import type { Answers, DataClassAnswer, QuestionItem } from './types.js';

export interface EvaluatedQuestion {
  item: QuestionItem;
  answer: string | null;
  status: Status;
  weight: number;
  blocker: boolean;
}

export function dataClassOf(answers: Answers, policy: Policy): DataClassAnswer {
  const given = answers[DATA_CLASS_ID];
  if (given === 'green' || given === 'yellow' || given === 'red' || given === 'unsure') return given;
  return policy.defaultDataClass ?? 'unsure';
}

/** The policy's settings for an item; acc-mfa.vpn falls back to those for the family acc-mfa. */
export function overrideOf(policy: Policy, item: QuestionItem): Policy['questions'][string] | undefined {
  return policy.questions[item.id] ?? policy.questions[item.id.split('.')[0]!];
}

/** Whether an item is asked at all, given the answers so far (its `when` condition). */
export function applies(item: QuestionItem, answers: Answers, policy: Policy): boolean {
  return !item.when || item.when.dataClass.includes(dataClassOf(answers, policy));
}

export function evaluateQuestions(
  answers: Answers,
  policy: Policy,
  items: readonly QuestionItem[] = questionsFor(policy),
): EvaluatedQuestion[] {
  const red = dataClassOf(answers, policy) === 'red';
  return items
    .filter((item) => overrideOf(policy, item)?.enabled !== false && applies(item, answers, policy))
    .map((item) => {
      const override = overrideOf(policy, item);
      const weight = override?.weight ?? item.weight;
      const answer = answers[item.id] ?? null;
      const choice = item.choices.find((c) => c.value === answer);
      let status: Status = choice ? choice.status : 'unknown';
      if (red && answer === 'unsure' && item.blocker !== 'never') status = 'fail';
      const blocks = override?.blocker ?? (item.blocker === 'always' || (item.blocker === 'red' && red));
      return { item, answer: choice ? answer : null, status, weight, blocker: status === 'fail' && blocks };
    });
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
