import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import screenLock, { evaluateScreenLock, ScreenLockFactsSchema, type ScreenLockFacts } from '../checks/screen-lock/index.js';
import { messages } from '../checks/screen-lock/messages.js';
import { gnomeLock, parseGvariantBool, parseGvariantUint, parseSysadminctlScreenLock, windowsLock } from '../checks/screen-lock/parse.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';

const MAX = 15 * 60;

describe('GNOME (gsettings GVariant text)', () => {
  it.each([
    ['true\n', true], ['false', false], ['True', null], ['', null], ["'true'", null],
  ])('bool %j → %s', (text, v) => expect(parseGvariantBool(text)).toBe(v));
  it.each([
    ['uint32 300\n', 300], ['300', 300], ['uint32 0', 0], ['int32 -1', null], ['uint32', null], ['3e2', null],
  ])('uint %j → %s', (text, v) => expect(parseGvariantUint(text)).toBe(v));
  it.each([
    [[true, 300, 0], { enabled: true, seconds: 300 }],
    [[true, 300, 30], { enabled: true, seconds: 330 }],
    [[true, 0, 0], { enabled: false, seconds: null }],
    [[false, 300, 0], { enabled: false, seconds: null }],
    [[true, null, null], { enabled: true, seconds: null }],
    [[null, 300, 0], { enabled: null, seconds: null }],
  ] as [[boolean | null, number | null, number | null], object][])('%j', ([a, b, c], expected) => expect(gnomeLock(a, b, c)).toEqual(expected));
});

describe('macOS sysadminctl -screenLock status', () => {
  it.each([
    ['screenLock delay is immediate', { enabled: true, delaySeconds: 0 }],
    ['2026-09-26 10:00:00.000 sysadminctl[1234:5678] screenLock delay is 5 seconds', { enabled: true, delaySeconds: 5 }],
    ['screenLock delay is 300 seconds', { enabled: true, delaySeconds: 300 }],
    ['screenLock delay is -1(.000000) seconds', { enabled: false, delaySeconds: null }],
    ['screenLock is off', { enabled: false, delaySeconds: null }],
    ['sysadminctl: command not found', null],
  ])('%j', (text, expected) => expect(parseSysadminctlScreenLock(text)).toEqual(expected));
});

describe('Windows registry values', () => {
  it.each([
    [{ inactivity: 600 }, { enabled: true, seconds: 600 }],
    [{ inactivity: 0, active: '1', secure: '1', timeout: '300' }, { enabled: true, seconds: 300 }],
    [{ active: '1', secure: '0', timeout: '300' }, { enabled: null, seconds: null }],
    [{ active: '0', secure: '1', timeout: '300', policyActive: '1' }, { enabled: true, seconds: 300 }],
    [{ active: '1', secure: '1', timeout: '300', policySecure: '0' }, { enabled: null, seconds: null }],
    [{ active: '1', secure: '1', timeout: '0' }, { enabled: null, seconds: null }],
    [{}, { enabled: null, seconds: null }],
  ])('%j', (values, expected) => expect(windowsLock(values)).toEqual(expected));
  it('never throws on any JSON', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('active', 'secure', 'timeout', 'policyActive', 'policySecure', 'policyTimeout', 'inactivity'), fc.jsonValue()), (v) => {
      const r = windowsLock(v);
      expect(r.enabled === null || r.seconds === null || r.seconds > 0).toBe(true);
    }));
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => [parseSysadminctlScreenLock(s), parseGvariantBool(s), parseGvariantUint(s)]).not.toThrow();
    }));
  });
});

