import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinuxNetInterface, NetLink } from '../checks/lib/netif.js';
import { ifconfigLinks, parseIfconfigBlocks, parseNetAdaptersJson } from '../checks/lib/netif.js';
import { vpnClients } from '../checks/vpn/clients.js';
import check, { evaluateVpn, VpnOptionsSchema, type VpnFacts } from '../checks/vpn/index.js';
import { messages } from '../checks/vpn/messages.js';
import { linkTunnels, linuxTunnels, parseIfconfigVpnUtuns, parseVpnConnectionJson } from '../checks/vpn/parse.js';
import { matchRunning } from '../checks/lib/processes.js';
import { tWith, type MessageParams } from '../src/i18n/index.js';
import { PolicyFileSchema } from '../src/policy.js';
import type { Interaction } from '../src/probe/bundle.js';
import { sources } from '../src/sources.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { ROOT, runCli } from './helpers/cli.js';
import { sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');
/** The builder of the vpn bundles (plain JavaScript: loaded by URL, typed where it is used) */
const BUILDER: string = new URL('./fixtures/make-wifi-bundles.mjs', import.meta.url).href;
const UTUN_BUILDER: string = new URL('./fixtures/make-vpn-bundles.mjs', import.meta.url).href;

const nic = (over: Partial<LinuxNetInterface>): LinuxNetInterface => ({
  name: 'x',
  type: 1,
  operstate: 'up',
  adminUp: true,
  wireless: false,
  virtual: false,
  tun: false,
  ...over,
});
const si = (over: Partial<NetLink>): NetLink => ({
  iface: 'x',
  ifaceName: 'x',
  type: 'wired',
  virtual: false,
  internal: false,
  operstate: 'up',
  ...over,
});

describe('tunnel interfaces', () => {
  it('Linux: WireGuard, tun, PPP, Tailscale up count; down ones, loopback, bridges and veth do not', () => {
    const table: Array<[LinuxNetInterface[], string[]]> = [
      [[nic({ name: 'wg0', type: 65534, operstate: 'unknown', virtual: true })], ['wireguard']],
      [[nic({ name: 'tun0', type: 65534, operstate: 'unknown', tun: true, virtual: true })], ['tun']],
      [[nic({ name: 'ppp0', type: 512, operstate: 'unknown' })], ['ppp']],
      [[nic({ name: 'tailscale0', type: 65534, operstate: 'unknown', tun: true })], ['tailscale']],
      [[nic({ name: 'corp', type: 65534, operstate: 'unknown', tun: true })], ['tun']],
      [[nic({ name: 'myvpn', type: 65534, operstate: 'unknown' })], ['tunnel']],
      [[nic({ name: 'wg0', type: 65534, operstate: 'down', adminUp: false })], []],
      [[nic({ name: 'tun0', type: 65534, operstate: 'unknown', adminUp: false, tun: true })], []],
      [[nic({ name: 'lo', type: 772, operstate: 'unknown' })], []],
      [[nic({ name: 'docker0', virtual: true }), nic({ name: 'veth12ab', virtual: true }), nic({ name: 'br-1234', virtual: true }), nic({ name: 'eth0' })], []],
      [[nic({ name: 'wlp2s0', wireless: true })], []],
    ];
    for (const [list, want] of table) expect(linuxTunnels(list), list.map((i) => i.name).join()).toEqual(want);
  });

  it('Windows/macOS (the adapter list): vendor adapters up count; macOS utun, loopback and down adapters do not', () => {
    const table: Array<[NetLink[], string[]]> = [
      [[si({ iface: 'Ethernet 2', ifaceName: 'PANGP Virtual Ethernet Adapter Secure' })], ['globalprotect']],
      [[si({ iface: 'OpenVPN TAP', ifaceName: 'TAP-Windows Adapter V9' })], ['tun']],
      [[si({ iface: 'wg-office', ifaceName: 'WireGuard Tunnel' })], ['wireguard']],
      [[si({ iface: 'Ethernet 3', ifaceName: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64' })], ['cisco']],
      [[si({ iface: 'ppp0', ifaceName: 'ppp0' })], ['ppp']],
      [[si({ iface: 'utun0', ifaceName: 'utun0' }), si({ iface: 'utun3', ifaceName: 'utun3' })], []],
      [[si({ iface: 'Ethernet 2', ifaceName: 'TAP-Windows Adapter V9', operstate: 'down' })], []],
      [[si({ iface: 'lo0', ifaceName: 'lo0', internal: true })], []],
      [[si({ iface: 'Ethernet', ifaceName: 'Intel(R) Ethernet Connection I219-LM' })], []],
    ];
    for (const [list, want] of table) expect(linkTunnels(list), list.map((i) => i.ifaceName).join()).toEqual(want);
  });

  it('Windows VPN profiles: the connected count from the check\u2019s own JSON, anything else unreadable', () => {
    expect(parseVpnConnectionJson({ profiles: 2, connected: 1 })).toBe(1);
    expect(parseVpnConnectionJson({ profiles: 0, connected: 0 })).toBe(0);
    for (const bad of [null, [], 'x', { connected: -1 }, { connected: 1.5 }, { connected: '1' }, {}]) expect(parseVpnConnectionJson(bad)).toBe(null);
  });

  it('Get-NetAdapter (documented MSFT_NetAdapter numbers, no capture): Native 802.11 and 802.3 by medium, up by operational status, software adapters virtual', () => {
    const rows = [
      { name: 'WLAN', description: 'Intel(R) Wi-Fi 6 AX201 160MHz', medium: 9, oper: 1, media: 1, hardware: true, virtual: false },
      { name: 'Ethernet', description: 'Intel(R) Ethernet Connection I219-LM', medium: 14, oper: 2, media: 2, hardware: true, virtual: false },
      { name: 'vEthernet (Default Switch)', description: 'Hyper-V Virtual Ethernet Adapter', medium: 14, oper: 1, media: 1, hardware: false, virtual: false },
      { name: 'Ethernet 2', description: 'PANGP Virtual Ethernet Adapter Secure', medium: 0, oper: 1, media: 1, hardware: false, virtual: false },
    ];
    const links = parseNetAdaptersJson(rows)!;
    expect(links.map((l) => [l.type, l.operstate, l.virtual])).toEqual([
      ['wireless', 'up', false],
      ['wired', 'down', false],
      ['wired', 'up', true],
      ['other', 'up', true],
    ]);
    expect(linkTunnels(links)).toEqual(['globalprotect']);
    // one adapter: ConvertTo-Json -InputObject keeps the array, a bare object is read too
    expect(parseNetAdaptersJson(rows[0])).toHaveLength(1);
    expect(parseNetAdaptersJson([])).toEqual([]);
    for (const bad of [null, 'x', 3, [{ name: 'x' }], [{ name: 1, medium: 9, oper: 1 }], ['junk']]) expect(parseNetAdaptersJson(bad)).toBe(null);
  });

  it('Get-NetAdapter | Format-List * (a real Windows 8 capture): the row the section makes from it is a cable link that is up, of the machine itself', () => {
    const text = sampleText('windows/Get-NetAdapter-fl__siddaway-blog-win8-ethernet.txt');
    // the properties NET_ADAPTERS_SCRIPT takes, read from the capture (the blog's "**" marks aside)
    const value = (key: string) => new RegExp(`^(?:\\*\\*)?${key}\\s+: (.*?)\\s*$`, 'm').exec(text)![1]!;
    const row = {
      name: value('Name'),
      description: value('InterfaceDescription'),
      medium: Number(value('NdisPhysicalMedium')),
      oper: Number(value('InterfaceOperationalStatus')),
      media: Number(value('MediaConnectState')),
      hardware: value('HardwareInterface') === 'True',
      virtual: value('Virtual') === 'True',
    };
    expect(row).toEqual({
      name: 'Ethernet',
      description: 'NVIDIA nForce 10/100/1000 Mbps Ethernet',
      medium: 14,
      oper: 1,
      media: 1,
      hardware: true,
      virtual: false,
    });
    const links = parseNetAdaptersJson([row])!;
    expect(links).toEqual([
      { iface: 'Ethernet', ifaceName: 'NVIDIA nForce 10/100/1000 Mbps Ethernet', type: 'wired', virtual: false, internal: false, operstate: 'up' },
    ]);
    expect(linkTunnels(links)).toEqual([]);
  });

  it('ifconfig -v (a real macOS dump): en0 Wi-Fi and en3 Ethernet up; awdl0 and p2p0 are not the Wi-Fi link, bridge0 and vboxnet0 are virtual', () => {
    const blocks = parseIfconfigBlocks(sampleText('macos/ifconfig-v__simple-ifconfig-test-wifi-and-ethernet.txt'))!;
    const links = ifconfigLinks(blocks);
    const by = (n: string) => links.find((l) => l.iface === n)!;
    expect(by('en0')).toMatchObject({ type: 'wireless', operstate: 'up', virtual: false });
    expect(by('en3')).toMatchObject({ type: 'wired', operstate: 'up' });
    expect(by('en1')).toMatchObject({ type: 'wired', operstate: 'down' });
    expect(by('awdl0')).toMatchObject({ type: 'other', operstate: 'up' });
    expect(by('p2p0').type).toBe('other');
    expect(by('vboxnet0').virtual).toBe(true);
    expect(by('lo0').internal).toBe(true);
    expect(linkTunnels(links)).toEqual([]);
    expect(parseIfconfigVpnUtuns(sampleText('macos/ifconfig-v__simple-ifconfig-test-wifi-and-ethernet.txt'))).toBe(0);
    expect(parseIfconfigBlocks('garbage\n\tstatus: active')).toBe(null);
  });

  it('never throws on odd input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        linkTunnels(parseNetAdaptersJson(j) ?? []);
        linkTunnels(parseNetAdaptersJson([j]) ?? []);
        if (typeof j === 'string') linkTunnels(ifconfigLinks(parseIfconfigBlocks(j) ?? []));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string(),
            type: fc.option(fc.integer()),
            operstate: fc.option(fc.string()),
            adminUp: fc.option(fc.boolean()),
            wireless: fc.boolean(),
            virtual: fc.boolean(),
            tun: fc.boolean(),
          }),
        ),
        (list) => {
          for (const k of linuxTunnels(list)) expect(typeof k).toBe('string');
        },
      ),
    );
  });
});

