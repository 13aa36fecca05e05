// How long a person takes, modelled: a scripted person in a real terminal (tmux, 80x24, offline,
// Bokmål) answers a green meeting's questions the first time (and says yes to remembering the
// answers), then again as a repeat run (confirming the remembered answers with one key). The
// person's time is a model, slept in real time while the tool runs as it would; the tool's own
// waits (drawing the next question, the checks, the score) are measured.
//
// The model, per screen the person acts on:
//   reading  every word of the question, its "why" line and its answers, at READ_WPM words per
//            minute; the remembered answers listed before a repeat run (seen before), as the screen
//            shows them, at SKIM_WPM;
//            the two lines before the first question once, at READ_WPM
//   deciding DECIDE_MS per question, then KEY_MS to press the key
// READ_WPM 200 is below the 238 words per minute Brysbaert (2019, "How many words do we read per
// minute?", a review of 190 studies) gives for adults reading non-fiction silently: the readers
// here are at a screen, on a subject that is not theirs. SKIM_WPM 400: text one has read before,
// looked over for what changed. Environment: BENCH_PERSON_RUNS (default 1), BENCH_PERSON_READ_WPM.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../dist/src/i18n/index.js';
import { questions } from '../dist/src/questions/items.js';

const READ_WPM = Number(process.env.BENCH_PERSON_READ_WPM ?? 200);
const SKIM_WPM = 400;
const DECIDE_MS = 1500;
const KEY_MS = 300;
const LANG = 'nb';

const root = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const readMs = (text, wpm = READ_WPM) => (words(text) / wpm) * 60_000;
const s = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** What the person reads of a question before answering it. */
const questionText = (item) => [item.question[LANG], item.why[LANG], ...item.choices.map((c) => c.label[LANG])].join(' ');

let socket = '';
let sessions = 0;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'main').replace(/\n {2}(?=\S)/g, ' ');

async function until(test, limitMs = 60_000) {
  const started = performance.now();
  for (;;) {
    const text = screen();
    const found = test(text);
    if (found) return found;
    if (performance.now() - started > limitMs) throw new Error(`person bench: not on screen in time:\n${text.slice(-2000)}`);
    await sleep(20);
  }
}

/**
 * One run as the person: answers every question with its first answer (a green meeting, all "yes"),
 * after the model's reading and deciding time. Returns the time to the score on screen, the
 * person's own (modelled) part of it, and the questions asked.
 */
async function personRun(config, { repeat }) {
  socket = `hoc-person-${process.pid}-${++sessions}`;
  const env = `HOMEOFFICE_CHECK_REMEMBER=1 XDG_CONFIG_HOME='${config}' HOME='${config}' LANG=C.UTF-8`;
  const command = `cd '${root}' && env -u CI -u NO_COLOR ${env} '${process.execPath}' bin/homeoffice-check.js --offline --lang ${LANG}; echo EXIT=$?; sleep 60`;
  const started = performance.now();
  tmux('new-session', '-d', '-s', 'main', '-x', '80', '-y', '24', command);
  let person = 0;
  let asked = 0;
  const act = async (ms, key) => {
    person += ms;
    await sleep(ms);
    tmux('send-keys', '-t', 'main', key);
  };
  try {
    if (repeat) {
      // the remembered answers as the screen lists them (from the heading to the confirmation)
      const shown = await until((text) => text.includes(t(LANG, 'remember.confirm')) && text);
      const list = shown.slice(shown.indexOf(t(LANG, 'remember.heading')), shown.indexOf(t(LANG, 'remember.confirm')));
      const confirm = [t(LANG, 'remember.confirm'), t(LANG, 'remember.confirm-why'), t(LANG, 'remember.confirm-yes'), t(LANG, 'remember.confirm-no')].join(' ');
      asked += 1;
      await act(readMs(list, SKIM_WPM) + readMs(confirm) + DECIDE_MS + KEY_MS, 'Enter');
    }
    for (let n = 1; ; n++) {
      const open = await until((text) => new RegExp(`\\? \\[${n}/\\d+\\] (.+)`).exec(text) ?? (/Poengsum \d+ av 100/.test(text) ? 'score' : null));
      if (open === 'score') break;
      const item = questions.find((q) => open[1].startsWith(q.question[LANG].slice(0, 30)));
      if (!item) throw new Error(`person bench: unknown question ${open[1]}`);
      const intro = n === 1 && !repeat ? readMs(`${t(LANG, 'tui.background')} ${t(LANG, 'tui.keys')}`) : 0;
      asked += 1;
      await act(intro + readMs(questionText(item)) + DECIDE_MS + KEY_MS, 'Enter');
    }
    const toScore = performance.now() - started;
    if (!repeat) {
      // consent to remember, after the score (not part of the time to the score)
      await until((text) => /Skal denne maskinen huske/.test(text));
      tmux('send-keys', '-t', 'main', 'Enter');
      await until((text) => text.includes(t(LANG, 'remember.saved')));
    }
    await until((text) => /EXIT=\d/.test(text));
    return { toScore, person, asked };
  } finally {
    tmux('kill-server');
  }
}

export default async function () {
  if (spawnSync('tmux', ['-V']).status !== 0) return ['tmux not installed: skipped'];
  const runs = Number(process.env.BENCH_PERSON_RUNS ?? 1);
  const lines = [
    `model: reading ${READ_WPM} words/min (question, why line, answers), remembered list skimmed at ${SKIM_WPM} words/min,`,
    `       ${DECIDE_MS} ms to decide and ${KEY_MS} ms for the key per question; Bokmål, green meeting, offline, 80x24`,
  ];
  for (let i = 0; i < runs; i++) {
    const config = mkdtempSync(join(tmpdir(), 'hoc-person-'));
    try {
      const first = await personRun(config, { repeat: false });
      const again = await personRun(config, { repeat: true });
      for (const [name, r] of [
        ['first run ', first],
        ['repeat run', again],
      ])
        lines.push(
          `${name}  ${String(r.asked).padStart(2)} questions  score on screen after ${s(r.toScore)} (the person ${s(r.person)}, waiting on the tool ${((r.toScore - r.person) / 1000).toFixed(1)} s)`,
        );
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  }
  return lines;
}
