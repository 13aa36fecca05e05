/**
 * The run's session: does the tool run as the person at the screen, or as a service account acting
 * for them (SYSTEM under Intune, root under Jamf)? Read once per run and shared; the report's user
 * name follows it. Windows SYSTEM is the captured `whoami` of a SYSTEM shell; the console user's name
 * (Win32_ComputerSystem.UserName) rests on documentation only; loginctl's list is a capture.
 */
import { describe, expect, it } from 'vitest';
import adminRights from '../checks/admin-rights/index.js';
import { sessionOf } from '../checks/lib/session.js';
import screenLock from '../checks/screen-lock/index.js';
import type { Interaction } from '../src/probe/bundle.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { CONSOLE_NAME_SCRIPT, parseWindowsConsoleName, personAtScreen, WHOAMI_ARGS } from '../src/probe/session.js';
import { bundleOf, ran, sectionRan, SYSTEM_WHOAMI } from './helpers/bundles.js';
import { replayReport } from './helpers/check-tester.js';
import { sampleText } from './helpers/samples.js';

const USER_WHOAMI = ran('whoami', WHOAMI_ARGS, sampleText('windows/whoami-groups__normdo-readme-admin-medium.txt'));
const consoleName = (name: string | null): Interaction => sectionRan(CONSOLE_NAME_SCRIPT, `${JSON.stringify({ name })}\r\n`);
const processUser = (name: string): Interaction => ({ type: 'call', name: 'os.userInfo.username', args: [], result: name });
const LOGINCTL = ran('loginctl', ['list-sessions', '--no-legend'], sampleText('linux/loginctl-list-sessions__ubuntu-vnc-notes.txt'));
const asking = { report: { include: ['username'] } };

describe('the console user’s name from Win32_ComputerSystem (documentation only)', () => {
  it.each([
    ['{"name":"KOMMUNE\\\\kari.nordmann"}', 'KOMMUNE\\kari.nordmann'],
    ['{"name":"AzureAD\\\\KariNordmann"}\r\n', 'AzureAD\\KariNordmann'],
    ['{"name":null}', null],
    ['{"name":""}', null],
    ['{"name":"no-domain"}', null],
    ['{"name":"A\\\\b\\\\c"}', null],
    ['garbage', null],
    ['', null],
  ])('%s → %s', (stdout, name) => expect(parseWindowsConsoleName(stdout)).toBe(name));
});

describe('one reading per run, shared by every check that asks', () => {
  it('Windows: whoami runs once for admin-rights and screen-lock together, and SYSTEM is a service session', async () => {
    const probe = new ReplayProbe(bundleOf('win32', [SYSTEM_WHOAMI]));
    let starts = 0;
    const counted = new Proxy(probe, {
      get(target, key, receiver) {
        if (key === 'run')
          return (...args: Parameters<typeof probe.run>) => {
            starts += 1;
            return target.run(...args);
          };
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const [a, b] = await Promise.all([sessionOf(counted, 'windows'), sessionOf(counted, 'windows')]);
    expect(a).toEqual({ service: true, users: null, reason: null });
    expect(b).toEqual(a);
    expect(starts).toBe(1);
  });
  it.each([
    ['a person on Windows', 'win32', [USER_WHOAMI], { service: false }],
    ['whoami missing', 'win32', [], { service: null, reason: { code: 'not-found', tool: 'whoami' } }],
    ['a person on a Mac', 'darwin', [ran('id', ['-u'], '501\n')], { service: false }],
    [
      'root under Jamf, alice at the screen',
      'darwin',
      [ran('id', ['-u'], '0\n'), ran('stat', ['-f%Su', '/dev/console'], 'alice\n')],
      { service: true, users: ['alice'] },
    ],
    [
      'root at the login window',
      'darwin',
      [ran('id', ['-u'], '0\n'), ran('stat', ['-f%Su', '/dev/console'], 'root\n')],
      { service: true, users: [], reason: { code: 'no-session' } },
    ],
    ['root on Linux, a user at the seat (captured loginctl)', 'linux', [ran('id', ['-u'], '0\n'), LOGINCTL], { service: true, users: ['myuser'] }],
    [
      'root signed in at the Linux machine itself',
      'linux',
      [ran('id', ['-u'], '0\n'), ran('loginctl', ['list-sessions', '--no-legend'], '      1    0 root  seat0 tty1\n')],
      { service: false },
    ],
    ['id printing garbage', 'linux', [ran('id', ['-u'], 'uid=what\n')], { service: null, reason: { code: 'unreadable', tool: 'id' } }],
  ] as const)('%s', async (_name, os, interactions, expected) => {
    const probe = new ReplayProbe(bundleOf(os, [...interactions]));
    expect(await sessionOf(probe, os === 'win32' ? 'windows' : os === 'darwin' ? 'macos' : 'linux')).toMatchObject(expected);
  });
});

describe('the report’s user name, when the policy asks for it, is the person at the screen', () => {
  it('Windows as SYSTEM: the console user, never SYSTEM; nobody signed in: no name at all', async () => {
    const withUser = await replayReport([adminRights], bundleOf('win32', [SYSTEM_WHOAMI, consoleName('KOMMUNE\\kari.nordmann'), processUser('SYSTEM')]), {
      policy: asking,
    });
    expect(withUser.device).toEqual({ username: 'KOMMUNE\\kari.nordmann' });
    const nobody = await replayReport([adminRights], bundleOf('win32', [SYSTEM_WHOAMI, consoleName(null), processUser('SYSTEM')]), { policy: asking });
    expect(nobody.device).toEqual({});
  });
  it('macOS as root: the console’s owner; Linux as root: the one user at the seat', async () => {
    const mac = await replayReport(
      [screenLock],
      bundleOf('darwin', [ran('id', ['-u'], '0\n'), ran('stat', ['-f%Su', '/dev/console'], 'alice\n'), processUser('root')]),
      { policy: asking },
    );
    expect(mac.device).toEqual({ username: 'alice' });
    const linux = await replayReport([screenLock], bundleOf('linux', [ran('id', ['-u'], '0\n'), LOGINCTL, processUser('root')]), { policy: asking });
    expect(linux.device).toEqual({ username: 'myuser' });
  });
  it('a person running it: their own account, as before', async () => {
    const win = await replayReport([adminRights], bundleOf('win32', [USER_WHOAMI, processUser('kari')]), { policy: asking });
    expect(win.device).toEqual({ username: 'kari' });
    const mac = await replayReport([screenLock], bundleOf('darwin', [ran('id', ['-u'], '501\n'), processUser('alice')]), { policy: asking });
    expect(mac.device).toEqual({ username: 'alice' });
  });
  it('personAtScreen never throws on a machine whose readings are all missing', async () => {
    for (const os of ['win32', 'darwin', 'linux', 'freebsd']) expect(await personAtScreen(new ReplayProbe(bundleOf(os, [])))).toEqual({ service: false });
  });
});
