import { describe, expect, it } from 'vitest';
import managedDevice, {
  evaluateManagedDevice,
  kindsOf,
  ManagedDeviceFactsSchema,
  ManagedDeviceOptionsSchema,
  MANAGED_SCRIPT,
  type ManagedDeviceFacts,
} from '../checks/managed-device/index.js';
import { activeMdm, parseDsregLines, parseProfilesEnrollment, parseRealmList, parseWindowsJson } from '../checks/managed-device/parse.js';
import type { MeetingContext } from '../src/check.js';
import { loadBundle, replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';
import { sampleText } from './helpers/samples.js';

/** The builder of the bundles (plain JavaScript: loaded by URL, typed where it is used) */
const BUILDER: string = new URL('./fixtures/make-managed-device-bundles.mjs', import.meta.url).href;

const HYBRID = 'windows/dsregcmd-status__kolide-launcher-issue-873-hybrid.txt';
const NOT_JOINED = 'windows/dsregcmd-status__azure-docs-issue-48791-not-joined.txt';

describe('dsregcmd /status (captured outputs; only the join lines are read)', () => {
  it('hybrid: AzureAdJoined and DomainJoined YES, EnterpriseJoined NO; names and ids are not read', () => {
    expect(parseDsregLines(sampleText(HYBRID))).toEqual({ AzureAdJoined: true, EnterpriseJoined: false, DomainJoined: true });
  });
  it('a new device: every join NO, WorkplaceJoined NO from the User State section', () => {
    expect(parseDsregLines(sampleText(NOT_JOINED))).toEqual({ AzureAdJoined: false, EnterpriseJoined: false, DomainJoined: false, WorkplaceJoined: false });
  });
  it('Entra joined (cloud only): AzureAdJoined YES, DomainJoined NO, in a full capture and in Norwegian notes cut to the relevant lines', () => {
    expect(parseDsregLines(sampleText('windows/dsregcmd-status__aadinternals-blog-entra-joined.txt'))).toEqual({
      AzureAdJoined: true,
      EnterpriseJoined: false,
      DomainJoined: false,
    });
    expect(parseDsregLines(sampleText('windows/dsregcmd-status__intune-notes-nb-entra-joined-excerpt.txt'))).toEqual({
      AzureAdJoined: true,
      DomainJoined: false,
    });
  });
  it('an Italian Windows: keys and YES/NO stay English; a work account added (WorkplaceJoined YES) on a device joined nowhere', () => {
    expect(parseDsregLines(sampleText('windows/dsregcmd-status__italian-windows-workplace-joined.txt'))).toEqual({
      AzureAdJoined: false,
      EnterpriseJoined: false,
      DomainJoined: false,
      WorkplaceJoined: true,
    });
  });
  it('CRLF, other keys and values other than YES/NO are left unread', () => {
    expect(parseDsregLines('  AzureAdJoined : YES\r\n  NgcSet : YES\r\n  WamDefaultSet : ERROR\r\n  DomainJoined : maybe\r\n')).toEqual({
      AzureAdJoined: true,
    });
  });
  it("the script's own filter keeps exactly the join lines of a captured output (as the bundle maker applies it)", () => {
    const pattern = /'(\^\\s\*\(AzureAdJoined[^']+)'/.exec(MANAGED_SCRIPT)![1]!;
    const kept = sampleText(NOT_JOINED)
      .split('\n')
      .filter((l) => new RegExp(pattern).test(l))
      .map((l) => l.trim());
    expect(kept).toEqual(['AzureAdJoined : NO', 'EnterpriseJoined : NO', 'DomainJoined : NO', 'WorkplaceJoined : NO']);
  });
});

