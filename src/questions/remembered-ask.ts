/**
 * The two moments of remembered answers in the interactive flow (the store: remembered.ts):
 * - before the questions: the remembered answers are shown, and one key confirms them all ("y"/Enter)
 *   or has them asked again ("n"); confirmed, they are not asked;
 * - after the result: consent, asked once per run until given, to remember the answers that do not
 *   change; once given, each run keeps the file up to date with the latest answers.
 * Loaded only for the interactive flow (it brings enquirer). HOMEOFFICE_CHECK_REMEMBER=0 turns both off
 * (for IT that wants no answers kept, and for tests of other parts of the flow).
 */
import wrapAnsi from 'wrap-ansi';
import { writeStdout } from '../output.js';
import { t, type Lang } from '../i18n/index.js';
import { askQuestions } from './ask.js';
import { text } from './text.js';
import { loadRemembered, saveRemembered, toRemember } from './remembered.js';
import type { Answers, QuestionItem, Text } from './types.js';

const TEXT = {
  heading: text('remember.heading'),
  confirm: text('remember.confirm'),
  confirmWhy: text('remember.confirm-why'),
  confirmYes: text('remember.confirm-yes'),
  confirmNo: text('remember.confirm-no'),
  consentYes: text('remember.consent-yes'),
  consentNo: text('remember.consent-no'),
  saved: text('remember.saved'),
  notSaved: text('remember.not-saved'),
};

function yesNoItem(id: string, question: Text, why: Text, yes: Text, no: Text): QuestionItem {
  return {
    id,
    category: 'conduct',
    weight: 0,
    blocker: 'never',
    sources: [],
    title: question,
    question,
    why,
    fix: why,
    choices: [
      { value: 'yes', label: yes, status: 'pass' },
      { value: 'no', label: no, status: 'fail' },
    ],
  };
}

export interface Recalled {
  /** the answers to go into the run: the remembered ones when confirmed, then the given ones over them */
  given: Answers;
  /** true when the file existed (consent given before): the run's answers update it afterwards */
  consented: boolean;
  /** how many remembered answers were taken without asking */
  taken: number;
}

/** Before the questions: show the remembered answers and take them with one key. */
const off = () => process.env.HOMEOFFICE_CHECK_REMEMBER === '0';

export async function recall(file: string | null, items: readonly QuestionItem[], given: Answers, lang: Lang): Promise<Recalled> {
  const remembered = file && !off() ? await loadRemembered(file, items) : null;
  if (!remembered) return { given, consented: false, taken: 0 };
  const shown = items.filter((item) => remembered[item.id] !== undefined && given[item.id] === undefined);
  if (shown.length === 0) return { given, consented: true, taken: 0 };
  // the answers that are fine, by their short titles on one folded line (read at a glance; ✓ as in
  // the result); the
  // others with their whole question and answer, as they matter
  const columns = process.stdout.columns ?? 80;
  const indented = (text: string) =>
    wrapAnsi(text, Math.max(20, columns - 4), { hard: true })
      .split('\n')
      .map((line, i) => `${i === 0 ? '  ' : '    '}${line}`)
      .join('\n');
  const choiceOf = (item: QuestionItem) => item.choices.find((c) => c.value === remembered[item.id]);
  const fine = shown.filter((item) => choiceOf(item)?.status === 'pass');
  const lines = shown
    .filter((item) => !fine.includes(item))
    .map((item) => indented(`- ${item.question[lang]} ${choiceOf(item)?.label[lang] ?? remembered[item.id]}`));
  if (fine.length > 0)
    lines.unshift(indented(`✓ ${t(lang, 'result.fine-declared', { count: fine.length })} ${fine.map((item) => item.title[lang]).join(', ')}.`));
  await writeStdout(`${TEXT.heading[lang]}\n${lines.join('\n')}\n\n`);
  const confirm = yesNoItem('remembered-confirm', TEXT.confirm, TEXT.confirmWhy, TEXT.confirmYes, TEXT.confirmNo);
  const answer = (await askQuestions([confirm], lang))[confirm.id];
  await writeStdout('\n');
  if (answer !== 'yes') return { given, consented: true, taken: 0 };
  const taken = Object.fromEntries(shown.map((item) => [item.id, remembered[item.id]!]));
  return { given: { ...taken, ...given }, consented: true, taken: shown.length };
}

/** After the result: with consent (asked now when not given before), keep the answers that do not change. */
export async function keep(file: string | null, recalled: Recalled, answers: Answers, items: readonly QuestionItem[], lang: Lang): Promise<void> {
  if (!file || off()) return;
  const worth = toRemember(answers, items);
  const count = Object.keys(worth).length;
  if (count === 0) return;
  if (!recalled.consented) {
    const consent = yesNoItem(
      'remembered-consent',
      text('remember.consent', { count }),
      text('remember.consent-why', { file }),
      TEXT.consentYes,
      TEXT.consentNo,
    );
    await writeStdout('\n');
    // the interactive view unrefs stdin when it ends: without a ref the process would exit under the prompt
    (process.stdin as NodeJS.ReadStream & { ref?: () => void }).ref?.();
    if ((await askQuestions([consent], lang))[consent.id] !== 'yes') return;
  }
  try {
    await saveRemembered(file, worth);
  } catch (error) {
    // a folder that cannot be written costs the next run its shortcut, not this run its result
    await writeStdout(`${TEXT.notSaved[lang]} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
    return;
  }
  if (!recalled.consented) await writeStdout(`${TEXT.saved[lang]}\n`);
}
