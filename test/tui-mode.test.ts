import { describe, expect, it } from 'vitest';
import { applyColorPreference, canAskInLines, isInteractive } from '../src/tui/mode.js';

const tty = { stdinTTY: true, stdoutTTY: true };
const none = { plain: false, json: false };

describe('which face the tool shows', () => {
  const table: Array<[string, Parameters<typeof isInteractive>[0], Parameters<typeof isInteractive>[1], boolean]> = [
    ['a terminal', { ...tty, env: { TERM: 'xterm-256color' } }, none, true],
    ['--plain', { ...tty, env: {} }, { plain: true, json: false }, false],
    ['--json', { ...tty, env: {} }, { plain: false, json: true }, false],
    ['stdout piped', { stdinTTY: true, stdoutTTY: false, env: {} }, none, false],
    ['stdin not a terminal', { stdinTTY: false, stdoutTTY: true, env: {} }, none, false],
    ['CI set', { ...tty, env: { CI: 'true' } }, none, false],
    ['CI=1', { ...tty, env: { CI: '1' } }, none, false],
    ['CI=false is no CI', { ...tty, env: { CI: 'false' } }, none, true],
    ['TERM=dumb', { ...tty, env: { TERM: 'dumb' } }, none, false],
  ];
  for (const [name, term, flags, expected] of table) it(name, () => expect(isInteractive(term, flags)).toBe(expected));
});

describe('questions in plain lines outside the interactive view', () => {
  const table: Array<[string, Parameters<typeof canAskInLines>[0], boolean, boolean]> = [
    ['--plain on a terminal', { ...tty, env: {} }, false, true],
    ['a dumb terminal', { ...tty, env: { TERM: 'dumb' } }, false, true],
    ['--json', { ...tty, env: {} }, true, false],
    ['CI', { ...tty, env: { CI: 'true' } }, false, false],
    ['stdin from a file', { stdinTTY: false, stdoutTTY: true, env: {} }, false, false],
    ['stdout to a pipe', { stdinTTY: true, stdoutTTY: false, env: {} }, false, false],
  ];
  for (const [name, term, json, expected] of table) it(name, () => expect(canAskInLines(term, { json })).toBe(expected));
});

describe('colour preference', () => {
  const table: Array<[string, NodeJS.ProcessEnv, string | undefined]> = [
    ['NO_COLOR turns colour off', { NO_COLOR: '1' }, '0'],
    ['an empty NO_COLOR means nothing', { NO_COLOR: '' }, undefined],
    ['FORCE_COLOR wins over NO_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, '1'],
    ['neither: left to the terminal', {}, undefined],
  ];
  for (const [name, env, expected] of table) {
    it(name, () => {
      const copy = { ...env };
      applyColorPreference(copy);
      expect(copy.FORCE_COLOR).toBe(expected);
    });
  }
});
