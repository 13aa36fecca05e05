/**
 * Asking the questionnaire in a terminal with enquirer: one question at a time, its "why this
 * matters" line beneath, arrow keys and Enter, or a letter: y/j for yes, n for no, u for not sure,
 * and 1-9 for the n-th answer. Ctrl+C rejects with Interrupted so the caller can exit at once.
 */
import Enquirer from 'enquirer';
import wrapAnsi from 'wrap-ansi';
import { t, type Lang } from '../i18n/index.js';
import type { Answers, QuestionItem } from './types.js';

/** The user pressed Ctrl+C while a question was open. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

interface Streams {
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
}

/** Letters that answer at once, by the value they choose. */
const LETTERS: Record<string, string> = { y: 'yes', j: 'yes', n: 'no', u: 'unsure', '?': 'unsure' };

interface SelectChoice {
  name: string;
  message: string;
  index: number;
}

/** The parts of enquirer's Select prompt used here (enquirer ships no types for its classes). */
interface SelectInternals {
  choices: SelectChoice[];
  index: number;
  selected: SelectChoice;
  state: { submitted: boolean; cancelled: boolean };
  styles: { primary(text: string): string; muted(text: string): string };
  submit(): Promise<void>;
  render(): Promise<void>;
  alert(): void;
  run(): Promise<string>;
  close(): Promise<void>;
}

type SelectClass = new (options: Record<string, unknown>) => SelectInternals;
const Select = (Enquirer as unknown as { Select: SelectClass }).Select;

class QuestionPrompt extends Select {
  // letters choose and submit at once, where the item has that answer
  dispatch(ch: string | undefined): Promise<void> | void {
    const value = ch ? LETTERS[ch.toLowerCase()] : undefined;
    const index = value === undefined ? -1 : this.choices.findIndex((c) => c.name === value);
    if (index < 0) return this.alert();
    this.index = index;
    return this.submit();
  }

  // digits count from 1, as people do
  number(ch: string): Promise<void> | void {
    const index = Number(ch) - 1;
    if (!(index >= 0 && index < this.choices.length)) return this.alert();
    this.index = index;
    return this.render();
  }

  /**
   * On Ctrl+C, Node (24.2 and later) closes enquirer's readline itself, and enquirer 2.4.1's cleanup
   * then pauses it and throws ERR_USE_AFTER_CLOSE (enquirer issue 483), so the prompt would never
   * settle. By then that cleanup has given back raw mode and its key listener; only the pause and
   * close of the already closed readline are left out, so the cancel goes on and `run()` rejects.
   */
  override async close(): Promise<void> {
    try {
      await super.close();
    } catch (error) {
      if ((error as { code?: unknown })?.code !== 'ERR_USE_AFTER_CLOSE') throw error;
    }
  }

  // after the answer, show its words rather than its id
  format(): string {
    if (!this.state.submitted || this.state.cancelled) return '';
    return this.styles.primary(this.selected.message);
  }
}

/**
 * Ask each item in turn and return the answers given. The caller owns what happens on Ctrl+C
 * (Interrupted): it must exit without waiting for anything else.
 */
export interface AskOptions extends Streams {
  /** answers already given (an answers file): they count for `applies` */
  given?: Answers;
  /**
   * whether an item is to be asked given the answers so far: items that depend on an earlier
   * answer (those for red meetings only) join or leave the list as the answers come in
   */
  applies?: (item: QuestionItem, answers: Answers) => boolean;
}

export async function askQuestions(items: readonly QuestionItem[], lang: Lang, options: AskOptions = {}): Promise<Answers> {
  const { given = {}, applies = () => true, ...streams } = options;
  const answers: Answers = {};
  const columns = (streams.stdout as { columns?: number } | undefined)?.columns ?? process.stdout.columns ?? 80;
  // the why line, wrapped and indented beneath the answers
  const whyLine = (why: string) =>
    wrapAnsi(t(lang, 'tui.why', { text: why }), Math.max(20, columns - 3), { hard: true })
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
  for (;;) {
    const pending = items.filter((it) => answers[it.id] === undefined && applies(it, { ...given, ...answers }));
    const item = pending[0];
    if (!item) break;
    const done = Object.keys(answers).length;
    const why = whyLine(item.why[lang]);
    const prompt = new QuestionPrompt({
      name: item.id,
      // wrapped at word boundaries (the terminal would break words), continued under the text
      message: wrapAnsi(`[${done + 1}/${done + pending.length}] ${item.question[lang]}`, Math.max(20, columns - 4), { hard: true })
        .split('\n')
        .join('\n  '),
      choices: item.choices.map((c) => ({ name: c.value, message: c.label[lang] })),
      footer: (state: { submitted: boolean }) => (state.submitted ? '' : why),
      // enquirer's defaults (process.stdin/stdout) hold unless streams are given
      ...(streams.stdin ? { stdin: streams.stdin } : {}),
      ...(streams.stdout ? { stdout: streams.stdout } : {}),
    });
    let value: string;
    try {
      value = await prompt.run();
    } catch {
      // enquirer rejects only when the prompt is cancelled (Ctrl+C, Escape)
      throw new Interrupted('interrupted');
    }
    answers[item.id] = value;
  }
  return answers;
}
