/**
 * A questionnaire item: what no program can see, asked of the employee. Items are data: their texts
 * in both languages live with them, and every item names the guidance it rests on.
 */
import type { Category, Status } from '../check.js';
import type { SourceId } from '../sources.js';

export interface Text {
  nb: string;
  en: string;
}

export interface Choice {
  value: string;
  label: Text;
  /** what this answer means for readiness (skipped: the item does not apply, e.g. a service not used) */
  status: Exclude<Status, 'unknown'>;
}

export interface QuestionItem {
  /** kebab-case; items asked once per policy entry add `.<entry-id>` (acc-mfa.vpn) */
  id: string;
  category: Category;
  /** 1-5; the policy may override */
  weight: number;
  /**
   * when a failing answer blocks: always, only in meetings with red (confidential) data, or never.
   * In red meetings an "unsure" answer counts as a failing one.
   */
  blocker: 'always' | 'red' | 'never';
  sources: readonly SourceId[];
  question: Text;
  /** one short line: why this matters */
  why: Text;
  /** what to do when the answer falls short */
  fix: Text;
  /** the allowed answers, in the order they are offered */
  choices: readonly Choice[];
  /**
   * asked only when the meeting's data class (the data-class answer, or the policy's default) is one
   * of these; otherwise the item is neither asked nor reported
   */
  when?: { dataClass: readonly DataClassAnswer[] };
}

/** The answers the data-class item allows. */
export type DataClassAnswer = 'green' | 'yellow' | 'red' | 'unsure';

/** The answers of one person, by item id. */
export type Answers = Record<string, string>;