describe("the Windows section's JSON (the check's own; the registry and CIM fields rest on documentation only)", () => {
  it('reads the booleans, the join count and the enrollments; one enrollment written as an object is read too', () => {
    expect(
      parseWindowsJson({
        partOfDomain: false,
        cloudJoins: 1,
        enrollmentsRead: true,
        enrollments: { provider: 'MS DM Server', state: '1' },
        dsreg: 'AzureAdJoined : YES',
      }),
    ).toEqual({
      partOfDomain: false,
      cloudJoins: 1,
      enrollments: [{ provider: 'MS DM Server', state: '1' }],
      dsreg: { AzureAdJoined: true },
    });
  });
  it('anything else is null, never a guess', () => {
    for (const bad of [null, 'text', [], { partOfDomain: true }, 42]) expect(parseWindowsJson(bad)).toBeNull();
    expect(parseWindowsJson({ partOfDomain: 'yes', cloudJoins: -1, enrollmentsRead: false })).toMatchObject({
      partOfDomain: null,
      cloudJoins: null,
      enrollments: null,
    });
  });
  it('an MDM is an enrollment with a provider other than the local bridge, enrolled (state 1) or without a state', () => {
    expect(activeMdm([{ provider: 'MS DM Server', state: '1' }])).toEqual({ enrolled: true, provider: 'intune' });
    expect(activeMdm([{ provider: 'AirWatchMDM', state: '' }])).toEqual({ enrolled: true, provider: 'other' });
    expect(activeMdm([{ provider: 'Local_Management', state: '1' }])).toEqual({ enrolled: false, provider: null });
    expect(activeMdm([{ provider: 'MS DM Server', state: '3' }])).toEqual({ enrolled: false, provider: null });
    expect(activeMdm(null)).toBeNull();
  });
});

describe('profiles status -type enrollment (captured outputs)', () => {
  it('enrolled through Automated Device Enrollment and user approved; the server is not kept', () => {
    expect(parseProfilesEnrollment(sampleText('macos/profiles-status-type-enrollment__macos-security-issue-45-dep-uamdm.txt'))).toEqual({
      dep: true,
      mdm: true,
      userApproved: true,
    });
  });
  it('not enrolled (run without sudo)', () => {
    expect(parseProfilesEnrollment(sampleText('macos/profiles-status-type-enrollment__macos-configurator-notes-not-enrolled.txt'))).toEqual({
      dep: false,
      mdm: false,
      userApproved: false,
    });
  });
  it('"Yes" without "(User Approved)", and an answer without the MDM line', () => {
    expect(parseProfilesEnrollment('Enrolled via DEP: No\nMDM enrollment: Yes\n')).toEqual({ dep: false, mdm: true, userApproved: false });
    expect(parseProfilesEnrollment('Error fetching enrollment status\n')).toBeNull();
  });
});

describe('realm list (captured outputs)', () => {
  it('a realm joined with sssd counts as configured', () => {
    expect(parseRealmList(sampleText('linux/realm-list__shmakovpn-tools-centos7-joined.txt'))).toBe(1);
  });
  it('no realm configured prints nothing (captured on Debian 12, realmd 0.17.1)', () => {
    expect(sampleText('linux/realm-list-none__debian12-realmd-0.17.1.txt').trim()).toBe('');
    expect(parseRealmList(sampleText('linux/realm-list-none__debian12-realmd-0.17.1.txt'))).toBe(0);
  });
  it('a discovered realm is not a join, and text without "configured" is not realm\u2019s answer', () => {
    expect(parseRealmList('example.com\n  type: kerberos\n  configured: no\n')).toBe(0);
    expect(parseRealmList('something else\n')).toBeNull();
  });
});

const facts = (over: Partial<ManagedDeviceFacts>): ManagedDeviceFacts => {
  const base = {
    os: 'windows',
    method: 'powershell' as const,
    domainJoined: false,
    entraJoined: false,
    workplaceJoined: null,
    mdmEnrolled: false,
    mdmProvider: null,
    dep: null,
    userApproved: null,
    reason: null,
    ...over,
  };
  return ManagedDeviceFactsSchema.parse({ ...base, kinds: kindsOf(base) });
};
const meeting = (dataClass: MeetingContext['dataClass']): MeetingContext => ({
  dataClass,
  redRules: dataClass === 'red' || dataClass === 'black' || dataClass === 'unsure',
});
const opts = (failWhen?: string) => ManagedDeviceOptionsSchema.parse(failWhen ? { failWhen } : {});
const WIN = { os: 'win32', release: '10.0.22631' };

