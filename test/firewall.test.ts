import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import firewall, { evaluateFirewall, FIREWALL_SCRIPT, type FirewallFacts } from '../checks/firewall/index.js';
import { netshProfiles, parseFirewallJson, parseNetshFirewall, parseSocketfilterfw, parseUfwConf, parseUfwStatus } from '../checks/firewall/parse.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

describe('netsh advfirewall', () => {
  it('allprofiles: three blocks, all OFF', () => {
    const text = sampleText('windows/netsh-advfirewall-show-allprofiles__htb-academy-notes.txt');
    expect(parseNetshFirewall(text).map((b) => b.on)).toEqual([false, false, false]);
    expect(netshProfiles(text)).toEqual({ domain: false, private: false, public: false });
  });
  it('currentprofile (from notes written in Chinese; netsh itself in English): one block, OFF, "Ok." after it', () => {
    const text = sampleText('windows/netsh-advfirewall-show-currentprofile__crtp-notes-zh.txt');
    expect(parseNetshFirewall(text)).toEqual([{ title: 'Domain Profile Settings:', on: false }]);
    expect(netshProfiles(text)).toBeNull();
  });
  it('one block with ON and a trailing space after the title', () => {
    expect(parseNetshFirewall(sampleText('windows/netsh-advfirewall-show-profile-block__csharp-ParseDashLineTab.txt'))).toEqual([
      { title: 'Domain Profile Settings:', on: true },
    ]);
  });
  it('every netsh advfirewall sample gives one state per block, none unread', () => {
    for (const file of sampleFiles('windows', 'netsh-advfirewall')) {
      const blocks = parseNetshFirewall(sampleText(file));
      expect(blocks.length, file).toBeGreaterThan(0);
      expect(
        blocks.every((b) => b.on !== null),
        file,
      ).toBe(true);
    }
  });
  it('translated labels do not matter: the value under the dashes decides (CRLF too)', () => {
    const dashes = '-'.repeat(70);
    const block = (title: string, label: string, v: string) => `${title}\r\n${dashes}\r\n${label}                                 ${v}\r\nX   Y\r\n\r\n`;
    const text = block('Domänenprofil-Einstellungen:', 'Status', 'ON') + block('Profil privé :', 'État', 'OFF') + block('Perfil público:', 'Estado', 'ON');
    expect(netshProfiles(text)).toEqual({ domain: true, private: false, public: true });
  });
  it('English titles in the wrong order are not trusted', () => {
    const dashes = '-'.repeat(70);
    const text = [
      'Public Profile Settings:',
      dashes,
      'State ON',
      '',
      'Private Profile Settings:',
      dashes,
      'State ON',
      '',
      'Domain Profile Settings:',
      dashes,
      'State OFF',
    ].join('\n');
    expect(netshProfiles(text)).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('-'.repeat(12), 'State   ON', 'OFF', '\n', '\r\n', 'Domain Profile Settings:', ' ', 'x'), { maxLength: 50 }),
        (parts) => {
          const r = netshProfiles(parts.join(''));
          expect(r === null || typeof r === 'object').toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseNetshFirewall(s)).not.toThrow();
      }),
    );
  });
});

describe('socketfilterfw --getglobalstate', () => {
  it('State = 1 (Lynis report)', () => {
    expect(parseSocketfilterfw(sampleText('macos/socketfilterfw-getglobalstate-enabled__lynis-issue-41.txt'))).toEqual({ on: true, blockAll: false });
  });
  it('State = 2, then 0, then 1 (m-cli report)', () => {
    // the sample holds three outputs, with the `$ m firewall ...` lines between them
    const lines = sampleText('macos/socketfilterfw-getglobalstate-state2-and-toggle__m-cli-issue-160.txt')
      .split('\n')
      .filter((l) => !l.startsWith('$ ') && l.trim());
    expect(lines.map(parseSocketfilterfw)).toEqual([
      { on: true, blockAll: true },
      { on: false, blockAll: false },
      { on: true, blockAll: false },
    ]);
  });
  it('the number decides over the words, in any language', () => {
    expect(parseSocketfilterfw('Firewall is blocking all non-essential incoming connections. (State = 2)')).toEqual({ on: true, blockAll: true });
    expect(parseSocketfilterfw('Die Firewall ist deaktiviert. (State = 0)')).toEqual({ on: false, blockAll: false });
    expect(parseSocketfilterfw('Firewall is disabled.')).toEqual({ on: false, blockAll: false });
    expect(parseSocketfilterfw('(State = 7)')).toBeNull();
    expect(parseSocketfilterfw('')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseSocketfilterfw(s)).not.toThrow();
      }),
    );
  });
});

