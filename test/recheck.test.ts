/**
 * Checking one check again (src/run.ts recheckOne) and opening a setting (src/probe/open.ts):
 * only the one check reads the machine again; the rest of the report and the answers stay; the
 * opener is an argument array for the OS, never a shell string.
 */
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { defaultPolicy } from '../src/policy.js';
import { bundleOf } from './helpers/bundles.js';
import { openerCommands, openLink } from '../src/probe/open.js';
import { resolveSystemCommand } from '../src/probe/system-paths.js';
import { ReplayProbe } from '../src/probe/replay.js';
import type { Interaction } from '../src/probe/bundle.js';
import { recheckOne, runAssessment, type RunInput } from '../src/run.js';
import { questionsFor } from '../src/questions/items.js';

const socketfilterfw = (stdout: string): Interaction => ({
  type: 'run',
  cmd: '/usr/libexec/ApplicationFirewall/socketfilterfw',
  args: ['--getglobalstate'],
  locale: 'c',
  result: { stdout, stderr: '', code: 0 },
});

describe('recheckOne', () => {
  it('collects and judges that one check again, keeps every other result and answer, and scores anew', async () => {
    const probe = new ReplayProbe(
      bundleOf('darwin', [socketfilterfw('Firewall is disabled. (State = 0)\n'), socketfilterfw('Firewall is enabled. (State = 1)\n')]),
    );
    const items = questionsFor(defaultPolicy);
    const input: RunInput = {
      probe,
      checks,
      questions: items,
      policy: defaultPolicy,
      options: { offline: true, speedUrl: 'http://127.0.0.1:1', stun: [] },
      lang: 'en',
      version: '0.0.0',
      answers: { 'data-class': 'green', 'room-private': 'alone-closed' },
      only: ['firewall', 'screen-lock'],
    };
    const first = await runAssessment(input);
    const asked = () => probe.bundle('t').interactions.length;
    const before = asked();
    expect(first.checks.find((c) => c.id === 'firewall')?.status).toBe('fail');
    const again = await recheckOne(input, first, 'firewall');
    expect(again.checks.find((c) => c.id === 'firewall')?.status).toBe('pass');
    // only the firewall's one command was asked again: not the screen lock, not the identity
    const newly = probe.bundle('t').interactions.slice(before);
    expect(newly).toEqual([expect.objectContaining({ type: 'run', cmd: '/usr/libexec/ApplicationFirewall/socketfilterfw' })]);
    expect(asked()).toBe(before + 1);
    expect(again.checks.filter((c) => c.id !== 'firewall')).toEqual(first.checks.filter((c) => c.id !== 'firewall'));
    expect(again.questions).toEqual(first.questions);
    expect(again.score.value).toBeGreaterThan(first.score.value);
    expect(again.score.blockers).not.toContain('firewall');
    await expect(recheckOne(input, first, 'no-such-check')).rejects.toThrow(/unknown check/);
  });
});

describe('the opener', () => {
  it.each([
    ['win32', 'ms-settings:privacy-webcam', [{ cmd: 'explorer.exe', args: ['ms-settings:privacy-webcam'] }]],
    [
      'darwin',
      'x-apple.systempreferences:com.apple.preference.security?FileVault',
      [{ cmd: 'open', args: ['x-apple.systempreferences:com.apple.preference.security?FileVault'] }],
    ],
    [
      'linux',
      'settings://privacy',
      [
        { cmd: 'xdg-open', args: ['settings://privacy'] },
        { cmd: 'gio', args: ['open', 'settings://privacy'] },
      ],
    ],
    ['linux', 'gnome-control-center privacy', [{ cmd: 'gnome-control-center', args: ['privacy'] }]],
    // what a shell would read as its own is never handed on, and nothing is a shell
    ['linux', 'gnome-control-center privacy; rm -rf ~', []],
    ['win32', 'ms-settings:privacy-webcam\n& calc', []],
    ['win32', 'gnome-control-center privacy', []],
    ['freebsd', 'ms-settings:privacy-webcam', []],
  ] as const)('%s: %s', (os, link, expected) => {
    expect(openerCommands(os, link)).toEqual(expected);
  });

  it('on Windows, explorer.exe is started from %SystemRoot% by its full path, never looked up in the current folder', () => {
    expect(resolveSystemCommand('explorer.exe', 'win32', { SystemRoot: 'C:\\Windows' })).toBe('C:\\Windows\\explorer.exe');
    expect(resolveSystemCommand('open', 'darwin', {})).toBe('open');
  });

  it('tries gio when xdg-open is missing, and says whether the OS opened it', async () => {
    const gio: Interaction = { type: 'run', cmd: 'gio', args: ['open', 'settings://x'], locale: 'user', result: { stdout: '', stderr: '', code: 0 } };
    expect(await openLink(new ReplayProbe(bundleOf('linux', [gio])), 'settings://x')).toBe(true);
    expect(await openLink(new ReplayProbe(bundleOf('linux', [])), 'settings://x')).toBe(false);
    const refused: Interaction = {
      type: 'run',
      cmd: 'open',
      args: ['x-apple.systempreferences:a'],
      locale: 'user',
      result: { stdout: '', stderr: 'no', code: 1 },
    };
    expect(await openLink(new ReplayProbe(bundleOf('darwin', [refused])), 'x-apple.systempreferences:a')).toBe(false);
  });
});
