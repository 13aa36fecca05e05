/**
 * Real captured outputs of the macOS and Linux programs the checks read (test/fixtures/samples/,
 * each with its source in the header), fed to the parsers: every expectation is what the output
 * itself says.
 */
import { describe, expect, it } from 'vitest';
import { parsePactlSources } from '../checks/camera-mic/parse.js';
import { linuxEncryption, parseLsblk } from '../checks/disk-encryption/parse.js';
import { parseSocketfilterfw, parseUfwStatus } from '../checks/firewall/parse.js';
import { parseDnfCheckUpdate, parseOsRelease } from '../checks/os-updates/linux.js';
import { parseSoftwareUpdateList } from '../checks/os-updates/macos.js';
import { supportOfRelease } from '../checks/os-updates/support.js';
import { parseLoginctlSessions } from '../src/probe/session.js';
import { parsePmset } from '../checks/screen-lock/parse.js';
import { sampleText } from './helpers/samples.js';

describe('macOS: pmset -g custom', () => {
  it('a Japanese dotfiles capture: the AC profile is read (display 10 min, system sleep never)', () => {
    expect(parsePmset(sampleText('macos/pmset-g-custom__dotfiles-configure-mac-ja.txt'))).toEqual({
      displaySleepMinutes: 10,
      sleepMinutes: 0,
      profile: 'AC Power',
    });
  });
});

describe('macOS: socketfilterfw --getglobalstate', () => {
  it('State 2 in the words of current releases ("blocking all non-essential incoming connections") is on and blocking all', () => {
    expect(parseSocketfilterfw(sampleText('macos/socketfilterfw-getglobalstate-state2-blocking__mac-health-check-pr-8.txt'))).toEqual({
      on: true,
      blockAll: true,
    });
  });
  it('macOS 26.5.2 as shipped: State 0 is off, the --getblockall line beside it changes nothing', () => {
    expect(parseSocketfilterfw(sampleText('macos/socketfilterfw-getglobalstate-getblockall-off__macos-26.5.2-runner-notes.txt'))).toEqual({
      on: false,
      blockAll: false,
    });
  });
});

describe('macOS: softwareupdate -l', () => {
  it('a Mac mini in 2026: Command Line Tools and macOS Tahoe 26.5, the macOS item security-relevant', () => {
    const text = sampleText('macos/softwareupdate-l__mac-mini-2026-tahoe-26.5.txt');
    expect(parseSoftwareUpdateList(text, '', null)).toEqual({ total: 2, security: 1, majorUpgrades: 0 });
    expect(parseSoftwareUpdateList(text, '', '26.4.1')).toEqual({ total: 2, security: 1, majorUpgrades: 0 });
    // on macOS 15 the same list offers Tahoe as an upgrade, not an update
    expect(parseSoftwareUpdateList(text, '', '15.7.4')).toEqual({ total: 1, security: 0, majorUpgrades: 1 });
  });
  it('the old format of OS X 10.11 (before "* Label:"), its title translated: one update of the running major', () => {
    const text = sampleText('macos/softwareupdate-list-old-format__macos-notes-zh-tw-10.11.5.txt');
    expect(parseSoftwareUpdateList(text, '', '10.11.5')).toEqual({ total: 1, security: 1, majorUpgrades: 0 });
  });
});