describe('evaluate', () => {
  it('each kind of management passes, with its own sentence', () => {
    const cases: [Partial<ManagedDeviceFacts>, string[]][] = [
      [{ domainJoined: true, entraJoined: true }, ['managed.hybrid']],
      [{ entraJoined: true, mdmEnrolled: true, mdmProvider: 'intune' }, ['managed.entra', 'managed.intune']],
      [{ domainJoined: true, entraJoined: null, mdmEnrolled: null }, ['managed.ad']],
      [{ mdmEnrolled: true, mdmProvider: 'other' }, ['managed.mdm']],
    ];
    for (const [over, ids] of cases) {
      const f = evaluateManagedDevice(facts(over), opts(), meeting('red'), WIN);
      expect([f.status, f.summary.map((m) => m.id)], JSON.stringify(over)).toEqual(['pass', ids]);
    }
    const mac = facts({ os: 'macos', method: 'profiles', domainJoined: null, entraJoined: null, mdmEnrolled: true, dep: true });
    expect(evaluateManagedDevice(mac, opts(), meeting('red'), { os: 'darwin', release: '24.1.0' }).summary).toEqual([{ id: 'managed.dep' }]);
  });

  it('a personal machine warns, and fails where the options say so for the meeting (red by default)', () => {
    const table: [string | undefined, MeetingContext['dataClass'], string][] = [
      [undefined, null, 'warn'],
      [undefined, 'green', 'warn'],
      [undefined, 'yellow', 'warn'],
      [undefined, 'red', 'fail'],
      [undefined, 'black', 'fail'],
      [undefined, 'unsure', 'fail'],
      ['yellow', 'green', 'warn'],
      ['yellow', 'yellow', 'fail'],
      ['yellow', 'red', 'fail'],
      ['always', 'green', 'fail'],
      ['always', null, 'fail'],
      ['never', 'red', 'warn'],
    ];
    for (const [failWhen, dataClass, status] of table) {
      const f = evaluateManagedDevice(facts({}), opts(failWhen), meeting(dataClass), WIN);
      expect(f.status, `${failWhen} ${dataClass}`).toBe(status);
      expect(f).toMatchObject({ remediation: [{ id: 'fix.windows' }], link: 'ms-settings:workplace' });
      if (status === 'fail') expect(f.summary.at(-1)!.id).toBe(failWhen === 'always' ? 'why.policy' : 'why.meeting');
    }
  });

  it('a work account on a personal computer is said, and is no management', () => {
    const f = evaluateManagedDevice(facts({ workplaceJoined: true }), opts(), meeting('green'), WIN);
    expect([f.status, f.summary.map((m) => m.id)]).toEqual(['warn', ['unmanaged.windows', 'registered']]);
  });

  it('one sign unread is unknown with its reason, never a verdict on the others', () => {
    for (const over of [{ mdmEnrolled: null }, { entraJoined: null }, { domainJoined: null }]) {
      const f = evaluateManagedDevice(facts({ ...over, reason: { code: 'unreadable', tool: 'powershell' } }), opts(), meeting('red'), WIN);
      expect([f.status, f.reason?.code], JSON.stringify(over)).toEqual(['unknown', 'unreadable']);
    }
  });

  it('Linux outside a realm is unknown: nothing standard shows management', () => {
    const f = evaluateManagedDevice(
      facts({ os: 'linux', method: 'realm', domainJoined: false, entraJoined: null, mdmEnrolled: null, reason: { code: 'unsupported', tool: 'realm' } }),
      opts('always'),
      meeting('red'),
      { os: 'linux', release: '6.1.0' },
    );
    expect(f).toMatchObject({ status: 'unknown', summary: [{ id: 'unknown.linux' }], remediation: [{ id: 'fix.ask' }], reason: { code: 'unsupported' } });
  });
});

