/**
 * The questionnaire: every list of items, combined in the order they are asked (the data class
 * first: it sets the bar for the rest). A further file of items joins with one entry in LISTS.
 */
import { defaultPolicy, type Policy } from '../policy.js';
import { accountItems, conductItems, dataClassItems, dataItems, deviceItems, incidentItems, mfaItems, networkItems, roomItems } from './core.js';
import { healthItems } from './health.js';
import type { QuestionItem } from './types.js';
import { videoToolQuestions } from './video-tool.js';

export { DATA_CLASS_ID, MFA_ID, serviceName, yesNo } from './core.js';

/** A list of items, or a function of the policy for items asked once per policy entry. */
export type ItemList = readonly QuestionItem[] | ((policy: Policy) => readonly QuestionItem[]);

const LISTS: readonly ItemList[] = [
  dataClassItems,
  deviceItems,
  roomItems,
  (policy) => mfaItems(policy.services),
  accountItems,
  conductItems,
  videoToolQuestions,
  // after the kind of meeting: they are asked only for a health consultation
  healthItems,
  dataItems,
  incidentItems,
  networkItems,
];

export function questionsFor(policy: Policy, lists: readonly ItemList[] = LISTS): QuestionItem[] {
  const all = lists.flatMap((list) => (typeof list === 'function' ? list(policy) : list));
  const seen = new Set<string>();
  for (const q of all) {
    if (seen.has(q.id)) throw new Error(`questionnaire: item id '${q.id}' appears twice`);
    seen.add(q.id);
  }
  return all;
}

/** The questionnaire under the default policy. */
export const questions: readonly QuestionItem[] = questionsFor(defaultPolicy);