describe('macOS utun interfaces (ifconfig -a)', () => {
  const dump = sampleText('macos/ifconfig-a__sanitized-dump-system-utuns.txt');
  it('the utun interfaces macOS keeps for itself (link-local IPv6 only, a real dump) are not a VPN', () => {
    expect((dump.match(/^utun\d+:/gm) ?? []).length).toBe(11);
    expect(parseIfconfigVpnUtuns(dump)).toBe(0);
  });
  it('a utun with an IPv4 address (a real capture with a VPN up) is a VPN', () => {
    const vpn = sampleText('macos/ifconfig-utun3-vpn__colima-vpn-notes.txt');
    expect(vpn).toMatch(/^utun3: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1400\n\s+inet 10\.14\.25\.50 --> /m);
    expect(parseIfconfigVpnUtuns(`${dump}${vpn}`)).toBe(1);
  });
  it('a utun that is down keeps its address but is no VPN; an IPv6-only utun is not counted', () => {
    const lo = 'lo0: flags=8049<UP,LOOPBACK,RUNNING,MULTICAST> mtu 16384\n\tinet 127.0.0.1 netmask 0xff000000\n';
    expect(parseIfconfigVpnUtuns(`${lo}utun4: flags=8010<POINTOPOINT,MULTICAST> mtu 1400\n\tinet 10.11.12.13 --> 10.11.12.13 netmask 0xffffffff\n`)).toBe(0);
    expect(parseIfconfigVpnUtuns(`${lo}utun4: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1280\n\tinet6 fd1c:b7b7:1::2 prefixlen 64\n`)).toBe(0);
    expect(parseIfconfigVpnUtuns(`${lo}ppp0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1500\n\tinet 192.0.2.7 --> 192.0.2.8 netmask 0xffffffff\n`)).toBe(
      0,
    );
  });
  it('anything that is not an ifconfig listing is null, never "no VPN"', () => {
    expect(parseIfconfigVpnUtuns('')).toBeNull();
    expect(parseIfconfigVpnUtuns('ifconfig: interface -a does not exist\n')).toBeNull();
    expect(parseIfconfigVpnUtuns('utun3: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1400\n\tinet 10.0.0.2 --> 10.0.0.1\n')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = parseIfconfigVpnUtuns(s);
        expect(n === null || (Number.isInteger(n) && n >= 0)).toBe(true);
      }),
    );
  });
});