describe('evaluate', () => {
  const base: ScreenLockFacts = { os: 'linux', method: 'gsettings', enabled: true, seconds: 300, reason: null };
  it.each([
    [{}, 'pass', 'on.minutes'],
    [{ seconds: 45 }, 'pass', 'on.minute'],
    [{ seconds: MAX }, 'pass', 'on.minutes'],
    [{ seconds: MAX + 1 }, 'warn', 'slow'],
    [{ enabled: false, seconds: null }, 'fail', 'off'],
    [{ seconds: null, reason: { code: 'unsupported' } }, 'unknown', 'on-no-time'],
    [{ enabled: null, seconds: null, reason: { code: 'no-session' } }, 'unknown', 'unknown'],
  ] as [Partial<ScreenLockFacts>, string, string][])('%j → %s', (patch, status, id) => {
    const f = evaluateScreenLock({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
    if (status === 'unknown') expect(f.reason).toEqual(patch.reason);
  });
  it('the limit is an option: 5 minutes makes 10 a warning, and the fix names it', () => {
    const f = evaluateScreenLock({ ...base, seconds: 600 }, { maxMinutes: 5 });
    expect(f).toMatchObject({ status: 'warn', summary: [{ id: 'slow', params: { minutes: 10, max: 5 } }], remediation: [{ id: 'fix.linux', params: { max: 5 } }] });
    expect(screenLock.options!.parse({})).toEqual({ maxMinutes: 15 });
    expect(() => screenLock.options!.parse({ maxMinutes: 0 })).toThrow();
  });
  it('the fix fits the OS and its version: a Mac gets the Mac fix, never the Linux one', () => {
    const slow = (os: string): ScreenLockFacts => ({ ...base, os, seconds: 1800 });
    const opts = { maxMinutes: 15 };
    expect(evaluateScreenLock(slow('macos'), opts, { os: 'darwin', release: '24.1.0' })).toMatchObject({ remediation: [{ id: 'fix.macos' }], link: 'x-apple.systempreferences:com.apple.Lock-Screen-Settings.extension' });
    expect(evaluateScreenLock(slow('macos'), opts, { os: 'darwin', release: '21.6.0' })).toMatchObject({ remediation: [{ id: 'fix.macos.12' }], link: 'x-apple.systempreferences:com.apple.preference.security?General' });
    expect(evaluateScreenLock(slow('windows'), opts, { os: 'win32', release: '10.0.19045' })).toMatchObject({ remediation: [{ id: 'fix.windows.10' }], link: 'ms-settings:signinoptions' });
    expect(evaluateScreenLock(slow('windows'), opts, { os: 'win32', release: '10.0.22631' })).toMatchObject({ remediation: [{ id: 'fix.windows' }], link: 'ms-settings:signinoptions' });
    expect(evaluateScreenLock({ ...slow('macos'), enabled: false }, opts, { os: 'darwin', release: 'replayed' })).toMatchObject({ status: 'fail', remediation: [{ id: 'fix.macos' }] });
    expect(evaluateScreenLock(slow('linux'), opts, { os: 'linux', release: '6.8' }).remediation).toEqual([{ id: 'fix.linux', params: { max: 15 } }]);
  });
  it('every message exists in both languages with the same parameters; no programmer plurals', () => {
    expect(Object.keys(messages.nb).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(messages.nb[key].match(/\{\w+\}/g), key).toEqual(messages.en[key].match(/\{\w+\}/g));
      expect(`${messages.en[key]} ${messages.nb[key]}`, key).not.toMatch(/\(s\)|\(er\)/);
    }
  });
});

describe('screen-lock replayed', () => {
  it.each([
    ['linux-screen-lock-gnome-5min', 'pass', { enabled: true, seconds: 300 }],
    ['linux-screen-lock-gnome-off', 'fail', { enabled: false }],
    ['linux-screen-lock-gnome-never-idle', 'fail', { enabled: false }],
    ['linux-screen-lock-headless', 'unknown', { reason: { code: 'no-session' } }],
    ['win32-screen-lock-screensaver-10min', 'pass', { seconds: 600 }],
    ['win32-screen-lock-policy-30min', 'warn', { seconds: 1800 }],
    ['win32-screen-lock-no-screensaver', 'unknown', { enabled: null, reason: { code: 'not-found', tool: 'registry' } }],
    ['darwin-screen-lock-off', 'fail', { enabled: false }],
    ['darwin-screen-lock-immediate', 'unknown', { enabled: true, seconds: null, reason: { code: 'unsupported' } }],
  ])('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(screenLock, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    expect(ScreenLockFactsSchema.safeParse(c.facts).success).toBe(true);
    if (status === 'unknown') expect(c.reason).toEqual(c.facts.reason);
  });
  it('a policy of 20 minutes lets the 30-minute machine lock still warn, and 30 pass', async () => {
    expect((await replayCheck(screenLock, 'win32-screen-lock-policy-30min', { policy: { checks: { 'screen-lock': { options: { maxMinutes: 20 } } } } })).status).toBe('warn');
    expect((await replayCheck(screenLock, 'win32-screen-lock-policy-30min', { policy: { checks: { 'screen-lock': { options: { maxMinutes: 30 } } } } })).status).toBe('pass');
  });
  it('unknowns carry their reason codes: PowerShell missing, garbage from sysadminctl, KDE', async () => {
    expect(await replayCheck(screenLock, bundleOf('win32', []))).toMatchObject({ status: 'unknown', reason: { code: 'not-found', tool: 'powershell' } });
    const garbage = bundleOf('darwin', [{ type: 'run', cmd: 'sysadminctl', args: ['-screenLock', 'status'], locale: 'c', result: { stdout: '', stderr: 'Usage: sysadminctl ...\n', code: 0 } }]);
    expect(await replayCheck(screenLock, garbage)).toMatchObject({ status: 'unknown', reason: { code: 'unreadable', tool: 'sysadminctl' } });
    const kde = bundleOf('linux', [{ type: 'run', cmd: 'ps', args: ['-A', '-o', 'comm='], locale: 'c', result: { stdout: 'systemd\nkwin_wayland\nplasmashell\n', stderr: '', code: 0 } }]);
    expect(await replayCheck(screenLock, kde)).toMatchObject({ status: 'unknown', reason: { code: 'unsupported', tool: 'plasmashell' } });
  });
  it('Bokmål: an unknown with its reason in Bokmål', async () => {
    const c = await replayCheck(screenLock, 'linux-screen-lock-headless', { lang: 'nb' });
    expect(c.summary).toBe('Klarte ikke å se om skjermen låses av seg selv. Årsak: fant ingen skrivebordsøkt å lese innstillingene fra.');
    expect(c.remediation).toBe('Sjekk at skjermen låses av seg selv etter høyst 15 minutter, og lås den selv hver gang du går fra datamaskinen.');
  });
  it('on this machine, through the built CLI: gsettings defaults without a desktop are not taken for a pass', async () => {
    const r = await runCli(['--json', '--only', 'screen-lock', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'screen-lock');
    expect(['pass', 'warn', 'fail', 'unknown']).toContain(c.status);
    if (c.status === 'pass') expect(c.facts.method).toBe('gsettings');
    if (c.status === 'unknown') expect(c.reason.code).toBeTruthy();
  });
});
