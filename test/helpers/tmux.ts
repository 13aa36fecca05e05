/**
 * A real terminal for end-to-end tests: tmux on a private socket, a pane of a given size running
 * the built CLI, keys sent as a person types them, and the screen read back with capture-pane.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { BIN, ROOT } from './cli.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class TmuxSession {
  private readonly socket = `hoc-test-${process.pid}-${randomBytes(3).toString('hex')}`;

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /**
   * Start the CLI in an 80x24 (or given) pane. The environment is cleared of what would change
   * the mode (CI, NO_COLOR, FORCE_COLOR) unless given; the exit code is printed as EXIT=<code>.
   */
  start(args: string[], options: { cols?: number; rows?: number; env?: Record<string, string>; stdoutFile?: string; program?: string[] } = {}): void {
    // no remembered answers unless a test asks for them (test/remembered.test.ts): none read from, or kept in, the user's folder
    const env = Object.entries({ LANG: 'C.UTF-8', LC_ALL: '', HOMEOFFICE_CHECK_REMEMBER: '0', ...options.env }).map(([k, v]) => `${k}=${quote(v)}`);
    const program = options.program ?? [process.execPath, BIN]; // or another program, e.g. the single executable
    const command = `cd ${quote(ROOT)} && env -u CI -u NO_COLOR -u FORCE_COLOR ${env.join(' ')} ${program.map(quote).join(' ')} ${args.map(quote).join(' ')}${options.stdoutFile ? ` > ${quote(options.stdoutFile)}` : ''}; echo "EXIT=$?"; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(options.cols ?? 80), '-y', String(options.rows ?? 24), command);
  }

  /** Text to type, literally. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  /** Named keys: Enter, Down, C-c. */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  /** The screen with its scrollback; wrapped lines joined; with escapes (colours) when asked. */
  capture(options: { escapes?: boolean } = {}): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'main', ...(options.escapes ? ['-e'] : []));
  }

  /** The visible screen only, lines as the terminal shows them. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main');
  }

  cursorVisible(): boolean {
    return this.tmux('display-message', '-p', '-t', 'main', '#{cursor_flag}').trim() === '1';
  }

  async waitFor(test: RegExp | ((screen: string) => boolean), timeoutMs = 20_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const screen = this.capture();
      if (typeof test === 'function' ? test(screen) : test.test(screen)) return screen;
      if (Date.now() - started > timeoutMs) throw new Error(`terminal did not show ${String(test)} in time; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async exitCode(timeoutMs = 30_000): Promise<number> {
    const screen = await this.waitFor(/EXIT=\d+/, timeoutMs);
    return Number(/EXIT=(\d+)/.exec(screen)![1]);
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