describe('VPN clients table', () => {
  it('unique ids, process names and a source for each; matched like the other process checks', () => {
    const ids = vpnClients.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of vpnClients) {
      expect(Object.values(c.processes).flat().length, c.id).toBeGreaterThan(0);
      expect(c.source.length, c.id).toBeGreaterThan(5);
    }
    expect(matchRunning(['PanGPS.exe', 'vpnagent.exe', 'notepad.exe'], vpnClients, 'windows')).toEqual(['cisco-secure-client', 'globalprotect']);
    expect(matchRunning(['openvpn', 'tailscaled', 'openvpn-helper'], vpnClients, 'linux')).toEqual(['openvpn', 'tailscale']);
  });
});

type Over = { tunnels?: string[] | null; clients?: string[] | null; tunnelsWhy?: VpnFacts['tunnels']['reason']; clientsWhy?: VpnFacts['clients']['reason'] };
const facts = (o: Over): VpnFacts => ({
  os: 'linux',
  tunnels: { kinds: o.tunnels === undefined ? [] : o.tunnels, reason: o.tunnelsWhy ?? null },
  clients: { ids: o.clients === undefined ? [] : o.clients, reason: o.clientsWhy ?? null },
  tableDate: '2026-11-23',
});
const words = (lang: 'en' | 'nb', list: readonly { id: string; params?: MessageParams }[]) => list.map((m) => tWith(lang, messages, m)).join(' ');

