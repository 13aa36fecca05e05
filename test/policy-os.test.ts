/**
 * The policy's lowest allowed Windows build and macOS major (the OS check's options minWindowsBuild
 * and minMacosMajor; thresholds.os in the first policy format), judged by the OS check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import osUpdates from '../checks/os-updates/index.js';
import { evaluateOs, OsUpdatesOptionsSchema } from '../checks/os-updates/evaluate.js';
import type { OsFacts } from '../checks/os-updates/facts.js';
import { belowMinimum, macosMajor, windowsBuildNumber } from '../checks/os-updates/minimum.js';
import { checkOptions } from '../src/check.js';
import { PolicyFileSchema } from '../src/policy.js';

const base: OsFacts = {
  os: 'windows',
  name: 'Windows 11 Pro',
  distro: 'windows',
  version: '10.0.22631',
  build: '22631.4460',
  support: { ends: '2027-11-10', rolling: false, source: 'table', esu: false, tableDate: '2026-11-23' },
  pending: null,
  latestUpdate: { id: 'KB5046633', date: '2026-11-20' },
  rebootRequired: false,
  daysSinceUpdate: 3,
  reason: null,
};
const mac: OsFacts = {
  ...base,
  os: 'macos',
  name: 'macOS',
  distro: 'macos',
  version: '13.6.1',
  build: '22G313',
  latestUpdate: undefined,
  pending: { manager: 'softwareupdate', total: 0, security: 0, listsAgeDays: null, reason: null },
};
/** The check's options as a policy file of the first format gives them (thresholds.os). */
const options = (os: object) =>
  OsUpdatesOptionsSchema.parse(checkOptions(osUpdates, PolicyFileSchema.parse({ thresholds: { os } }).checks['os-updates']?.options));
const ctx = (os: object) => ({
  options: options(os),
  meeting: { dataClass: 'green' as const, redRules: false },
  platform: { os: 'win32', release: 'replayed', arch: 'x64' },
  now: new Date('2026-11-23T08:00:00.000Z'),
});

describe('version numbers', () => {
  const builds: Array<[string | null, number | null]> = [
    ['22631', 22631],
    ['22631.4460', 22631],
    ['10.0.19045.5011', 19045],
    ['10.0', null],
    ['', null],
    [null, null],
  ];
  it.each(builds)('Windows build of %s → %s', (text, n) => expect(windowsBuildNumber(text)).toBe(n));
  const majors: Array<[string | null, number | null]> = [
    ['14.6.1', 14],
    ['10.15.7', 10],
    ['15', 15],
    ['Sonoma', null],
    [null, null],
  ];
  it.each(majors)('macOS major of %s → %s', (text, n) => expect(macosMajor(text)).toBe(n));
  it('never throw on garbage', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), (s) => {
        const b = windowsBuildNumber(s);
        const m = macosMajor(s);
        return (b === null || Number.isInteger(b)) && (m === null || Number.isInteger(m));
      }),
    );
  });
});

describe('the OS check holds the version against the policy', () => {
  const table: Array<[string, OsFacts, object, boolean]> = [
    ['Windows 22631 with 22631 required', base, { minWindowsBuild: 22631 }, false],
    ['Windows 22631 with 26100 required', base, { minWindowsBuild: 26100 }, true],
    ['Windows 19045 (version only) with 22631 required', { ...base, build: null, version: '10.0.19045' }, { minWindowsBuild: 22631 }, true],
    ['Windows with an unreadable build', { ...base, build: null, version: null }, { minWindowsBuild: 22631 }, false],
    ['Windows with only a macOS minimum', base, { minMacosMajor: 14 }, false],
    ['macOS 13 with 14 required', mac, { minMacosMajor: 14 }, true],
    ['macOS 13 with 13 required', mac, { minMacosMajor: 13 }, false],
    ['macOS 10.15 with 11 required', { ...mac, version: '10.15.7' }, { minMacosMajor: 11 }, true],
    ['Linux with both minimums', { ...base, os: 'linux', distro: 'debian', version: '12', build: null }, { minWindowsBuild: 26100, minMacosMajor: 15 }, false],
    ['no minimum in the policy', base, {}, false],
  ];
  it.each(table)('%s → below: %s', (_, facts, os, below) => {
    expect(belowMinimum(facts, options(os)) !== null).toBe(below);
    const finding = evaluateOs(facts, ctx(os));
    expect(finding.summary.some((m) => m.id === 'below-minimum')).toBe(below);
    if (below) {
      expect(finding.status).toBe('fail');
      expect(finding.remediation?.map((m) => m.id)).toContain('fix.below-minimum');
    }
  });
  it('the options of the current format win over thresholds.os of the first', () => {
    const policy = PolicyFileSchema.parse({
      thresholds: { os: { minWindowsBuild: 26100 } },
      checks: { 'os-updates': { options: { minWindowsBuild: 22000 } } },
    });
    expect(checkOptions(osUpdates, policy.checks['os-updates']?.options)).toMatchObject({
      minWindowsBuild: 22000,
      minMacosMajor: null,
      maxDaysSinceUpdate: 35,
    });
    const moved = PolicyFileSchema.parse({ thresholds: { maxDaysSinceUpdate: 20, maxPackageListAgeDays: 7, maxSupportTableAgeDays: 200 } });
    expect(checkOptions(osUpdates, moved.checks['os-updates']?.options)).toMatchObject({
      maxDaysSinceUpdate: 20,
      maxPackageListAgeDays: 7,
      maxSupportTableAgeDays: 200,
    });
  });
});
