import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import diskEncryption, { DiskEncryptionFactsSchema, evaluateDiskEncryption, type DiskEncryptionFacts } from '../checks/disk-encryption/index.js';
import { messages } from '../checks/disk-encryption/messages.js';
import {
  bitlockerShellState,
  linuxEncryption,
  manageBdeState,
  mountEncrypted,
  parseFdesetup,
  parseLsblk,
  parseManageBde,
} from '../checks/disk-encryption/parse.js';
import { bundleOf } from './helpers/bundles.js';
import { loadBundle, replayCheck } from './helpers/check-tester.js';
import { ROOT, runCli } from './helpers/cli.js';
import { fdesetupReplies } from './helpers/more-samples.js';
import { sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

describe('lsblk', () => {
  it('Fedora: / and /home on LVM inside LUKS, ASCII tree with LABEL and SIZE columns', () => {
    const devices = parseLsblk(sampleText('linux/lsblk-i-o-NAME-TYPE-FSTYPE-LABEL-SIZE-MOUNTPOINTS__fedora-installer-readme.txt'));
    expect(devices.map((d) => [d.name, d.type, d.fstype, d.depth])).toEqual([
      ['sda', 'disk', '', 0],
      ['sda1', 'part', 'vfat', 1],
      ['sda2', 'part', 'crypto_LUKS', 1],
      ['luks', 'crypt', 'LVM2_member', 2],
      ['luks-root', 'lvm', 'ext4', 3],
      ['luks-home', 'lvm', 'ext4', 3],
      ['zram0', 'disk', 'swap', 0],
    ]);
    expect(devices[4]!.mountpoints).toEqual(['/']);
    expect(devices[0]!.mountpoints).toEqual([]);
    expect(linuxEncryption(devices)).toEqual({ root: true, home: true, anyEncrypted: true, state: 'on' });
  });

  it('NixOS: UTF-8 tree glyphs, no mount point column: a crypt layer is seen, the root is not', () => {
    const devices = parseLsblk(sampleText('linux/lsblk-o-NAME-TYPE-FSTYPE__nixos-boot-notes-zh.txt'));
    expect(devices.map((d) => [d.name, d.type, d.depth, d.parent])).toEqual([
      ['nvme1n1', 'disk', 0, null],
      ['nvme1n1p1', 'part', 1, 0],
      ['nvme1n1p2', 'part', 1, 0],
      ['nixos-luks', 'crypt', 2, 2],
    ]);
    expect(linuxEncryption(devices)).toMatchObject({ root: null, anyEncrypted: true, state: null });
  });

  it('Xubuntu (KNAME, SIZE spilling left under a blank FSTYPE): flat list, empty cells stay empty', () => {
    const devices = parseLsblk(sampleText('linux/lsblk-KNAME-TYPE-FSTYPE__ubuntu-debug-dump-xubuntu.txt'));
    expect(devices.map((d) => `${d.name}:${d.type}:${d.fstype}`)).toEqual([
      'sda:disk:',
      'sda1:part:ext2',
      'sda2:part:',
      'sda5:part:crypto_LUKS',
      'dm-0:crypt:LVM2_member',
      'dm-1:lvm:ext4',
      'dm-2:lvm:swap',
      'dm-3:crypt:swap',
      'sr0:rom:',
    ]);
    expect(linuxEncryption(devices).state).toBeNull();
  });

  const table = (rows: string[]) => ['NAME          TYPE  FSTYPE      MOUNTPOINTS', ...rows].join('\n');
  it.each([
    [
      'plain root',
      table(['sda           disk', '|-sda1        part  vfat        /boot/efi', '`-sda2        part  ext4        /']),
      { root: false, home: null, state: 'off' },
    ],
    [
      'encrypted root, plain /home',
      table(['sda           disk', '|-sda1        part  crypto_LUKS', '| `-root      crypt ext4        /', '`-sda2        part  ext4        /home']),
      { root: true, home: false, state: 'partial' },
    ],
    [
      'plain root, encrypted /home',
      table(['sda           disk', '|-sda1        part  ext4        /', '`-sda2        part  crypto_LUKS', '  `-home      crypt ext4        /home']),
      { root: false, home: true, state: 'partial' },
    ],
    [
      'btrfs subvolumes: one device, two mount points on two lines',
      table(['nvme0n1       disk', '`-nvme0n1p2   part  crypto_LUKS', '  `-luks      crypt btrfs       /home', '                                /']),
      { root: true, home: true, state: 'on' },
    ],
    [
      'container: the root is not a listed device',
      table(['vda           disk', 'zram0         disk  swap        [SWAP]']),
      { root: null, home: null, state: null },
    ],
  ])('%s', (_name, text, expected) => {
    expect(linuxEncryption(parseLsblk(text))).toMatchObject(expected);
  });

  it('never throws and never calls garbage encrypted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const devices = parseLsblk(text);
        expect(Array.isArray(devices)).toBe(true);
        expect([true, false, null]).toContain(mountEncrypted(devices, '/'));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('NAME TYPE FSTYPE MOUNTPOINTS', '|-', '`-', 'sda', ' disk ', 'crypt', ' / ', '\n', '  ', 'crypto_LUKS', '\u2514\u2500'), {
          maxLength: 40,
        }),
        (parts) => {
          expect(() => linuxEncryption(parseLsblk(parts.join('')))).not.toThrow();
        },
      ),
    );
  });
});

