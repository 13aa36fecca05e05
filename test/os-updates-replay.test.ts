import { describe, expect, it } from 'vitest';
import osUpdates from '../checks/os-updates/index.js';
import { replayCheck } from './helpers/check-tester.js';

describe('os-updates replayed from real Linux outputs', () => {
  it('Ubuntu 24.04 with four updates waiting: warn, supported, counts from apt', async () => {
    const c = await replayCheck(osUpdates, 'linux-os-updates-ubuntu24-pending');
    expect(c.status).toBe('warn');
    expect(c.facts).toMatchObject({
      distro: 'ubuntu',
      version: '24.04',
      pending: { manager: 'apt', total: 4, security: 0 },
      rebootRequired: false,
      daysSinceUpdate: 9,
      support: { ends: '2029-05-31' },
    });
    expect(c.summary).toContain('4 updates are waiting');
    expect(c.remediation).toMatch(/Install the waiting updates/);
  });

  it('Fedora 42 past its end of support: fail, with the dnf count and a restart needed', async () => {
    const c = await replayCheck(osUpdates, 'linux-os-updates-fedora42-dnf', { lang: 'nb' });
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({ distro: 'fedora', pending: { manager: 'dnf', total: 1 }, rebootRequired: true });
    expect(c.summary).toContain('sluttet å få sikkerhetsoppdateringer 13. mai 2026');
    expect(c.summary).toContain('Én oppdatering venter');
  });

  it('an OS out of support fails in every meeting class, and blocks a red meeting or one whose class is not known', async () => {
    for (const [dataClass, blocker] of [
      ['green', false],
      ['yellow', false],
      ['red', true],
      ['unsure', true],
    ] as const) {
      const c = await replayCheck(osUpdates, 'linux-os-updates-fedora42-dnf', { answers: { 'data-class': dataClass } });
      expect([c.status, c.blocker], dataClass).toEqual(['fail', blocker]);
    }
    // a supported release with updates waiting is never a blocker
    expect((await replayCheck(osUpdates, 'linux-os-updates-ubuntu24-pending', { answers: { 'data-class': 'red' } })).blocker).toBe(false);
  });

  it("Fedora 42's own SUPPORT_END (real os-release) is the end used, not only the table", async () => {
    const c = await replayCheck(osUpdates, 'linux-os-updates-fedora42-dnf');
    expect(c.facts).toMatchObject({ support: { ends: '2026-05-13', source: 'os-release' } });
  });

  it('Debian 13 with nothing waiting but three-month-old lists and a restart pending: warn, not pass', async () => {
    const c = await replayCheck(osUpdates, 'linux-os-updates-debian13-stale');
    expect(c.status).toBe('warn');
    expect(c.facts).toMatchObject({ rebootRequired: true, pending: { total: 0, listsAgeDays: 90 } });
    expect(c.summary).toMatch(/refreshed 90 days ago/);
  });

  it('no readable os-release and no package manager: unknown, with the reason', async () => {
    const c = await replayCheck(osUpdates, 'linux-os-updates-arch-symlink');
    expect(c.status).toBe('unknown');
    expect(c.reason).toEqual({ code: 'not-found', tool: 'os-release' });
    expect(c.summary).toMatch(/Could not identify the operating system/);
  });
});