describe('Linux: /etc/os-release', () => {
  // [file, ID, VERSION_ID, the end of security support, where that end comes from]
  const table: [string, string, string | undefined, string | null, 'os-release' | 'table' | 'rolling'][] = [
    ['llama-cpp-issue-6184-popos-22.04', 'pop', '22.04', '2027-06-01', 'table'],
    ['python-install-notes-zh-fedora39', 'fedora', '39', '2024-05-14', 'os-release'],
    ['blog-notes-zh-linuxmint21.2', 'linuxmint', '21.2', '2027-04-30', 'table'],
    ['aws-notes-debian12', 'debian', '12', '2028-06-30', 'table'],
    ['riscv-boot-log-opensuse-tumbleweed', 'opensuse-tumbleweed', '20240115', null, 'rolling'],
    ['python-distro-almalinux10', 'almalinux', '10.0', '2035-06-01', 'os-release'],
    ['python-distro-rocky9', 'rocky', '9.3', '2032-05-31', 'os-release'],
    ['python-distro-ubuntu2504', 'ubuntu', '25.04', '2026-01-15', 'table'],
  ];
  for (const [name, id, version, ends, source] of table) {
    it(`${name}: ${id} ${version ?? ''}, supported until ${ends ?? '(rolling)'} (${source})`, () => {
      const release = parseOsRelease(sampleText(`linux/etc-os-release__${name}.txt`));
      expect([release.ID, release.VERSION_ID]).toEqual([id, version]);
      expect(release.PRETTY_NAME).toBeTruthy();
      const support = supportOfRelease(release);
      expect(support.ends).toBe(ends);
      expect(support.rolling ? 'rolling' : support.source).toBe(source);
    });
  }
  it('Pop!_OS is not in the table: its Ubuntu base (UBUNTU_CODENAME=jammy) gives the end; without the codename it stays unknown', () => {
    const release = parseOsRelease(sampleText('linux/etc-os-release__llama-cpp-issue-6184-popos-22.04.txt'));
    const { UBUNTU_CODENAME: _base, ...withoutBase } = release;
    expect(supportOfRelease(withoutBase).ends).toBeNull();
    expect(supportOfRelease({ ...withoutBase, UBUNTU_CODENAME: 'vera-nonexistent' }).ends).toBeNull();
  });
});

describe('Linux: loginctl list-sessions', () => {
  const read = (name: string) => parseLoginctlSessions(sampleText(`linux/loginctl-list-sessions__${name}.txt`));
  it('systemd 256 columns (SEAT LEADER CLASS), a seatless session shown as "-": the user at seat0', () => {
    expect(read('logind-poker-readme-systemd256')).toEqual({ users: ['whot'], root: false });
  });
  it('only the gdm greeter has a seat, the user is on a remote desktop: nobody is at the screen', () => {
    expect(read('remote-desktop-notes-pt-gdm-greeter')).toEqual({ users: [], root: false });
  });
  it("root's own sessions over SSH have no seat: root is not at the machine, bird is", () => {
    expect(read('nixos-witness-root-over-ssh')).toEqual({ users: ['bird'], root: false });
  });
  it('systemd 219 (wide columns, no TTY column), the legend and the count line of plain loginctl', () => {
    expect(read('systemd-issue-536-livecd-2015')).toEqual({ users: ['liveuser'], root: false });
  });
  it('elogind: root and larry each on a console of seat0', () => {
    expect(read('gentoo-wiki-elogind')).toEqual({ users: ['larry'], root: true });
  });
});