describe('fdesetup status', () => {
  const replies = fdesetupReplies();
  it('reads every reply observed on real Macs', () => {
    expect(replies).toHaveLength(5);
    expect(replies.map(parseFdesetup)).toEqual(['off', 'encrypting', 'encrypting', 'encrypting', 'on']);
  });
  it('decryption, and nonsense', () => {
    expect(parseFdesetup('FileVault is On.\nDecryption in progress: Percent completed = 12\n')).toBe('decrypting');
    expect(parseFdesetup('')).toBeNull();
    expect(parseFdesetup('FileVault is On. FileVault is Off.')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect([null, 'on', 'off', 'encrypting', 'decrypting']).toContain(parseFdesetup(s));
      }),
    );
  });
});

describe('Windows BitLocker', () => {
  it('manage-bde volume block: 100 %, Protection On, three key protectors', () => {
    const m = parseManageBde(sampleText('windows/manage-bde-status-c__intunedocs-issue-2566.txt'));
    expect(m).toEqual({ percentEncrypted: 100, protectionOn: true, keyProtectors: 3 });
    expect(manageBdeState(m)).toBe('on');
  });
  it('waiting for activation (real captures): 100 % encrypted, protection off, no key protector → waiting, not suspended', () => {
    const tr = parseManageBde(sampleText('windows/manage-bde-status-c__waiting-for-activation-tr-region-notes.txt'));
    expect(tr).toEqual({ percentEncrypted: 100, protectionOn: false, keyProtectors: 0 });
    expect(manageBdeState(tr)).toBe('waiting');
    const lenovo = parseManageBde(sampleText('windows/manage-bde-status__lenovo-clear-key-excerpt.txt'));
    expect(lenovo).toEqual({ percentEncrypted: 100, protectionOn: false, keyProtectors: 0 });
    expect(manageBdeState(lenovo)).toBe('waiting');
  });
  it('German manage-bde -status before BitLocker (every label and value translated, "0,0 %"): off, no key protector', () => {
    const m = parseManageBde(sampleText('windows/manage-bde-status__bnachtwey-it-stuff-de-decrypted.txt'));
    // "Der Schutz ist deaktiviert." is not read (only the English wording is known), the percentage decides
    expect(m).toEqual({ percentEncrypted: 0, protectionOn: null, keyProtectors: 0 });
    expect(manageBdeState(m)).toBe('off');
  });
  it('English labels with a decimal comma, a password and a recovery password as protectors: on', () => {
    const m = parseManageBde(sampleText('windows/manage-bde-status-c__dreknix-wiki-password-protector.txt'));
    expect(m).toEqual({ percentEncrypted: 100, protectionOn: true, keyProtectors: 2 });
    expect(manageBdeState(m)).toBe('on');
  });
  it('the key protectors are read by the shape of the block, so translated labels tell waiting from suspended too (labels swapped by hand)', () => {
    const block = (protectors: string) =>
      [
        '    Prozentsatz verschlüsselt:     100,0%',
        '    Schutzstatus:                  Der Schutz ist deaktiviert.',
        '    Sperrungsstatus:               Entsperrt',
        protectors,
      ].join('\r\n');
    const none = parseManageBde(block('    Schlüsselschutzvorrichtungen:  Keine gefunden'));
    expect(none).toEqual({ percentEncrypted: 100, protectionOn: null, keyProtectors: 0 });
    expect(manageBdeState(none)).toBe('waiting');
    const two = parseManageBde(block('    Schlüsselschutzvorrichtungen:\r\n        TPM\r\n        Numerisches Kennwort\r\n'));
    expect(two.keyProtectors).toBe(2);
    // protectors there, protection state not readable in German: not guessed
    expect(manageBdeState(two)).toBeNull();
    // suspended in English: protectors there, protection off
    expect(manageBdeState({ percentEncrypted: 100, protectionOn: false, keyProtectors: 2 })).toBe('suspended');
  });
  it('manage-bde in an unknown language: the percentage alone decides only off and converting', () => {
    expect(manageBdeState(parseManageBde('    Prozentsatz verschlüsselt:     0,0%\r\n'))).toBe('off');
    expect(manageBdeState(parseManageBde('    Pourcentage chiffré\u00a0:   47,5 %\r\n'))).toBe('converting');
    expect(manageBdeState(parseManageBde('    Prozentsatz verschlüsselt:     100,0%\r\n'))).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => manageBdeState(parseManageBde(s))).not.toThrow();
      }),
    );
  });
  it.each([
    [1, 'on'],
    [2, 'off'],
    [3, 'encrypting'],
    [4, 'decrypting'],
    [5, 'suspended'],
    [6, 'on'],
    [0, null],
    [null, null],
    ['1', null],
    [99, null],
  ])('shell property %j → %s', (value, state) => {
    expect(bitlockerShellState(value)).toBe(state);
  });
});

