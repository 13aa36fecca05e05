import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import firewall, { evaluateFirewall, FIREWALL_SCRIPT, IPTABLES_ARGS, NFT_ARGS, type FirewallFacts } from '../checks/firewall/index.js';
import {
  netshProfiles,
  parseFirewallJson,
  parseIptablesS,
  parseNetshFirewall,
  parseNftRuleset,
  parseSocketfilterfw,
  parseUfwConf,
  parseUfwStatus,
} from '../checks/firewall/parse.js';
import type { Interaction } from '../src/probe/bundle.js';
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
  it('French: the state is a translated word ("Actif"), read from the first setting under the dashes', () => {
    const text = sampleText('windows/netsh-advfirewall-show-allprofiles-domain-block__network-tp-notes-fr.txt');
    expect(parseNetshFirewall(text)).toEqual([{ title: 'Paramètres Profil de domaine :', on: true }]);
    // the notes keep one block of three: not an allprofiles answer to judge by
    expect(netshProfiles(text)).toBeNull();
  });
  it('state words: ON/OFF and Actif are seen in captures; Inactif, EIN and AUS are not (two other parsers expect them); others stay unread', () => {
    const dashes = '-'.repeat(70);
    const state = (v: string) => parseNetshFirewall(`Profil:\n${dashes}\nX                                     ${v}\n`)[0]!.on;
    expect(['ON', 'Actif', 'EIN', 'ein'].map(state)).toEqual([true, true, true, true]);
    expect(['OFF', 'Inactif', 'AUS'].map(state)).toEqual([false, false, false]);
    expect(['Activer', 'Enable', 'ACTIVAR', '1', ''].map(state)).toEqual([null, null, null, null, null]);
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
  it.each(sampleFiles('linux', 'ufw-status'))('%s: active, or inactive as its name says', (file) => {
    expect(parseUfwStatus(sampleText(file))).toBe(!file.includes('inactive'));
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

describe('Linux as root: nftables and iptables rules (real captures: Debian 12, each ruleset set up in a network namespace)', () => {
  const nftSample = (name: string) => sampleText(`linux/nft-j-list-ruleset__debian12-netns-${name}.txt`);
  const iptSample = (name: string) => sampleText(`linux/iptables-S__debian12-netns-${name}.txt`);
  const ip6Sample = (name: string) => sampleText(`linux/ip6tables-S__debian12-netns-${name}.txt`);
  const out = (cmd: string, args: string[], stdout: string, code = 0, stderr = ''): Interaction => ({
    type: 'run',
    cmd,
    args,
    locale: 'c',
    result: { stdout, stderr, code },
  });
  const missing = (cmd: string, args: string[]): Interaction => ({
    type: 'run',
    cmd,
    args,
    locale: 'c',
    result: { stdout: '', stderr: '', code: null, failure: 'not-found' },
  });
  /** ufw and firewalld not installed; nft, iptables, ip6tables as given */
  const machine = (nft: Interaction, ip4: Interaction, ip6: Interaction, ufwOff = false) =>
    bundleOf('linux', [
      ufwOff ? out('ufw', ['status'], 'Status: inactive\n') : missing('ufw', ['status']),
      missing('firewall-cmd', ['--state']),
      nft,
      ip4,
      ip6,
    ]);
  const nft = (name: string) => out('nft', NFT_ARGS, nftSample(name));
  const ipt = (name: string) => out('iptables', IPTABLES_ARGS, iptSample(name));
  const ip6 = (name: string) => out('ip6tables', IPTABLES_ARGS, ip6Sample(name));

  it('nft -j: policy drop or an unconditional reject filters all; a conditional drop some; an empty ruleset and policy-accept chains none', () => {
    expect(parseNftRuleset(nftSample('nft-input-drop'))).toEqual({ ipv4: 'all', ipv6: 'all' });
    expect(parseNftRuleset(nftSample('nft-final-reject'))).toEqual({ ipv4: 'all', ipv6: 'all' });
    expect(parseNftRuleset(nftSample('nft-some-drop'))).toEqual({ ipv4: 'some', ipv6: 'some' });
    expect(parseNftRuleset(nftSample('empty'))).toEqual({ ipv4: 'none', ipv6: 'none' });
    expect(parseNftRuleset(nftSample('debian-default-conf'))).toEqual({ ipv4: 'none', ipv6: 'none' });
    // iptables-nft rules as nftables lists them: table ip (IPv4 only), REJECT as an xt target
    expect(parseNftRuleset(nftSample('iptables-input-drop'))).toEqual({ ipv4: 'all', ipv6: 'none' });
    expect(parseNftRuleset(nftSample('iptables-final-reject'))).toEqual({ ipv4: 'all', ipv6: 'none' });
    expect(parseNftRuleset(nftSample('iptables-some-drop'))).toEqual({ ipv4: 'some', ipv6: 'none' });
  });

  it('iptables -S: policy DROP or a final -j REJECT filters all, a conditional DROP some, the empty table none', () => {
    expect(parseIptablesS(iptSample('iptables-input-drop'))).toBe('all');
    expect(parseIptablesS(iptSample('iptables-final-reject'))).toBe('all');
    expect(parseIptablesS(iptSample('iptables-some-drop'))).toBe('some');
    expect(parseIptablesS(iptSample('empty'))).toBe('none');
    expect(parseIptablesS(ip6Sample('input-drop'))).toBe('all');
    expect(parseIptablesS(ip6Sample('empty'))).toBe('none');
  });

  it('garbage is not a listing: null, never "no filtering"', () => {
    for (const bad of [
      '',
      'garbage',
      '{}',
      '{"nftables": {}}',
      '{"nftables": [{"table": {"family": "inet"}}]}',
      '[1,2]',
      '{"nftables": [{"bogus": {}}]}',
      nftSample('empty').replace('metainfo', 'other'),
    ])
      expect(parseNftRuleset(bad), bad).toBe(null);
    // a listing without its metainfo object (nft -j always prints it first) is not believed
    expect(parseNftRuleset('{"nftables": [{"chain": {"family": "inet", "table": "f", "name": "input", "hook": "input", "policy": "drop"}}]}')).toBe(null);
    for (const bad of [
      '',
      'garbage',
      '-P FORWARD ACCEPT',
      'Chain INPUT (policy ACCEPT)\ntarget prot opt source destination',
      sampleText('linux/iptables-S__debian12-not-root-stderr.txt'),
    ])
      expect(parseIptablesS(bad), bad).toBe(null);
    fc.assert(
      fc.property(fc.string(), (t) => {
        parseNftRuleset(t);
        parseIptablesS(t);
      }),
    );
  });

  it('a default-drop input chain (nftables): pass, read from nftables', async () => {
    const c = await replayCheck(firewall, machine(nft('nft-input-drop'), ipt('empty'), ip6('empty')));
    expect(c).toMatchObject({ status: 'pass', facts: { method: 'nftables', on: true, inputFilter: 'all' } });
  });

  it('iptables DROP for IPv4 and IPv6: pass; IPv4 alone leaves IPv6 open: a warning, not a pass', async () => {
    const both = await replayCheck(firewall, machine(nft('iptables-input-drop'), ipt('iptables-input-drop'), ip6('input-drop')));
    expect(both).toMatchObject({ status: 'pass', facts: { on: true, inputFilter: 'all' } });
    const v4 = await replayCheck(firewall, machine(nft('iptables-input-drop'), ipt('iptables-input-drop'), ip6('empty')));
    expect(v4).toMatchObject({ status: 'warn', facts: { method: 'nftables', on: false, inputFilter: 'some' } });
    expect(v4.summary).toMatch(/block some incoming connections/);
    // the legacy backend: nft shows nothing, iptables and ip6tables carry the rules
    const legacy = await replayCheck(firewall, machine(missing('nft', NFT_ARGS), ipt('iptables-input-drop'), ip6('input-drop')));
    expect(legacy).toMatchObject({ status: 'pass', facts: { method: 'iptables', inputFilter: 'all' } });
  });

  it('an empty ruleset: no filtering, fail (also when ufw says inactive); Debian\u2019s shipped policy-accept chains the same', async () => {
    const empty = await replayCheck(firewall, machine(nft('empty'), ipt('empty'), ip6('empty')));
    expect(empty).toMatchObject({ status: 'fail', facts: { method: 'nftables', on: false, inputFilter: 'none' } });
    expect((await replayCheck(firewall, machine(nft('debian-default-conf'), ipt('empty'), ip6('empty')))).status).toBe('fail');
    const ufwOff = await replayCheck(firewall, machine(nft('empty'), ipt('empty'), ip6('empty'), true));
    expect(ufwOff).toMatchObject({ status: 'fail', facts: { method: 'ufw', on: false } });
    // ufw inactive, but the nftables rules filter: the rules decide
    expect(await replayCheck(firewall, machine(nft('nft-input-drop'), ipt('empty'), ip6('empty'), true))).toMatchObject({
      status: 'pass',
      facts: { method: 'nftables' },
    });
  });

  it('garbage from nft: unknown with the reason, never a pass or a "no filtering" fail', async () => {
    const c = await replayCheck(firewall, machine(out('nft', NFT_ARGS, 'Segmentation fault\n'), ipt('empty'), ip6('empty')));
    expect(c).toMatchObject({ status: 'unknown', facts: { on: null }, reason: { code: 'unreadable', tool: 'nft' } });
    const ufwOff = await replayCheck(firewall, machine(out('nft', NFT_ARGS, '{"nftables": 3}'), ipt('empty'), ip6('empty'), true));
    expect(ufwOff.status).toBe('unknown');
  });

  it('not root: nft and iptables refuse (real messages), as before: unknown, only an administrator can read it', async () => {
    const refused = machine(
      out('nft', NFT_ARGS, '', 1, sampleText('linux/nft-j-list-ruleset__debian12-not-root-stderr.txt')),
      out('iptables', IPTABLES_ARGS, '', 4, sampleText('linux/iptables-S__debian12-not-root-stderr.txt')),
      out('ip6tables', IPTABLES_ARGS, '', 4, sampleText('linux/iptables-S__debian12-not-root-stderr.txt').replace('iptables', 'ip6tables')),
    );
    refused.interactions[0] = out('ufw', ['status'], '', 1, 'ERROR: You need to be root to run this script\n');
    const c = await replayCheck(firewall, refused);
    expect(c).toMatchObject({ status: 'unknown', reason: { code: 'needs-admin' } });
  });
});

describe("this machine's nft and iptables, in a network namespace the test makes (root only)", () => {
  const root = process.getuid?.() === 0;
  it.skipIf(!root)('a drop policy set up with nft and with iptables is read as filtering all; the fresh namespace as none', () => {
    const ns = `hoc-fw-${process.pid}`;
    const inNs = (...argv: string[]) => execFileSync('ip', ['netns', 'exec', ns, ...argv], { encoding: 'utf8', timeout: 10_000 });
    execFileSync('ip', ['netns', 'add', ns]);
    try {
      expect(parseNftRuleset(inNs('nft', ...NFT_ARGS))).toEqual({ ipv4: 'none', ipv6: 'none' });
      expect(parseIptablesS(inNs('iptables', ...IPTABLES_ARGS))).toBe('none');
      inNs('nft', 'add', 'table', 'inet', 'hoc');
      inNs('nft', 'add', 'chain', 'inet', 'hoc', 'input', '{ type filter hook input priority 0; policy drop; }');
      inNs('nft', 'add', 'rule', 'inet', 'hoc', 'input', 'iif', 'lo', 'accept');
      expect(parseNftRuleset(inNs('nft', ...NFT_ARGS))).toEqual({ ipv4: 'all', ipv6: 'all' });
      inNs('nft', 'delete', 'table', 'inet', 'hoc');
      inNs('iptables', '-A', 'INPUT', '-p', 'tcp', '--dport', '23', '-j', 'DROP');
      expect(parseIptablesS(inNs('iptables', ...IPTABLES_ARGS))).toBe('some');
      expect(parseNftRuleset(inNs('nft', ...NFT_ARGS))).toEqual({ ipv4: 'some', ipv6: 'none' });
      inNs('ip6tables', '-P', 'INPUT', 'DROP');
      expect(parseIptablesS(inNs('ip6tables', ...IPTABLES_ARGS))).toBe('all');
    } finally {
      execFileSync('ip', ['netns', 'delete', ns]);
    }
  });
});