describe('Linux: lsblk', () => {
  const read = (name: string) => parseLsblk(sampleText(`linux/${name}.txt`));
  it('Ubuntu full-disk encryption (SIZE before TYPE, UTF-8 tree): / on LVM inside LUKS', () => {
    const devices = read('lsblk-e7-o-name-size-type-fstype-mountpoint__ubuntuforums-legg2-luks-lvm');
    expect(devices.find((d) => d.mountpoints.includes('/'))).toMatchObject({ name: 'ubuntu--vg-root', type: 'lvm', fstype: 'ext4' });
    expect(linuxEncryption(devices)).toEqual({ root: true, home: null, anyEncrypted: true, state: 'on' });
  });
  it('/boot and / each in their own LUKS layer, ten encrypted data disks beside them ("│ └─" two levels deep)', () => {
    const devices = read('lsblk-e7-o-name-size-type-fstype-mountpoint__ubuntuforums-fst001-luks-boot-and-root');
    const boot = devices.find((d) => d.mountpoints.includes('/boot'))!;
    expect([boot.name, boot.type, devices[boot.parent!]!.name]).toEqual(['LUKS_BOOT', 'crypt', 'sda1']);
    expect(devices.filter((d) => d.type === 'crypt')).toHaveLength(13);
    expect(linuxEncryption(devices)).toEqual({ root: true, home: null, anyEncrypted: true, state: 'on' });
  });
  it('ext4 straight on LUKS, the table indented and VENDOR/MODEL after MOUNTPOINT', () => {
    const devices = read('lsblk-o-name-size-type-fstype-mountpoint-vendor-model__benchmark-readme-luks-root');
    expect(devices.find((d) => d.mountpoints.includes('/'))).toMatchObject({ name: 'root', type: 'crypt', fstype: 'ext4', depth: 4 });
    expect(linuxEncryption(devices).state).toBe('on');
  });
  it("Fedora's LUKS + btrfs: the mapping's long name alone on its row, its cells on the next, / on a row of its own under a │", () => {
    const devices = read('lsblk-o-NAME-SIZE-FSTYPE-LABEL-MOUNTPOINT__fedora-backup-guide-es-luks-btrfs-wrapped');
    expect(devices.map((d) => d.name)).toEqual(['sda', 'sda1', 'sda2', 'sda3', 'luks-197405dc-ce24-4896-8658-e0abb0d620f8', 'sda4']);
    const luks = devices[4]!;
    expect([luks.fstype, luks.mountpoints, devices[luks.parent!]!.fstype]).toEqual(['btrfs', ['/home', '/'], 'crypto_LUKS']);
    expect(linuxEncryption(devices)).toEqual({ root: true, home: true, anyEncrypted: true, state: 'on' });
  });
  it('plain lsblk on a server: / is the third mount point of sda1, under a │ — read, and not encrypted', () => {
    const devices = read('lsblk-default-columns__vps-audit-dump-ubuntu22.04-docker');
    expect(devices.find((d) => d.name === 'sda1')?.mountpoints).toEqual([
      '/var/lib/docker/volumes/radijas-v2_hls-data/_data',
      '/var/lib/docker/volumes/radijas-v2_status-data/_data',
      '/',
    ]);
    expect(linuxEncryption(devices)).toEqual({ root: false, home: null, anyEncrypted: false, state: 'off' });
  });
  it('a second mount point under a │ of the -i tree belongs to the device above, also with a TYPE column', () => {
    const text = [
      'NAME            TYPE  FSTYPE      LABEL SIZE MOUNTPOINTS',
      'nvme0n1         disk                    477G ',
      '|-nvme0n1p1     part  vfat              600M /boot/efi',
      '|-nvme0n1p2     part  btrfs       root  400G /home',
      '|                                            /',
      '`-nvme0n1p3     part  swap               16G [SWAP]',
    ].join('\n');
    expect(parseLsblk(text)[2]!.mountpoints).toEqual(['/home', '/']);
    expect(linuxEncryption(parseLsblk(text))).toMatchObject({ root: false, home: false, state: 'off' });
  });
});

describe('Linux: ufw status', () => {
  it('Ubuntu 24.04.4 before ufw was ever enabled: inactive', () => {
    expect(parseUfwStatus(sampleText('linux/ufw-status-verbose-inactive__server-setup-log-ubuntu-24.04.4.txt'))).toBe(false);
  });
  it('verbose, with the Logging/Default lines and rules: active', () => {
    expect(parseUfwStatus(sampleText('linux/ufw-status-verbose__devserver-setup-notes.txt'))).toBe(true);
  });
});

describe('Linux: pactl list short sources (PipeWire)', () => {
  it('a Raspberry Pi: the USB adapter is the one microphone; four monitors (one line damaged in the copy) are not', () => {
    const list = parsePactlSources(sampleText('linux/pactl-list-short-sources__rpi-lab-sheet-pipewire-plugable-usb.txt'));
    expect(list?.names).toEqual(['Plugable Plugable USB Audio Device']);
    expect(list?.skipped).toHaveLength(4);
  });
  it("a laptop's built-in input beside its speakers' monitor", () => {
    const list = parsePactlSources(sampleText('linux/pactl-list-short-sources__stdinman-readme-pipewire-builtin.txt'));
    expect(list).toEqual({ names: ['pci-0000_00_1f.3.3 analog-stereo'], skipped: ['pci-0000_00_1f.3.3 analog-stereo (monitor)'], problems: [] });
  });
});

describe('Linux: dnf check-update', () => {
  it("Fedora 35, nothing waiting, only the repositories' metadata download lines: none, not unreadable", () => {
    const text = sampleText('linux/dnf-check-update-none-metadata-progress__fedora35-dev-setup-notes.txt');
    expect(parseDnfCheckUpdate(text, 0)).toEqual({ total: 0, security: null });
    // exit 100 promises packages: progress lines alone are not a list
    expect(parseDnfCheckUpdate(text, 100)).toBeNull();
  });
});