describe('evaluate with the option `required`', () => {
  const table: Array<[Over, boolean, string, RegExp]> = [
    [{ tunnels: ['wireguard'] }, false, 'pass', /VPN connection is up \(WireGuard\)/],
    [{ tunnels: ['wireguard'] }, true, 'pass', /WireGuard/],
    [{}, false, 'skipped', /No VPN connection was found\. No rule from your employer says that a VPN is required/],
    [{}, true, 'fail', /No VPN connection was found\. Your employer requires/],
    [{ clients: ['openvpn'] }, false, 'skipped', /OpenVPN.*No rule from your employer/],
    [{ clients: ['openvpn'] }, true, 'warn', /OpenVPN\), but no VPN tunnel/],
    [{ tunnels: null, tunnelsWhy: { code: 'not-found', tool: '/sys/class/net' }, clients: ['openvpn'] }, true, 'unknown', /OpenVPN/],
    [{ tunnels: null, tunnelsWhy: { code: 'not-found', tool: '/sys/class/net' } }, false, 'unknown', /Could not tell whether a VPN is connected/],
    [{ clients: null, clientsWhy: { code: 'unreadable', tool: 'ps' } }, true, 'unknown', /Could not tell/],
  ];
  for (const [over, required, status, text] of table) {
    it(`${JSON.stringify(over)} required=${required} → ${status}`, () => {
      const f = evaluateVpn(facts(over), { required });
      expect(f.status).toBe(status);
      expect(words('en', f.summary)).toMatch(text);
      expect(words('nb', f.summary)).not.toMatch(/\{\w+\}/);
      if (status === 'fail' || status === 'warn') expect(f.remediation?.length).toBeGreaterThan(0);
      if (status === 'unknown') expect(f.reason).toEqual(over.tunnelsWhy ?? over.clientsWhy);
      if (status === 'skipped') expect(f.reason?.code).toBe('disabled');
    });
  }
  it('without a rule it never says the employer does not require a VPN: it says no rule was given', () => {
    const f = evaluateVpn(facts({}), VpnOptionsSchema.parse({}));
    expect(words('en', f.summary)).not.toMatch(/does not require/);
    expect(words('nb', f.summary)).toBe(
      'Fant ingen VPN-tilkobling. Ingen regel fra arbeidsgiveren din sier at VPN kreves, så dette teller ikke i poengsummen. Spør IT om du skal bruke VPN.',
    );
  });
  it('the fix to connect fits the OS and its version, with the settings page it can open', () => {
    const none = facts({});
    expect(evaluateVpn(none, { required: true }, { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.connect.windows' }],
      link: 'ms-settings:network-vpn',
    });
    expect(evaluateVpn(none, { required: true }, { os: 'darwin', release: '23.4.0' })).toMatchObject({
      remediation: [{ id: 'fix.connect.macos' }],
      link: 'x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI.NESettingsUIExtension',
    });
    const monterey = evaluateVpn(none, { required: true }, { os: 'darwin', release: '21.6.0' });
    expect(monterey.remediation).toEqual([{ id: 'fix.connect.macos.12' }]);
    expect(monterey.link).toBeUndefined();
    expect(evaluateVpn(none, { required: true }, { os: 'linux', release: '6.8.0' }).remediation).toEqual([{ id: 'fix.connect' }]);
  });
  it('the option: off by default, settable, and the first format\u2019s requireVpn still sets it', () => {
    expect(VpnOptionsSchema.parse({})).toEqual({ required: false });
    expect(() => VpnOptionsSchema.parse({ required: 'yes' })).toThrow();
    expect(PolicyFileSchema.parse({ requireVpn: true }).checks.vpn?.options).toEqual({ required: true });
    expect(PolicyFileSchema.parse({ checks: { vpn: { options: { required: true } } } }).checks.vpn?.options).toEqual({ required: true });
  });
  it('cites sources that exist', () => {
    for (const s of check.sources) expect(sources).toHaveProperty(s);
  });
  it('the Bokmål words hold no English', () => {
    for (const [key, text] of Object.entries(messages.nb)) expect(text, key).not.toMatch(/\b(the|and|is|connected|running|employer|required)\b|\(s\)|\(er\)/i);
  });
});

