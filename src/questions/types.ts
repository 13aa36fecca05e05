/**
 * A questionnaire item: what no program can see, asked of the employee. Items are data: their texts
 * in both languages live with them, and every item names the guidance it rests on.
 */
import type { Category, Status } from '../check.js';
import type { SourceId } from '../sources.js';

export interface Text {
  nb: string;
  nn: string;
  en: string;
}

export interface Choice {
  value: string;
  label: Text;
  /**
   * what this answer means for readiness. `skipped`: the item does not apply (a service not used, no
   * screen to share, a router the internet provider manages): neither a pass nor a fail.
   */
  status: Exclude<Status, 'unknown'>;
  /**
   * the answer's meaning where the red rules apply, when it differs: sharing one tidy window is fine
   * in an open meeting, but the rules for confidential meetings say to avoid screen sharing at all
   */
  redStatus?: Exclude<Status, 'unknown'>;
  /** what to do after this answer, where it differs from the item's fix (black data: another channel) */
  fix?: Text;
}

/**
 * An earlier answer that makes a failing answer here matter less, as the sources put it: "a closed
 * room, or else headphones" (the municipal rules quoting NSM). When the item named answered `answer`,
 * a failing answer here counts as `status` (and never blocks), and `because` says why.
 */
export interface Relief {
  item: string;
  answer: string;
  status: 'warn' | 'pass';
  because: Text;
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
  /** a short name for the result list, the report and the fleet summary ("Headphones") */
  title: Text;
  /** the full question as it is asked */
  question: Text;
  /** one short line: why this matters */
  why: Text;
  /** what to do when the answer falls short */
  fix: Text;
  /** the allowed answers, in the order they are offered */
  choices: readonly Choice[];
  /** an earlier answer that relieves a failing one here (see Relief) */
  relief?: Relief;
  /**
   * asked only when the meeting's data class (the data-class answer, or the policy's default) is one
   * of these, and, with `meetingNeed`, only when the kind of meeting answered is one of those (the
   * health consultation's own items); otherwise the item is neither asked nor reported
   */
  when?: { dataClass?: readonly DataClassAnswer[]; meetingNeed?: readonly string[] };
}

/**
 * The answers the data-class item allows. "black" is strictly confidential or classified: no video
 * tool is right for it. "unsure" applies the rules for red until the employee knows.
 */
export type DataClassAnswer = 'green' | 'yellow' | 'red' | 'black' | 'unsure';
export const DATA_CLASSES: readonly DataClassAnswer[] = ['green', 'yellow', 'red', 'black', 'unsure'];

/** Which rules a meeting is held to: those for red data (red, black, or not known), or the standard ones. */
export function redRulesFor(dataClass: DataClassAnswer): boolean {
  return dataClass === 'red' || dataClass === 'black' || dataClass === 'unsure';
}

/** The answers of one person, by item id. */
export type Answers = Record<string, string>;
