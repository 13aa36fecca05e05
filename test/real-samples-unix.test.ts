/**
 * Real captured outputs of the macOS and Linux programs the checks read (test/fixtures/samples/,
 * each with its source in the header), fed to the parsers: every expectation is what the output
 * itself says.
 */
import { describe, expect, it } from 'vitest';
import { parseSocketfilterfw } from '../checks/firewall/parse.js';
import { parseSoftwareUpdateList } from '../checks/os-updates/macos.js';
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
