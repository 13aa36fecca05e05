/**
 * The interactive run. Ink and enquirer never share the terminal; it passes from one to the other:
 *
 * 1. The run command starts the engine at once; its events land in a store; nothing is rendered.
 * 2. enquirer asks the open questions, one at a time. It alone reads stdin (in raw mode, so Ctrl+C
 *    arrives as a key: it rejects with Interrupted and we exit at once) and alone writes to stdout.
 * 3. When the last answer is in, enquirer has closed (raw mode off, cursor shown). Only then is Ink
 *    mounted, with the checks as far as they got. Ink now holds stdin in raw mode, so stray keys
 *    are not echoed into its view, and hands Ctrl+C to the same exit as before; Ink's own exit
 *    hook restores the cursor.
 *
 * Asking first and then showing the live view is the order that cannot garble the screen: at no
 * moment do two libraries draw, and no redraw ever has to erase lines another one wrote.
 */
import { createElement } from 'react';
import type { AnyCheck } from '../check.js';
import { t, type Lang } from '../i18n/index.js';
import { writeStdout } from '../output.js';
import type { Policy } from '../policy.js';
import { askQuestions, Interrupted } from '../questions/ask.js';
import { applies } from '../questions/evaluate.js';
import type { Answers, QuestionItem } from '../questions/types.js';
import type { Delivery } from '../report/plain.js';
import type { Report } from '../report/schema.js';
import type { RunEvent } from '../run.js';
import { LiveStore } from './store.js';
import type { ResultActions } from './view.js';

export interface InteractiveInput {
  checks: readonly AnyCheck[];
  lang: Lang;
  policy: Policy;
  /** answers already given (an answers file) */
  given: Answers;
  /** the items still to ask, in order */
  toAsk: readonly QuestionItem[];
  /** exit at once with code 130: called on Ctrl+C while a question is open */
  onInterrupt(): never;
  /** where the report goes, for the closing lines on what IT receives */
  delivery?: Delivery;
  /** open a shortfall's setting and check it again, from the result */
  actions?: ResultActions;
}

export interface InteractiveSession {
  /** the engine's events, gathered for the view */
  onEvent(event: RunEvent): void;
  /** every answer, once the last question is answered */
  answers: Promise<Answers>;
  /** show the live view once the questions are done, then the result (and its actions); resolves with the report as it ends */
  show(running: Promise<Report>): Promise<Report>;
}

/** Ask the open questions at once; the caller runs the engine meanwhile and hands its report to `show`. */
export function startInteractive(input: InteractiveInput): InteractiveSession {
  const lang: Lang = input.lang;
  // Ink loads while the questions are asked (loading draws nothing), so the view is up at once after
  const view = Promise.all([import('ink'), import('./view.js')]);
  view.catch(() => undefined);
  const store = new LiveStore(input.checks, lang);
  const asks = (item: QuestionItem, answers: Answers) => applies(item, answers, input.policy);
  const answers = (async (): Promise<Answers> => {
    let asked: Answers = {};
    if (input.toAsk.some((item) => asks(item, input.given))) {
      await writeStdout(`${t(lang, 'plain.heading')}\n${t(lang, 'tui.background')}\n${t(lang, 'tui.keys')}\n\n`);
      try {
        asked = await askQuestions(input.toAsk, lang, { given: input.given, applies: asks });
      } catch (error) {
        if (error instanceof Interrupted) input.onInterrupt();
        throw error;
      }
      await writeStdout('\n');
    }
    return { ...input.given, ...asked };
  })();

  return {
    onEvent: store.onEvent,
    answers,
    async show(running) {
      // the report is awaited below; until then a failure must not count as unhandled
      running.catch(() => undefined);
      await answers;
      const [{ render }, { App }] = await view;
      const ink = render(createElement(App, { store, lang, onInterrupt: input.onInterrupt, delivery: input.delivery, actions: input.actions }), {
        exitOnCtrlC: false,
        patchConsole: false,
      });
      try {
        const report = await running;
        store.finish(report);
        await ink.waitUntilExit();
        // the report as the employee left it: with the checks checked again
        return store.get().current ?? report;
      } finally {
        ink.unmount();
      }
    },
  };
}
