import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScreenLock, MAX_LOCK_SECONDS, type ScreenLockFacts } from '../checks/screen-lock/index.js';
import { gnomeLock, parseGvariantBool, parseGvariantUint, parseSysadminctlScreenLock, windowsLock } from '../checks/screen-lock/parse.js';
import { replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

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
    [{}, 'pass', 'lock.on'],
    [{ seconds: MAX_LOCK_SECONDS }, 'pass', 'lock.on'],
    [{ seconds: MAX_LOCK_SECONDS + 1 }, 'warn', 'lock.slow'],
    [{ enabled: false, seconds: null }, 'fail', 'lock.off'],
    [{ seconds: null }, 'unknown', 'lock.on-no-time'],
    [{ enabled: null, seconds: null, reason: 'x' }, 'unknown', 'lock.unknown'],
  ] as [Partial<ScreenLockFacts>, string, string][])('%j → %s', (patch, status, id) => {
    const f = evaluateScreenLock({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
  });
});

describe('screen-lock replayed through the built CLI', () => {
  it.each([
    ['linux-screen-lock-gnome-5min', 'pass', { enabled: true, seconds: 300 }],
    ['linux-screen-lock-gnome-off', 'fail', { enabled: false }],
    ['linux-screen-lock-gnome-never-idle', 'fail', { enabled: false }],
    ['linux-screen-lock-headless', 'unknown', { reason: 'no GNOME desktop session found' }],
    ['win32-screen-lock-screensaver-10min', 'pass', { seconds: 600 }],
    ['win32-screen-lock-policy-30min', 'warn', { seconds: 1800 }],
    ['win32-screen-lock-no-screensaver', 'unknown', { enabled: null }],
    ['darwin-screen-lock-off', 'fail', { enabled: false }],
    ['darwin-screen-lock-immediate', 'unknown', { enabled: true, seconds: null }],
  ])('%s → %s', async (name, status, facts) => {
    const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'screen-lock']);
    const c = report.checks.find((x) => x.id === 'screen-lock')!;
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
  });
  it('on this machine: gsettings defaults without a desktop are not taken for a pass', async () => {
    const r = await runCli(['--json', '--only', 'screen-lock', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'screen-lock');
    expect(['pass', 'warn', 'fail', 'unknown']).toContain(c.status);
    if (c.status === 'pass') expect(c.facts.method).toBe('gsettings');
  });
});
