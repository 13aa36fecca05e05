/**
 * Asking in plain lines, for `--plain` and dumb terminals on a keyboard: each question, its why
 * line and its numbered answers are printed once, and a typed line answers (a number, or y/j, n,
 * u). No cursor movement and no redrawing, so a screen reader reads it as it comes. The terminal
 * stays in its normal mode: Ctrl+C is the usual SIGINT, Ctrl+D (end of input) leaves the rest
 * unanswered.
 */
import { createInterface } from 'node:readline';
import { t, type Lang } from '../i18n/index.js';
import type { Policy } from '../policy.js';
import type { AskOptions } from './ask.js';
import { applies, openItems } from './evaluate.js';
import type { Answers, QuestionItem } from './types.js';

const LETTERS: Record<string, string> = { y: 'yes', j: 'yes', n: 'no', u: 'unsure', '?': 'unsure' };

/** The answer a typed line stands for, or undefined. */
export function parseLine(line: string, item: QuestionItem): string | undefined {
  const text = line.trim().toLowerCase();
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= item.choices.length) return item.choices[n - 1]!.value;
  const value = LETTERS[text.charAt(0)];
  if (text.length > 0 && value && item.choices.some((c) => c.value === value)) return value;
  return undefined;
}

export async function askLines(items: readonly QuestionItem[], lang: Lang, options: AskOptions = {}): Promise<Answers> {
  const { given = {}, applies = () => true } = options;
  const input = options.stdin ?? process.stdin;
  const output = options.stdout ?? process.stdout;
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Answers = {};
  const write = (text: string) => output.write(`${text}\n`);
  try {
    for (;;) {
      const pending = items.filter((it) => answers[it.id] === undefined && applies(it, { ...given, ...answers }));
      const item = pending[0];
      if (!item) break;
      const done = Object.keys(answers).length;
      write(`[${done + 1}/${done + pending.length}] ${item.question[lang]}`);
      write(`  ${t(lang, 'tui.why', { text: item.why[lang] })}`);
      item.choices.forEach((c, i) => write(`  ${i + 1}) ${c.label[lang]}`));
      for (;;) {
        output.write(`${t(lang, 'tui.answer-prompt', { count: item.choices.length })} `);
        const next = await lines.next();
        if (next.done) return answers; // end of input: the rest stay unanswered
        const value = parseLine(next.value, item);
        if (value !== undefined) {
          answers[item.id] = value;
          write('');
          break;
        }
        write(t(lang, 'tui.answer-again', { count: item.choices.length }));
      }
    }
    return answers;
  } finally {
    rl.close();
  }
}

/**
 * The questions an answers file left open, asked in lines; the given answers and the new ones
 * together. Nothing is printed when nothing is left to ask.
 */
export async function askRest(items: readonly QuestionItem[], given: Answers, policy: Policy, lang: Lang): Promise<Answers> {
  const open = openItems(items, given, policy);
  const asks = (item: QuestionItem, answers: Answers) => applies(item, answers, policy);
  if (!open.some((item) => asks(item, given))) return given;
  process.stdout.write(`${t(lang, 'plain.heading')}\n${t(lang, 'tui.lines-intro')}\n\n`);
  return { ...given, ...(await askLines(open, lang, { given, applies: asks })) };
}
