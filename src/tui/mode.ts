/**
 * Which face the tool shows: the interactive view (questions, then the live Ink view) only on a
 * real terminal; plain lines for pipes, logs, screen readers, CI and dumb terminals.
 * Loaded at start-up, so it imports neither Ink nor enquirer.
 */
export interface Terminal {
  stdinTTY: boolean;
  stdoutTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const set = (value: string | undefined) => value !== undefined && value !== '' && value !== '0' && value !== 'false';

export function isInteractive(term: Terminal, flags: { plain: boolean; json: boolean }): boolean {
  if (flags.plain || flags.json) return false;
  if (!term.stdinTTY || !term.stdoutTTY) return false;
  if (set(term.env.CI) || term.env.TERM === 'dumb') return false;
  return true;
}

/**
 * Outside the interactive view, questions can still be asked in plain lines when a person is at
 * the keyboard (--plain or a dumb terminal, for screen readers); never in CI, a pipe, or --json.
 */
export function canAskInLines(term: Terminal, flags: { json: boolean }): boolean {
  return !flags.json && term.stdinTTY && term.stdoutTTY && !set(term.env.CI);
}

/**
 * NO_COLOR (https://no-color.org) and FORCE_COLOR. Ink's colours (chalk) and enquirer's
 * (ansi-colors) both read FORCE_COLOR when they load but neither reads NO_COLOR, so NO_COLOR is
 * turned into FORCE_COLOR=0 before they are imported. An explicit FORCE_COLOR wins.
 */
export function applyColorPreference(env: NodeJS.ProcessEnv): void {
  if (env.FORCE_COLOR === undefined && env.NO_COLOR !== undefined && env.NO_COLOR !== '') env.FORCE_COLOR = '0';
}