describe('replayed bundles (test/fixtures/make-managed-device-bundles.mjs)', () => {
  it('the bundles on disk are what the maker builds from the samples', async () => {
    const { managedDeviceBundles } = (await import(BUILDER)) as { managedDeviceBundles: Record<string, unknown> };
    expect(Object.keys(managedDeviceBundles).length).toBeGreaterThanOrEqual(10);
    for (const [name, built] of Object.entries(managedDeviceBundles)) expect(loadBundle(name), name).toEqual(built);
  });

  it('Windows hybrid (captured dsregcmd join lines; CIM and registry values from documentation): pass, kind hybrid, no names in the facts', async () => {
    const c = await replayCheck(managedDevice, 'win32-managed-device-hybrid');
    expect(c).toMatchObject({ status: 'pass', facts: { kinds: ['hybrid'], domainJoined: true, entraJoined: true, mdmEnrolled: false } });
    expect(JSON.stringify(c.facts)).not.toMatch(/CONTOSO|Contoso|MDMSERVER/);
  });

  it('Windows Entra joined and in Intune (documentation only: dsregcmd not answering)', async () => {
    expect(await replayCheck(managedDevice, 'win32-managed-device-entra-intune')).toMatchObject({
      status: 'pass',
      facts: { kinds: ['entra', 'intune'], mdmProvider: 'intune' },
    });
  });

  it('Windows personal computer (captured dsregcmd lines): a warning, a fail in a red meeting, in nb and nn', async () => {
    const plain = await replayCheck(managedDevice, 'win32-managed-device-personal', { lang: 'nb' });
    expect(plain).toMatchObject({ status: 'warn', link: 'ms-settings:workplace', facts: { workplaceJoined: false, kinds: [] } });
    expect(plain.summary).toMatch(/ser ikke ut som en jobbmaskin/);
    const red = await replayCheck(managedDevice, 'win32-managed-device-personal', { lang: 'nn', answers: { 'data-class': 'red' } });
    expect(red.status).toBe('fail');
    expect(red.summary).toMatch(/ikkje ut som ei jobbmaskin.*berre handsamast/s);
    expect(red.remediation).toMatch(/Tilgang til arbeid eller skole/);
  });

  it('a policy makes the personal computer fail in any meeting', async () => {
    const c = await replayCheck(managedDevice, 'win32-managed-device-personal', {
      policy: { checks: { 'managed-device': { options: { failWhen: 'always' } } } },
    });
    expect(c.status).toBe('fail');
  });

  it('Windows with the Enrollments key unread, or PowerShell failing: unknown with the reason code', async () => {
    expect(await replayCheck(managedDevice, 'win32-managed-device-enrollments-unread')).toMatchObject({
      status: 'unknown',
      reason: { code: 'unreadable', tool: 'powershell' },
    });
    expect(await replayCheck(managedDevice, 'win32-managed-device-powershell-failed')).toMatchObject({ status: 'unknown', reason: { code: 'failed' } });
  });

  it('macOS (captured profiles outputs): DEP passes; not enrolled warns; no profiles is unknown', async () => {
    expect(await replayCheck(managedDevice, 'darwin-managed-device-dep')).toMatchObject({ status: 'pass', facts: { kinds: ['dep'], userApproved: true } });
    const not = await replayCheck(managedDevice, 'darwin-managed-device-not-enrolled', { lang: 'nb' });
    expect(not).toMatchObject({ status: 'warn', facts: { mdmEnrolled: false, dep: false } });
    expect(not.remediation).toMatch(/enhetsstyringen/);
    expect(await replayCheck(managedDevice, 'darwin-managed-device-no-profiles')).toMatchObject({
      status: 'unknown',
      reason: { code: 'not-found', tool: 'profiles' },
    });
  });

  it('Linux (captured realm list outputs): a realm join passes; no realm, or no realmd, is unknown and says why', async () => {
    expect(await replayCheck(managedDevice, 'linux-managed-device-realm-joined')).toMatchObject({ status: 'pass', facts: { kinds: ['realm'] } });
    const none = await replayCheck(managedDevice, 'linux-managed-device-no-realm', { lang: 'nb' });
    expect(none).toMatchObject({ status: 'unknown', reason: { code: 'unsupported', tool: 'realm' } });
    expect(none.summary).toMatch(/^Linux har ikke noe fast tegn/);
    expect(await replayCheck(managedDevice, 'linux-managed-device-no-realmd')).toMatchObject({ status: 'unknown', reason: { code: 'not-found' } });
  });
});

describe('on this machine', () => {
  it('a finding, never a crash; the facts hold booleans and kinds only', async () => {
    const r = await runCli(['--json', '--only', 'managed-device', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = (JSON.parse(r.stdout) as { checks: { id: string; status: string; reason?: { code: string }; facts: Record<string, unknown> }[] }).checks.find(
      (x) => x.id === 'managed-device',
    )!;
    expect(['pass', 'warn', 'fail', 'unknown']).toContain(c.status);
    if (c.status === 'unknown') expect(c.reason?.code).toBeTruthy();
    for (const [key, value] of Object.entries(c.facts)) {
      if (key === 'os' || key === 'method' || key === 'mdmProvider') expect(value === null || typeof value === 'string', key).toBe(true);
      else if (key === 'kinds') expect(Array.isArray(value)).toBe(true);
      else if (key !== 'reason') expect(value === null || typeof value === 'boolean', key).toBe(true);
    }
  });
});
