// The interactive flow in a real terminal (tmux, 80x24, offline): how soon the first question is
// on screen, and how long the user waits for the score after the last answer, against a run that
// asks nothing (the checks then run in front of the user instead of behind the questions).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { questions } from '../dist/src/questions/items.js';
import { median, ms } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let sessions = 0;
let socket = '';
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(re, started, limitMs = 30_000) {
  for (;;) {
    if (re.test(tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'main'))) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`no ${re} within ${limitMs} ms`);
    await sleep(5);
  }
}

async function session(args, body) {
  const command = `cd '${root}' && env -u CI '${process.execPath}' bin/homeoffice-check.js --offline --lang en ${args.join(' ')}; echo EXIT=$?; sleep 60`;
  socket = `hoc-bench-${process.pid}-${++sessions}`; // a server of its own each time
  const started = performance.now();
  tmux('new-session', '-d', '-s', 'main', '-x', '80', '-y', '24', command);
  try {
    return await body(started);
  } finally {
    tmux('kill-server');
  }
}

export default async function () {
  if (spawnSync('tmux', ['-V']).status !== 0) return ['tmux not installed: skipped'];
  const runs = 5;
  const firstPrompt = [];
  const afterLast = [];
  const noQuestions = [];
  // everything answered but the last question, so the wait after one key press is measured
  const dir = mkdtempSync(join(tmpdir(), 'hoc-bench-'));
  const file = join(dir, 'answers.json');
  const plainItems = questions.filter((q) => !q.when || q.when.dataClass.includes('green'));
  writeFileSync(file, JSON.stringify({ answers: Object.fromEntries(plainItems.slice(0, -1).map((q) => [q.id, q.choices[0].value])) }));
  for (let i = 0; i < runs; i++) {
    firstPrompt.push(await session([], (t0) => until(/\? \[1\//, t0)));
    afterLast.push(
      await session(['--answers', file], async (t0) => {
        await until(/\? \[1\/1\]/, t0);
        await sleep(3000); // a person reading the question; the checks meanwhile finish
        tmux('send-keys', '-t', 'main', '-l', 'y');
        const pressed = performance.now();
        await until(/\/100/, pressed);
        return performance.now() - pressed;
      }),
    );
    noQuestions.push(await session(['--no-questions'], (t0) => until(/\/100/, t0)));
  }
  const m = (xs) => `median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}, ${runs} runs)`;
  return [
    `first question on screen after start        ${m(firstPrompt)}`,
    `score on screen after the last answer       ${m(afterLast)}`,
    `score on screen, --no-questions (no overlap) ${m(noQuestions)}`,
    `ratio wait after last answer / no overlap   ${(median(afterLast) / median(noQuestions)).toFixed(2)}`,
  ];
}
