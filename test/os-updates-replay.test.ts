import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { replay } from './helpers/bundles.js';

const bundle = (name: string) => join(ROOT, 'test', 'fixtures', 'bundles', name);

describe('os-updates replayed from real Linux outputs', () => {
  it('Ubuntu 24.04 with four updates waiting: warn, supported, counts from apt', async () => {
    const { report } = await replay(bundle('linux-os-updates-ubuntu24-pending.json'), ['--only', 'os-updates']);
    const c = report.checks.find((x) => x.id === 'os-updates')!;
    expect(c.status).toBe('warn');
    expect(c.facts).toMatchObject({ distro: 'ubuntu', version: '24.04', pending: { manager: 'apt', total: 4, security: 0 }, rebootRequired: false, daysSinceUpdate: 9, supportEnds: '2029-05-31' });
    expect(c.summary).toContain('4 update(s) waiting');
    expect(c.remediation).toMatch(/Install the waiting updates/);
  });

  it('Fedora 42 past its end of support: fail, with the dnf count and a restart needed', async () => {
    const { report, code } = await replay(bundle('linux-os-updates-fedora42-dnf.json'), ['--only', 'os-updates', '--lang', 'nb']);
    const c = report.checks.find((x) => x.id === 'os-updates')!;
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({ distro: 'fedora', pending: { manager: 'dnf', total: 1 }, rebootRequired: true });
    expect(c.summary).toContain('sluttet å få sikkerhetsoppdateringer 2026-05-13');
    expect(code).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
  });

  it('Debian 13 with nothing waiting but three-month-old lists and a restart pending: warn, not pass', async () => {
    const { report } = await replay(bundle('linux-os-updates-debian13-stale.json'), ['--only', 'os-updates']);
    const c = report.checks.find((x) => x.id === 'os-updates')!;
    expect(c.status).toBe('warn');
    expect(c.facts).toMatchObject({ listsAgeDays: 90, rebootRequired: true, pending: { total: 0 } });
    expect(c.summary).toMatch(/refreshed 90 days ago/);
  });

  it('no readable os-release and no package manager: unknown, with the reason', async () => {
    const { report } = await replay(bundle('linux-os-updates-arch-symlink.json'), ['--only', 'os-updates']);
    const c = report.checks.find((x) => x.id === 'os-updates')!;
    expect(c.status).toBe('unknown');
    expect(c.summary).toMatch(/Could not identify the operating system/);
  });
});
