#!/usr/bin/env node
/**
 * Capture a real interactive run as an SVG for the README: the built CLI in a tmux pane
 * (80 columns), the last questions answered by keys, the screen read back with its colours
 * (capture-pane -e) and drawn as SVG by scripts/ansi-svg.mjs. Offline: nothing leaves the machine.
 *
 *   npm run build && node scripts/capture-svg.mjs [nb|nn|en] [docs/tui-run.svg]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ansiToSvg } from './ansi-svg.mjs';
import { questions } from '../dist/src/questions/items.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const lang = process.argv[2] ?? 'en';
const target = process.argv[3] ?? join(root, 'docs', `tui-run-${lang}.svg`);
const socket = `hoc-capture-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// All but the last three questions come from a file, as IT might hand them out; the rest are asked.
const open = 3;
const given = Object.fromEntries(questions.slice(0, -open).map((q) => [q.id, q.id === 'data-class' ? 'red' : q.choices[0].value]));
given['acc-mfa.video'] = 'no';
const answers = join(mkdtempSync(join(tmpdir(), 'hoc-capture-')), 'answers.json');
writeFileSync(answers, JSON.stringify({ answers: given }));

const command = `cd '${root}' && env -u CI -u NO_COLOR TERM=xterm-256color HOMEOFFICE_CHECK_REMEMBER=0 '${process.execPath}' bin/homeoffice-check.js --offline --lang ${lang} --answers '${answers}'; echo EXIT=$?; sleep 600`;
tmux('new-session', '-d', '-s', 'main', '-x', '80', '-y', '60', command);
try {
  const waitFor = async (re) => {
    for (let i = 0; i < 300; i++) {
      const screen = tmux('capture-pane', '-p', '-t', 'main');
      if (re.test(screen)) return screen;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${re}`);
  };
  for (let i = 1; i <= open; i++) {
    await waitFor(new RegExp(`\\? \\[${i}/${open}\\]`));
    await sleep(400); // let the prompt be seen, as a person would
    tmux('send-keys', '-t', 'main', '-l', lang === 'en' ? 'y' : 'j');
  }
  await waitFor(/EXIT=\d+/);
  const screen = tmux('capture-pane', '-p', '-e', '-S', '-', '-t', 'main');
  const lines = screen.split('\n');
  const end = lines.findIndex((l) => l.includes('EXIT='));
  const text = lines.slice(0, end).join('\n').replace(/\s+$/, '');
  const svg = ansiToSvg(text);
  writeFileSync(target, svg);
  process.stdout.write(`wrote ${target} (${end} lines)\n`);
} finally {
  tmux('kill-server');
}
