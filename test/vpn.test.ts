import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinuxNetInterface, SiInterface } from '../checks/lib/netif.js';
import { projectSiInterfaces } from '../checks/lib/netif.js';
import { vpnClients } from '../checks/vpn/clients.js';
import check, { evaluateVpn, type VpnFacts } from '../checks/vpn/index.js';
import { linuxTunnels, parseVpnConnectionJson, siTunnels } from '../checks/vpn/parse.js';
import { matchRunning } from '../checks/risky-apps/parse.js';
import { t } from '../src/i18n/index.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { sources } from '../src/sources.js';
import { replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

const nic = (over: Partial<LinuxNetInterface>): LinuxNetInterface => ({ name: 'x', type: 1, operstate: 'up', adminUp: true, wireless: false, virtual: false, tun: false, ...over });
const si = (over: Partial<SiInterface>): SiInterface => ({ iface: 'x', ifaceName: 'x', type: 'wired', virtual: false, internal: false, operstate: 'up', default: false, ...over });

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

  it('Windows/macOS (systeminformation): vendor adapters up count; macOS utun, loopback and down adapters do not', () => {
    const table: Array<[SiInterface[], string[]]> = [
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
    for (const [list, want] of table) expect(siTunnels(list), list.map((i) => i.ifaceName).join()).toEqual(want);
  });

  it('Windows VPN profiles: the connected count from the check\u2019s own JSON, anything else unreadable', () => {
    expect(parseVpnConnectionJson({ profiles: 2, connected: 1 })).toBe(1);
    expect(parseVpnConnectionJson({ profiles: 0, connected: 0 })).toBe(0);
    for (const bad of [null, [], 'x', { connected: -1 }, { connected: 1.5 }, { connected: '1' }, {}]) expect(parseVpnConnectionJson(bad)).toBe(null);
  });

  it('keeps only the fields that name no address from systeminformation', () => {
    const got = projectSiInterfaces([{ iface: 'en0', ifaceName: 'en0', ip4: '10.0.0.2', mac: 'aa:bb:cc:dd:ee:ff', type: 'wireless', virtual: false, internal: false, operstate: 'up', default: true }, 'junk', null]);
    expect(got).toEqual([{ iface: 'en0', ifaceName: 'en0', type: 'wireless', virtual: false, internal: false, operstate: 'up', default: true }]);
    expect(JSON.stringify(got)).not.toMatch(/10\.0\.0\.2|aa:bb/);
  });

  it('never throws on odd input', () => {
    fc.assert(fc.property(fc.jsonValue(), (j) => {
      siTunnels(projectSiInterfaces(j));
      siTunnels(projectSiInterfaces([j]));
    }));
    fc.assert(fc.property(fc.array(fc.record({ name: fc.string(), type: fc.option(fc.integer()), operstate: fc.option(fc.string()), adminUp: fc.option(fc.boolean()), wireless: fc.boolean(), virtual: fc.boolean(), tun: fc.boolean() })), (list) => {
      for (const k of linuxTunnels(list)) expect(typeof k).toBe('string');
    }));
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

const facts = (over: Partial<VpnFacts>): VpnFacts => ({ os: 'linux', tunnels: [], clients: [], tableDate: '2026-11-23', reason: null, ...over });

describe('evaluate with the policy', () => {
  const table: Array<[Partial<VpnFacts>, boolean, string, RegExp]> = [
    [{ tunnels: ['wireguard'] }, false, 'pass', /VPN connection is up \(WireGuard\)/],
    [{ tunnels: ['wireguard'] }, true, 'pass', /WireGuard/],
    // no rule given is not the same as a rule that says no: the words say only what the tool was told
    [{}, false, 'skipped', /No rule from your employer says a VPN is required/],
    [{}, true, 'fail', /No VPN connection was found\. Your organisation requires/],
    [{ clients: ['openvpn'] }, false, 'skipped', /OpenVPN.*No rule from your employer says a VPN is required/],
    [{ clients: ['openvpn'] }, true, 'warn', /OpenVPN\), but no VPN tunnel/],
    [{ tunnels: null, clients: ['openvpn'] }, true, 'unknown', /OpenVPN/],
    [{ tunnels: null, reason: '/sys/class/net unreadable' }, false, 'unknown', /unreadable/],
    [{ clients: null, reason: 'process list: not-found' }, true, 'unknown', /not-found/],
  ];
  for (const [over, requireVpn, status, text] of table) {
    it(`${JSON.stringify(over)} requireVpn=${requireVpn} → ${status}`, () => {
      const f = evaluateVpn(facts(over), { requireVpn });
      expect(f.status).toBe(status);
      expect(f.summary.map((m) => t('en', m)).join(' ')).toMatch(text);
      expect(f.summary.map((m) => t('nb', m)).join(' ')).not.toMatch(/\{\w+\}/);
      if (status === 'fail' || status === 'warn') expect(f.remediation?.length).toBeGreaterThan(0);
    });
  }
  it('the policy: off by default, settable', () => {
    expect(defaultPolicy.requireVpn).toBe(false);
    expect(PolicySchema.parse({ requireVpn: true }).requireVpn).toBe(true);
    expect(() => PolicySchema.parse({ requireVpn: 'yes' })).toThrow();
  });
  it('cites sources that exist', () => {
    for (const s of check.sources) expect(sources).toHaveProperty(s);
  });
});

describe('replayed through the built CLI', () => {
  const cases: Array<[string, string, Partial<VpnFacts>]> = [
    ['linux-vpn-wireguard-up', 'pass', { tunnels: ['wireguard'], clients: [] }],
    ['linux-vpn-openvpn-no-tunnel', 'skipped', { tunnels: [], clients: ['openvpn'] }],
    ['linux-vpn-none', 'skipped', { tunnels: [], clients: [] }],
    ['win32-vpn-globalprotect-up', 'pass', { os: 'windows', tunnels: ['globalprotect'], clients: ['globalprotect'] }],
    ['darwin-vpn-none-utun', 'skipped', { os: 'macos', tunnels: [], clients: [] }],
    ['win32-vpn-windows-ikev2-up', 'pass', { os: 'windows', tunnels: ['windows-vpn'], clients: [] }],
  ];
  it('every bundle is what the builder makes today', async () => {
    const { vpnBundles } = (await import('./fixtures/make-wifi-bundles.mjs')) as { vpnBundles: Record<string, unknown> };
    expect(Object.keys(vpnBundles).sort()).toEqual(cases.map((c) => c[0]).sort());
    for (const [name, b] of Object.entries(vpnBundles)) expect(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')), name).toEqual(b);
  });
  for (const [name, status, want] of cases) {
    it(name, async () => {
      const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'vpn']);
      const c = report.checks.find((x) => x.id === 'vpn')!;
      expect(c.status).toBe(status);
      expect(c.facts).toMatchObject(want);
    });
  }
  it('a bundle with nothing in it: unknown, not a crash', async () => {
    const { report } = await replay(join(BUNDLES, 'win32-wifi-en-wpa2-personal.json'), ['--only', 'vpn']);
    const c = report.checks.find((x) => x.id === 'vpn')!;
    expect(c.status).toBe('unknown');
    expect(c.summary).toMatch(/Could not tell whether a VPN is connected/);
  });
});

describe('end to end on this machine', () => {
  it('reads /sys/class/net and the process list; a verdict, never a crash', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'vpn']);
    expect([0, 1]).toContain(run.code);
    const c = (JSON.parse(run.stdout) as { checks: Array<{ id: string; status: string; facts: VpnFacts }> }).checks.find((x) => x.id === 'vpn')!;
    expect(Array.isArray(c.facts.tunnels)).toBe(true);
    expect(Array.isArray(c.facts.clients)).toBe(true);
    // the default policy does not require a VPN: pass with a tunnel, skipped without
    expect(c.status).toBe(c.facts.tunnels!.length > 0 ? 'pass' : 'skipped');
  });
});