describe('ufw', () => {
  it.each(sampleFiles('linux', 'ufw-status'))('%s: active', (file) => {
    expect(parseUfwStatus(sampleText(file))).toBe(true);
  });
  it('"inactive" is not "active"; nothing is null', () => {
    expect(parseUfwStatus('Status: inactive\n')).toBe(false);
    expect(parseUfwStatus('ERROR: You need to be root to run this script')).toBeNull();
    expect(parseUfwStatus('Status: aktiv')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseUfwStatus(s);
        expect([true, false, null]).toContain(v);
        if (v === true) expect(s).toMatch(/Status:\s*active\s*($|\r?\n)/m);
      }),
    );
  });
  it('ufw.conf', () => {
    expect(parseUfwConf('# Set to yes to start on boot\nENABLED=no\n\nLOGLEVEL=low\n')).toBe(false);
    expect(parseUfwConf('ENABLED=yes\r\n')).toBe(true);
    expect(parseUfwConf('#ENABLED=yes\n')).toBeNull();
    expect(parseUfwConf('')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect([true, false, null]).toContain(parseUfwConf(s));
      }),
    );
  });
});

describe('evaluate', () => {
  const win = (domain: boolean | null, priv: boolean | null, pub: boolean | null): FirewallFacts => ({
    os: 'windows',
    method: 'netsh',
    on: null,
    profiles: { domain, private: priv, public: pub },
    reason: null,
  });
  it('the fix fits the OS and its version, and names the setting to open', () => {
    const off: FirewallFacts = { os: 'macos', method: 'socketfilterfw', on: false, reason: null };
    expect(evaluateFirewall(off, { os: 'darwin', release: '21.6.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos.12' }],
      link: expect.stringContaining('com.apple.preference.security'),
    });
    expect(evaluateFirewall(off, { os: 'darwin', release: '24.1.0' })).toMatchObject({ remediation: [{ id: 'fix.macos' }] });
    expect(evaluateFirewall(off, { os: 'darwin', release: 'replayed' })).toMatchObject({ remediation: [{ id: 'fix.macos' }] });
    expect(evaluateFirewall(win(true, false, true), { os: 'win32', release: '10.0.22631' })).toMatchObject({
      remediation: [{ id: 'fix.windows' }],
      link: 'windowsdefender://network',
    });
    expect(evaluateFirewall({ os: 'linux', method: 'ufw', on: false, reason: null })).toMatchObject({ remediation: [{ id: 'fix.linux' }] });
  });
  it.each([
    [win(true, true, true), 'pass', []],
    [win(false, true, true), 'warn', ['off.windows.domain']],
    [win(true, false, true), 'fail', ['off.windows.private']],
    [win(true, true, false), 'fail', ['off.windows.public']],
    [win(true, null, true), 'unknown', ['unread.windows']],
    [win(false, false, false), 'fail', ['off.windows.domain', 'off.windows.private', 'off.windows.public']],
  ])('Windows profiles %#', (facts, status, ids) => {
    const f = evaluateFirewall(facts);
    expect(f.status).toBe(status);
    if (status !== 'pass') expect(f.summary.map((m) => m.id)).toEqual(ids);
  });
  it.each([
    [{ os: 'macos', method: 'socketfilterfw', on: true, blockAll: true, reason: null }, 'pass', 'on.block-all'],
    [{ os: 'macos', method: 'socketfilterfw', on: false, reason: null }, 'fail', 'off'],
    [{ os: 'linux', method: 'ufw-conf', on: true, reason: null }, 'pass', 'on'],
    [{ os: 'linux', method: null, on: null, reason: { code: 'needs-admin' } }, 'unknown', 'unknown'],
  ] as [FirewallFacts, string, string][])('%j', (facts, status, id) => {
    const f = evaluateFirewall(facts);
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
  });
});

describe('firewall replayed', () => {
  it.each([
    ['win32-firewall-all-off', 'fail', { method: 'netsh', profiles: { domain: false, private: false, public: false } }],
    ['win32-firewall-netsh-missing', 'unknown', { reason: { code: 'not-found', tool: 'netsh' } }],
    ['darwin-firewall-enabled', 'pass', { on: true, blockAll: false }],
    ['darwin-firewall-block-all', 'pass', { on: true, blockAll: true }],
    ['darwin-firewall-off', 'fail', { on: false }],
    ['linux-firewall-ufw-active', 'pass', { method: 'ufw', on: true }],
    ['linux-firewall-ufw-conf-disabled', 'fail', { method: 'ufw-conf', on: false }],
    ['linux-firewall-none', 'unknown', { method: null, reason: { code: 'not-installed' } }],
  ])('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(firewall, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    if (status === 'unknown') expect(c.reason).toEqual(c.facts.reason);
  });
  it('Bokmål names the Public profile, and the reason of an unknown in Bokmål', async () => {
    expect((await replayCheck(firewall, 'win32-firewall-all-off', { lang: 'nb' })).summary).toMatch(/Offentlig/);
    const unknown = await replayCheck(firewall, 'win32-firewall-netsh-missing', { lang: 'nb' });
    expect(unknown.summary).toBe('Klarte ikke å se om brannmuren er slått på. Årsak: det sjekken leser, finnes ikke på denne maskinen (netsh).');
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'firewall', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'firewall');
    expect(['pass', 'fail', 'unknown']).toContain(c.status);
    if (c.status === 'unknown') expect(c.reason?.code).toBeTruthy();
  });
});

