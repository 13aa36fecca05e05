/**
 * The console window of the single executable on Windows. Started by a double-click (from Explorer,
 * a shortcut, a mail or chat attachment, a browser's download list), the executable gets a console
 * window of its own that Windows closes the moment the process ends, taking the result with it. So
 * at the end it waits for a key. Started from a shell (cmd, PowerShell, Windows Terminal's shells,
 * Git Bash), the window belongs to the shell and stays: no waiting there. Nothing waits when there
 * is no person at a console (a pipe, a redirected output as under Intune, CI).
 *
 * How it tells: the program that started it (its parent process's image name). A known shell means
 * the window stays; anything else, or no answer, means the window is its own. A false "own window"
 * costs one key press; a false "shell" would lose the result, so the doubt goes to waiting.
 * HOMEOFFICE_CHECK_HOLD_WINDOW=1 or 0 decides outright (IT's shortcuts and scripts, and the tests).
 */

/** Image names of programs whose console window outlives the programs they start. */
export const SHELLS: readonly string[] = [
  'cmd.exe',
  'powershell.exe',
  'pwsh.exe',
  'powershell_ise.exe',
  'bash.exe',
  'sh.exe',
  'zsh.exe',
  'fish.exe',
  'nu.exe',
  'wsl.exe',
  'tcc.exe',
  'far.exe',
  'conemuc.exe',
  'conemuc64.exe',
  'windowsterminal.exe',
  'openconsole.exe',
];

export interface HoldInput {
  platform: NodeJS.Platform;
  stdinTTY: boolean;
  stdoutTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Before asking who started the process: 'hold' or 'no' when that is already decided, 'ask' when
 * the parent's name decides.
 */
export function holdDecision(input: HoldInput): 'hold' | 'no' | 'ask' {
  const forced = input.env.HOMEOFFICE_CHECK_HOLD_WINDOW;
  if (forced === '1') return input.stdinTTY ? 'hold' : 'no';
  if (forced === '0') return 'no';
  if (input.platform !== 'win32') return 'no';
  if (!input.stdinTTY || !input.stdoutTTY) return 'no';
  return 'ask';
}

/** Given the parent's image name (null when it could not be told): wait for a key? */
export function holdForParent(parentName: string | null): boolean {
  if (parentName === null) return true;
  const base = parentName.trim().toLowerCase().split(/[\\/]/).pop() ?? '';
  return !SHELLS.includes(base);
}

export const HOLD_TEXT = {
  nb: 'Trykk en tast for å lukke vinduet.',
  nn: 'Trykk på ein tast for å lukke vindauget.',
  en: 'Press any key to close this window.',
} as const;

/**
 * Keys typed ahead (an extra Enter while the result was drawn) arrive at once; they are not taken for
 * the answer to a line the person has not yet seen.
 */
export const TYPED_AHEAD_MS = 300;

/** Print the line and wait for one key on a terminal in raw mode; resolves when a key arrives or input ends. */
export function waitForKey(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, text: string, now: () => number = Date.now): Promise<void> {
  return new Promise((resolve) => {
    stdout.write(`\n${text}\n`);
    const shown = now();
    const onData = () => {
      if (now() - shown >= TYPED_AHEAD_MS) done();
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.off('end', done);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      resolve();
    };
    if (stdin.isTTY) stdin.setRawMode(true);
    // the interactive view unrefs stdin when it ends; without a ref the process would just exit
    (stdin as NodeJS.ReadStream & { ref?: () => void }).ref?.();
    stdin.on('data', onData);
    stdin.on('end', done);
    stdin.resume();
  });
}