describe('evaluate', () => {
  const base: DiskEncryptionFacts = { os: 'windows', method: 'bitlocker-shell', state: 'on', reason: null };
  it.each([
    ['on', 'pass', []],
    ['encrypting', 'warn', ['fix.wait']],
    ['suspended', 'warn', ['fix.windows.suspended']],
    ['waiting', 'warn', ['fix.windows.waiting']],
    ['partial', 'warn', ['fix.windows']],
    ['converting', 'warn', ['fix.windows']],
    ['off', 'fail', ['fix.windows']],
    ['decrypting', 'fail', ['fix.windows']],
  ] as const)('%s → %s', (state, status, fixes) => {
    const f = evaluateDiskEncryption({ ...base, state, percentEncrypted: 47.5 }, { os: 'win32', release: '10.0.22631' });
    expect(f.status).toBe(status);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
    expect(f.summary[0]!.id).toBe(`state.${state}`);
    if (state === 'converting') expect(f.summary[0]!.params).toEqual({ percent: 48 });
  });
  it('no state is unknown with the reason of the facts, never a pass', () => {
    const f = evaluateDiskEncryption({ ...base, method: null, state: null, reason: { code: 'needs-admin', tool: 'manage-bde' } });
    expect(f).toMatchObject({
      status: 'unknown',
      summary: [{ id: 'unknown' }],
      remediation: [{ id: 'fix.unknown' }],
      reason: { code: 'needs-admin', tool: 'manage-bde' },
    });
  });
  it('the fix fits the OS and its version, and opens the setting', () => {
    const off = (os: string): DiskEncryptionFacts => ({ ...base, os, state: 'off' });
    expect(evaluateDiskEncryption(off('windows'), { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.windows.10' }],
      link: 'ms-settings:deviceencryption',
    });
    expect(evaluateDiskEncryption(off('windows'), { os: 'win32', release: '10.0.26100' })).toMatchObject({
      remediation: [{ id: 'fix.windows' }],
      link: 'ms-settings:deviceencryption',
    });
    expect(evaluateDiskEncryption(off('macos'), { os: 'darwin', release: '21.6.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos.12' }],
      link: 'x-apple.systempreferences:com.apple.preference.security?FileVault',
    });
    expect(evaluateDiskEncryption(off('macos'), { os: 'darwin', release: '24.1.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos' }],
      link: 'x-apple.systempreferences:com.apple.preference.security?FileVault',
    });
    expect(evaluateDiskEncryption(off('linux'), { os: 'linux', release: '6.8.0' })).toEqual({
      status: 'fail',
      summary: [{ id: 'state.off' }],
      remediation: [{ id: 'fix.linux' }],
    });
    // suspended protection is resumed in the BitLocker control panel, not turned on in Settings
    expect(evaluateDiskEncryption({ ...base, state: 'suspended' }, { os: 'win32', release: '10.0.22631' })).toEqual({
      status: 'warn',
      summary: [{ id: 'state.suspended' }],
      remediation: [{ id: 'fix.windows.suspended' }],
    });
  });
  it('every message exists in both languages with the same parameters; no English left in Bokmål', () => {
    expect(Object.keys(messages.nb).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(messages.nb[key].match(/\{\w+\}/g), key).toEqual(messages.en[key].match(/\{\w+\}/g));
      expect(messages.nb[key], key).not.toMatch(/\b(the|is|not|turn|ask|disk is|encrypted)\b/);
    }
  });
});