describe('vpn replayed', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['linux-vpn-wireguard-up', 'pass', { tunnels: { kinds: ['wireguard'] }, clients: { ids: [] } }],
    ['linux-vpn-openvpn-no-tunnel', 'skipped', { tunnels: { kinds: [] }, clients: { ids: ['openvpn'] } }],
    ['linux-vpn-none', 'skipped', { tunnels: { kinds: [] }, clients: { ids: [] } }],
    ['win32-vpn-globalprotect-up', 'pass', { os: 'windows', tunnels: { kinds: ['globalprotect'] }, clients: { ids: ['globalprotect'] } }],
    ['darwin-vpn-none-utun', 'skipped', { os: 'macos', tunnels: { kinds: [], reason: null }, clients: { ids: [] } }],
    ['win32-vpn-windows-ikev2-up', 'pass', { os: 'windows', tunnels: { kinds: ['windows-vpn'] }, clients: { ids: [] } }],
  ];
  it('every bundle is what the builder makes today', async () => {
    const { vpnBundles } = (await import(BUILDER)) as { vpnBundles: Record<string, unknown> };
    expect(Object.keys(vpnBundles).sort()).toEqual(cases.map((c) => c[0]).sort());
    for (const [name, b] of Object.entries(vpnBundles)) expect(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')), name).toEqual(b);
  });
  for (const [name, status, want] of cases) {
    it(`${name} → ${status}`, async () => {
      const c = await replayCheck(check, name);
      expect(c.status).toBe(status);
      expect(c.facts).toMatchObject(want);
    });
  }
  it('macOS utun VPN (real ifconfig captures; ps from its documentation): counted, and the system utuns are not', async () => {
    const { utunBundles } = (await import(UTUN_BUILDER)) as { utunBundles: Record<string, unknown> };
    for (const [name, b] of Object.entries(utunBundles)) expect(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')), name).toEqual(b);
    const up = await replayCheck(check, 'darwin-vpn-utun-ipv4', { policy: { requireVpn: true } });
    expect(up.status).toBe('pass');
    expect(up.facts).toMatchObject({ tunnels: { kinds: ['utun'] } });
    expect(up.summary).toBe('A VPN connection is up (utun).');
    const none = await replayCheck(check, 'darwin-vpn-system-utuns-only', { policy: { requireVpn: true } });
    expect(none.status).toBe('fail');
    expect(none.facts).toMatchObject({ tunnels: { kinds: [] }, clients: { ids: [] } });
    expect(none).toMatchObject({ link: 'x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI.NESettingsUIExtension' });
    expect((await replayCheck(check, 'darwin-vpn-system-utuns-only')).status).toBe('skipped');
  });
  it('bundles recorded before: systeminformation\u2019s recorded list and the check\u2019s own `ifconfig -a` are still read in replay', async () => {
    const ps = JSON.parse(readFileSync(join(BUNDLES, 'darwin-vpn-none-utun.json'), 'utf8')).interactions.filter(
      (i: Interaction) => i.type === 'run' && i.cmd === 'ps',
    ) as Interaction[];
    const withVpn = sampleText('macos/ifconfig-a__sanitized-dump-system-utuns.txt').replace(
      /^utun3: [^\n]*\n(\t[^\n]*\n)*/m,
      `${sampleText('macos/ifconfig-utun3-vpn__colima-vpn-notes.txt')
        .trim()
        .split('\n')
        .map((l, i) => (i === 0 ? l : `\t${l.trim()}`))
        .join('\n')}\n`,
    );
    const oldIfconfig: Interaction = { type: 'run', cmd: '/sbin/ifconfig', args: ['-a'], locale: 'c', result: { stdout: withVpn, stderr: '', code: 0 } };
    const mac = await replayCheck(check, bundleOf('darwin', [oldIfconfig, ...ps]), { policy: { requireVpn: true } });
    expect(mac.facts).toMatchObject({ tunnels: { kinds: ['utun'] } });
    const si: Interaction = {
      type: 'call',
      name: 'systeminformation.networkInterfaces',
      args: [],
      result: [
        {
          iface: 'Ethernet 2',
          ifaceName: 'PANGP Virtual Ethernet Adapter Secure',
          type: 'wired',
          virtual: false,
          internal: false,
          operstate: 'up',
          default: false,
        },
      ],
    };
    const win = await replayCheck(check, bundleOf('win32', [si]), { policy: { requireVpn: true } });
    expect(win.facts).toMatchObject({ tunnels: { kinds: ['globalprotect'] } });
  });
  it('macOS without an ifconfig answer: whether a tunnel is up is unknown, not "none"', async () => {
    const ps = JSON.parse(readFileSync(join(BUNDLES, 'darwin-vpn-none-utun.json'), 'utf8')).interactions.filter(
      (i: Interaction) => i.type === 'run' && i.cmd === 'ps',
    ) as Interaction[];
    const c = await replayCheck(check, bundleOf('darwin', ps), { policy: { requireVpn: true } });
    expect(c.status).toBe('unknown');
    expect(c.facts).toMatchObject({ tunnels: { kinds: null, reason: { code: 'not-found', tool: 'ifconfig' } }, clients: { ids: [] } });
  });
  it('the policy\u2019s requireVpn (first format) and checks.vpn.options.required make "none" a failure', async () => {
    expect((await replayCheck(check, 'linux-vpn-none', { policy: { requireVpn: true } })).status).toBe('fail');
    const warn = await replayCheck(check, 'linux-vpn-openvpn-no-tunnel', { policy: { checks: { vpn: { options: { required: true } } } } });
    expect(warn.status).toBe('warn');
    expect(warn.summary).toMatch(/OpenVPN/);
  });
  it('a bundle with nothing in it: unknown with the reason, said in Bokmål too', async () => {
    const c = await replayCheck(check, 'win32-wifi-en-wpa2-personal');
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'not-found', tool: 'powershell' });
    const nb = await replayCheck(check, 'win32-wifi-en-wpa2-personal', { lang: 'nb' });
    expect(nb.summary).toMatch(/^Klarte ikke å se om VPN er tilkoblet\. Årsak: /);
  });
  it('a ps that prints garbage is not "no VPN client": unknown (unreadable) when a VPN is required', async () => {
    const sysfs = (await import(BUILDER)) as { vpnBundles: Record<string, { interactions: Interaction[] }> };
    const interfaces = sysfs.vpnBundles['linux-vpn-none']!.interactions.filter((i) => i.type !== 'run');
    const garbage: Interaction = {
      type: 'run',
      cmd: 'ps',
      args: ['-A', '-o', 'comm='],
      locale: 'c',
      result: { stdout: 'Speicherzugriffsfehler\n', stderr: '', code: 0 },
      source: 'test',
    };
    const c = await replayCheck(check, bundleOf('linux', [...interfaces, garbage]), { policy: { requireVpn: true } });
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'ps' });
    expect(c.facts).toMatchObject({ tunnels: { kinds: [] }, clients: { ids: null } });
  });
});

describe('end to end on this machine', () => {
  it('reads /sys/class/net and the process list; a verdict, never a crash', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'vpn']);
    expect([0, 1]).toContain(run.code);
    const c = (JSON.parse(run.stdout) as { checks: Array<{ id: string; status: string; facts: VpnFacts }> }).checks.find((x) => x.id === 'vpn')!;
    expect(Array.isArray(c.facts.tunnels.kinds)).toBe(true);
    expect(Array.isArray(c.facts.clients.ids)).toBe(true);
    // the default policy does not require a VPN: pass with a tunnel, skipped without
    expect(c.status).toBe(c.facts.tunnels.kinds!.length > 0 ? 'pass' : 'skipped');
  });
});
