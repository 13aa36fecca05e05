/**
 * When the single executable waits for a key before its console window closes (src/exe/window.ts).
 * The parent names are Win32_Process.Name values as Windows documents them (image file names);
 * no capture of a double-click on a real Windows machine was available: documentation only.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { holdDecision, holdForParent, TYPED_AHEAD_MS, waitForKey } from '../src/exe/window.js';

const tty = { stdinTTY: true, stdoutTTY: true, env: {} };

describe('holding the console window', () => {
  it.each([
    ['Windows, a person at a console', { ...tty, platform: 'win32' }, 'ask'],
    ['Windows, output redirected (Intune, a script)', { ...tty, stdoutTTY: false, platform: 'win32' }, 'no'],
    ['Windows, no console input', { ...tty, stdinTTY: false, platform: 'win32' }, 'no'],
    ['macOS and Linux: the terminal stays', { ...tty, platform: 'darwin' }, 'no'],
    ['forced on', { ...tty, platform: 'linux', env: { HOMEOFFICE_CHECK_HOLD_WINDOW: '1' } }, 'hold'],
    ['forced on, but nobody can press a key', { ...tty, stdinTTY: false, platform: 'linux', env: { HOMEOFFICE_CHECK_HOLD_WINDOW: '1' } }, 'no'],
    ['forced off', { ...tty, platform: 'win32', env: { HOMEOFFICE_CHECK_HOLD_WINDOW: '0' } }, 'no'],
  ] as const)('%s', (_name, input, expected) => {
    expect(holdDecision(input as Parameters<typeof holdDecision>[0])).toBe(expected);
  });

  it.each([
    ['explorer.exe', true],
    ['OUTLOOK.EXE', true],
    ['msedge.exe', true],
    [null, true], // could not tell: one key press too many beats a lost result
    ['cmd.exe', false],
    ['powershell.exe', false],
    ['pwsh.exe', false],
    ['C:\\Program Files\\Git\\usr\\bin\\bash.exe', false],
  ] as const)('started by %s: wait %s', (parent, expected) => {
    expect(holdForParent(parent)).toBe(expected);
  });
});

class FakeStdin extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  refs = 0;
  setRawMode(on: boolean) {
    this.raw.push(on);
    return this;
  }
  ref() {
    this.refs++;
  }
  resume() {
    return this;
  }
  pause() {
    return this;
  }
}

describe('waiting for a key', () => {
  it('ignores keys typed ahead, takes the next one, and gives the terminal back', async () => {
    const stdin = new FakeStdin();
    let written = '';
    const stdout = { write: (s: string) => (written += s) };
    let clock = 1000;
    let done = false;
    const waiting = waitForKey(stdin as unknown as NodeJS.ReadStream, stdout as unknown as NodeJS.WriteStream, 'Press any key.', () => clock).then(
      () => (done = true),
    );
    expect(written).toContain('Press any key.');
    expect(stdin.refs).toBe(1);
    stdin.emit('data', Buffer.from('\r')); // typed while the result was drawn
    await Promise.resolve();
    expect(done).toBe(false);
    clock += TYPED_AHEAD_MS;
    stdin.emit('data', Buffer.from('x'));
    await waiting;
    expect(done).toBe(true);
    expect(stdin.raw).toEqual([true, false]);
    expect(stdin.listenerCount('data')).toBe(0);
  });

  it('ends when input ends', async () => {
    const stdin = new FakeStdin();
    const waiting = waitForKey(stdin as unknown as NodeJS.ReadStream, { write: () => true } as unknown as NodeJS.WriteStream, 'x');
    stdin.emit('end');
    await expect(waiting).resolves.toBeUndefined();
  });
});