describe('disk-encryption replayed', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['linux-disk-encryption-fedora-luks', 'pass', { method: 'lsblk', root: true, home: true }],
    ['linux-disk-encryption-no-lsblk', 'unknown', { reason: { code: 'not-found', tool: 'lsblk' } }],
    ['darwin-disk-encryption-filevault-on', 'pass', { os: 'macos', state: 'on' }],
    ['darwin-disk-encryption-filevault-off', 'fail', { state: 'off' }],
    ['darwin-disk-encryption-filevault-encrypting', 'warn', { state: 'encrypting' }],
    ['darwin-disk-encryption-filevault-deferred', 'warn', { state: 'encrypting' }],
    ['win32-disk-encryption-bitlocker-shell-on', 'pass', { os: 'windows', method: 'bitlocker-shell' }],
    ['win32-disk-encryption-bitlocker-shell-off', 'fail', { method: 'bitlocker-shell', state: 'off' }],
    ['win32-disk-encryption-manage-bde-admin', 'pass', { method: 'manage-bde', state: 'on', percentEncrypted: 100, keyProtectors: 3 }],
    ['win32-disk-encryption-manage-bde-waiting', 'warn', { method: 'manage-bde', state: 'waiting', percentEncrypted: 100, keyProtectors: 0 }],
    ['win32-disk-encryption-no-powershell', 'unknown', { method: null, reason: { code: 'failed', tool: 'powershell' } }],
  ];
  it.each(cases)('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(diskEncryption, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    expect(DiskEncryptionFactsSchema.safeParse(c.facts).success).toBe(true);
    if (status === 'unknown') expect(c.reason).toEqual(c.facts.reason);
  });

  it('BitLocker waiting for activation (real manage-bde capture): a warning with its own message and fix, the Device encryption page to open', async () => {
    const c = await replayCheck(diskEncryption, 'win32-disk-encryption-manage-bde-waiting');
    expect(c).toMatchObject({ status: 'warn', link: 'ms-settings:deviceencryption' });
    expect(c.summary).toBe(
      'The system disk is encrypted, but BitLocker is waiting for activation: the key lies unprotected on the disk, so the encryption does not protect anything yet.',
    );
    expect(c.remediation).toMatch(/^Finish turning encryption on: sign in to Windows with your work account/);
    const nb = await replayCheck(diskEncryption, 'win32-disk-encryption-manage-bde-waiting', { lang: 'nb' });
    expect(nb.summary).toMatch(/BitLocker venter på aktivering/);
    const win10 = { ...loadBundle('win32-disk-encryption-manage-bde-waiting'), platform: { os: 'win32', release: '10.0.19045', arch: 'x64' } };
    expect((await replayCheck(diskEncryption, win10)).remediation).toMatch(/Update & Security → Device encryption/);
  });

  it('a standard user: no shell value, manage-bde refused → unknown, needs an administrator', async () => {
    const ps = JSON.parse(readFileSync(join(BUNDLES, 'win32-disk-encryption-manage-bde-admin.json'), 'utf8')).interactions[0];
    const bundle = bundleOf('win32', [
      ps,
      {
        type: 'run',
        cmd: 'manage-bde',
        args: ['-status', 'C:'],
        locale: 'c',
        result: { stdout: 'ERROR: An attempt to access a required resource was denied.\r\n', stderr: '', code: -1 },
      },
    ]);
    const c = await replayCheck(diskEncryption, bundle);
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'needs-admin', tool: 'manage-bde' });
  });

  it('garbage from a program that exits 0 is unreadable, never "not encrypted"', async () => {
    const lsblk = bundleOf('linux', [
      {
        type: 'run',
        cmd: 'lsblk',
        args: ['-i', '-o', 'NAME,TYPE,FSTYPE,LABEL,SIZE,MOUNTPOINTS'],
        locale: 'c',
        result: { stdout: 'Segmentation fault? no: hello\n', stderr: '', code: 0 },
      },
    ]);
    expect(await replayCheck(diskEncryption, lsblk)).toMatchObject({ status: 'unknown', reason: { code: 'unreadable', tool: 'lsblk' } });
    const fde = bundleOf('darwin', [{ type: 'run', cmd: 'fdesetup', args: ['status'], locale: 'c', result: { stdout: '{"x":1}\n', stderr: '', code: 0 } }]);
    expect(await replayCheck(diskEncryption, fde)).toMatchObject({ status: 'unknown', reason: { code: 'unreadable', tool: 'fdesetup' } });
  });

  it('an unknown platform: unknown, unsupported', async () => {
    expect(await replayCheck(diskEncryption, bundleOf('freebsd', []))).toMatchObject({ status: 'unknown', reason: { code: 'unsupported', detail: 'freebsd' } });
  });

  it('Bokmål: a FileVault that is off, and an unknown with its reason', async () => {
    const off = await replayCheck(diskEncryption, 'darwin-disk-encryption-filevault-off', { lang: 'nb' });
    expect(off.summary).toBe('Systemdisken er ikke kryptert: den som får tak i datamaskinen, kan lese filene på den.');
    expect(off.remediation).toMatch(/FileVault/);
    const unknown = await replayCheck(diskEncryption, 'linux-disk-encryption-no-lsblk', { lang: 'nb' });
    expect(unknown.summary).toBe('Klarte ikke å se om disken er kryptert. Årsak: det sjekken leser, finnes ikke på denne maskinen (lsblk).');
  });

  it('bundles built from samples carry the sample output unchanged', () => {
    const b = JSON.parse(readFileSync(join(BUNDLES, 'win32-disk-encryption-manage-bde-admin.json'), 'utf8'));
    const bde = b.interactions.find((i: { cmd: string }) => i.cmd === 'manage-bde');
    expect(bde.result.stdout.replace(/\r\n/g, '\n')).toBe(sampleText('windows/manage-bde-status-c__intunedocs-issue-2566.txt'));
    expect(bde.source).toMatch(/IntuneDocs\/issues\/2566/);
  });
});

describe('disk-encryption on this machine', () => {
  it('runs live through the built CLI and gives a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'disk-encryption', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'disk-encryption');
    expect(['pass', 'warn', 'fail', 'unknown']).toContain(c.status);
    if (c.status !== 'unknown') expect(c.facts.method).toBe('lsblk');
    else expect(c.reason?.code).toBeTruthy();
  });
});
