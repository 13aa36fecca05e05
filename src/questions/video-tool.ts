/**
 * Questions about the video tool: the kind of meeting (which the advice in src/advice/ reads), and,
 * for confidential (red) meetings only, the secure settings NFKUT lists for the tool (seed 003:
 * generated meeting ID, passcode not reused, waiting room, end-to-end encryption, no join before
 * host, lock the meeting when everyone is in, never post the link openly). Their texts live in the
 * message catalogues under "video tool advice".
 */
import type { MessageId } from '../i18n/index.js';
import { yesNo } from './core.js';
import { text } from './text.js';
import type { Choice, QuestionItem } from './types.js';

export const MEETING_NEED_ID = 'meeting-need';

export const MEETING_NEEDS = ['one-to-one-client', 'colleagues', 'many-international', 'health-consultation'] as const;
export type MeetingNeed = (typeof MEETING_NEEDS)[number];

/** asked wherever the red rules apply: red and black meetings, and those whose class is not known */
const RED_ONLY = { dataClass: ['red', 'black', 'unsure'] } as const;

/**
 * yes / no / the tool has no such setting / unsure. A tool without the setting is a warning, not a
 * failure: the advice tells which tools fit confidential meetings; these questions are about using
 * the chosen one well.
 */
function settingChoices(): Choice[] {
  const [yes, no, unsure] = yesNo();
  return [yes!, no!, { value: 'not-offered', label: text('vtq.not-offered'), status: 'warn' }, unsure!];
}

function setting(id: string, key: string, weight: number, blocker: QuestionItem['blocker'], choices: readonly Choice[]): QuestionItem {
  return {
    id,
    category: 'conduct',
    weight,
    blocker,
    sources: ['nfkut-video-tools'],
    title: text(`vtq.${key}.title` as MessageId),
    question: text(`vtq.${key}.question` as MessageId),
    why: text(`vtq.${key}.why` as MessageId),
    fix: text(`vtq.${key}.fix` as MessageId),
    choices,
    when: RED_ONLY,
  };
}

export const videoToolQuestions: readonly QuestionItem[] = [
  {
    id: MEETING_NEED_ID,
    category: 'conduct',
    // information for the advice, not a measure of readiness: weight 0 keeps it out of the score
    weight: 0,
    blocker: 'never',
    sources: ['nettvett-video', 'video-checklist', 'nfkut-video-tools'],
    title: text('vtq.need.title'),
    question: text('vtq.need.question'),
    why: text('vtq.need.why'),
    fix: text('vtq.need.fix'),
    choices: MEETING_NEEDS.map((need) => ({ value: need, label: text(`vtq.need.${need}` as MessageId), status: 'pass' as const })),
  },
  setting('vt-generated-id', 'generated-id', 2, 'never', settingChoices()),
  setting('vt-passcode', 'passcode', 3, 'red', settingChoices()),
  setting('vt-waiting-room', 'waiting-room', 4, 'red', settingChoices()),
  setting('vt-e2ee', 'e2ee', 4, 'red', settingChoices()),
  setting('vt-no-join-before-host', 'join-before-host', 2, 'never', settingChoices()),
  setting('vt-lock-meeting', 'lock', 3, 'red', settingChoices()),
  { ...setting('vt-private-link', 'private-link', 4, 'red', yesNo()), sources: ['nfkut-video-tools', 'ncsc-home-working'] },
];