describe("Windows through PowerShell booleans (documentation-based: Get-NetFirewallProfile and Security Center field names from Microsoft docs, the JSON is the check's own)", () => {
  const section = (json: unknown, extra: Partial<{ code: number; stderr: string; languageMode: string }> = {}) =>
    bundleOf('win32', [
      {
        type: 'call',
        name: 'powershell',
        args: [FIREWALL_SCRIPT],
        result: {
          stdout: json === null ? '' : JSON.stringify(json),
          stderr: extra.stderr ?? '',
          code: extra.code ?? 0,
          languageMode: extra.languageMode ?? 'FullLanguage',
        },
      },
    ]);
  const profiles = (d: string, p: string, u: string) => [
    { name: 'Domain', enabled: d },
    { name: 'Private', enabled: p },
    { name: 'Public', enabled: u },
  ];

  it('all profiles True: pass, read from PowerShell, whatever the display language (no netsh asked)', async () => {
    const c = await replayCheck(firewall, section({ profiles: profiles('True', 'True', 'True'), products: [] }));
    expect(c).toMatchObject({ status: 'pass', facts: { method: 'powershell', profiles: { domain: true, private: true, public: true } } });
  });
  it('Private off: fail with the Windows fix and the setting to open', async () => {
    const c = await replayCheck(firewall, section({ profiles: profiles('True', 'False', 'True'), products: [] }), { lang: 'nb' });
    expect(c).toMatchObject({ status: 'fail', link: 'windowsdefender://network' });
    expect(c.summary).toMatch(/Privat/);
  });
  it('Windows Firewall off but a third-party firewall registered: a warning that names it, not a false fail', async () => {
    const c = await replayCheck(
      firewall,
      section({ profiles: profiles('False', 'False', 'False'), products: ['Windows Defender Firewall', 'Sophos Endpoint Firewall'] }),
    );
    expect(c.status).toBe('warn');
    expect(c.summary).toContain('Sophos Endpoint Firewall');
    expect(c.remediation).toContain('Sophos Endpoint Firewall');
    expect(c.facts.products).toEqual(['Sophos Endpoint Firewall']);
  });
  it('PowerShell locked down (Constrained Language Mode) and no netsh answer: unknown with that reason', async () => {
    const c = await replayCheck(firewall, section(null, { code: 1, stderr: 'Cannot invoke method.', languageMode: 'ConstrainedLanguage' }), { lang: 'nb' });
    expect(c).toMatchObject({ status: 'unknown', reason: { code: 'constrained-language' } });
    expect(c.summary).toContain('Constrained Language Mode');
  });
  it('a section that is not three named profiles is not believed', () => {
    expect(parseFirewallJson({ profiles: profiles('True', 'True', 'True').slice(0, 2) })).toBeNull();
    expect(
      parseFirewallJson({
        profiles: [
          { name: 'Domain', enabled: 'True' },
          { name: 'Domain', enabled: 'True' },
          { name: 'Public', enabled: 'True' },
        ],
      }),
    ).toBeNull();
    expect(parseFirewallJson('True')).toBeNull();
    expect(parseFirewallJson({ profiles: profiles('True', 'NotConfigured', 'False') })?.profiles).toEqual({ domain: true, private: null, public: false });
  });
});

describe('firewalld', () => {
  const linux = (stdout: string, code: number, stderr = '') =>
    bundleOf('linux', [
      { type: 'run', cmd: 'ufw', args: ['status'], locale: 'c', result: { stdout: '', stderr: '', code: null, failure: 'not-found' } },
      { type: 'run', cmd: 'firewall-cmd', args: ['--state'], locale: 'c', result: { stdout, stderr, code } },
    ]);
  it('`running` with exit 0: on; `not running` with exit 252: off', async () => {
    expect(await replayCheck(firewall, linux('running\n', 0))).toMatchObject({ status: 'pass', facts: { method: 'firewalld', on: true } });
    expect(await replayCheck(firewall, linux('', 252, 'not running\n'))).toMatchObject({ status: 'fail', facts: { method: 'firewalld', on: false } });
  });
  it('a program that prints garbage and exits 0 is not believed: unknown, never "the firewall is on"', async () => {
    const c = await replayCheck(firewall, linux('\u0007garbage%%\n', 0));
    expect(c.status).toBe('unknown');
    expect(c.facts.on).toBeNull();
  });
});
