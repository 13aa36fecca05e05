/** Facts → finding for the OS check. Pure: the moment, the meeting and the options come from the engine. */
import { z } from 'zod';
import { reason, type EvaluateContext, type Finding, type Msg, type Reason, type Status } from '../../src/check.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { worstOf } from '../lib/status.js';
import { isTableStale } from '../lib/table-age.js';
import type { OsFacts } from './facts.js';
import type { OsUpdatesMessage } from './messages.js';
import { belowMinimum } from './minimum.js';

export const OsUpdatesOptionsSchema = z
  .object({
    maxDaysSinceUpdate: z
      .number()
      .int()
      .positive()
      .default(35)
      .describe('days since the last installed update (Windows) or software change (Linux) before the check warns'),
    maxPackageListAgeDays: z.number().int().positive().default(14).describe("age of the package manager's lists before a count of none is doubted"),
    maxSupportTableAgeDays: z
      .number()
      .int()
      .positive()
      .default(365)
      .describe("age of the tool's own end-of-support table before the check says so and stops passing on its word"),
    minWindowsBuild: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe('lowest Windows build allowed, e.g. 22631 (Windows 11 23H2); null: any supported build'),
    minMacosMajor: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe('lowest macOS major version allowed, e.g. 14 (Sonoma); null: any supported version'),
  })
  .strict()
  .describe('thresholds of the operating system check');
export type OsUpdatesOptions = z.infer<typeof OsUpdatesOptionsSchema>;

/** Install the waiting updates: where each OS keeps them. */
const UPDATE: FixTable<OsUpdatesMessage> = {
  windows: [{ id: 'fix.update.windows', link: 'ms-settings:windowsupdate' }],
  macos: [
    { id: 'fix.update.macos.12', link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate', when: { macosMajor: { below: 13 } } },
    { id: 'fix.update.macos', link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension' },
  ],
  linux: 'fix.update.linux',
  other: 'fix.update',
};

/** Move to a supported release. */
const UPGRADE: FixTable<OsUpdatesMessage> = {
  windows: [
    { id: 'fix.upgrade.windows.10-old', link: 'ms-settings:windowsupdate', when: { windowsBuild: { below: 19045 } } },
    { id: 'fix.upgrade.windows.10', link: 'ms-settings:windowsupdate', when: { windowsBuild: { min: 19045, below: 22000 } } },
    { id: 'fix.upgrade.windows', link: 'ms-settings:windowsupdate' },
  ],
  macos: [
    { id: 'fix.upgrade.macos.12', link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate', when: { macosMajor: { below: 13 } } },
    { id: 'fix.upgrade.macos', link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension' },
  ],
  other: 'fix.upgrade',
};

const REBOOT: FixTable<OsUpdatesMessage> = { windows: 'fix.reboot.windows', other: 'fix.reboot' };

/**
 * The platform to pick fixes for: the recorded one, with the version the facts read when the
 * platform's release says nothing (a hand-made bundle says "replayed").
 */
function versionFor(facts: OsFacts, platform: EvaluateContext<unknown>['platform']) {
  const v = osVersionOf(platform);
  if (v.os === 'windows' && v.windowsBuild === null) v.windowsBuild = Number.parseInt(facts.build ?? '', 10) || null;
  if (v.os === 'macos' && v.macosMajor === null) v.macosMajor = Number.parseInt(facts.productVersion ?? facts.version ?? '', 10) || null;
  return v;
}

export function evaluateOs(facts: OsFacts, { options, meeting, platform, now }: EvaluateContext<OsUpdatesOptions>): Finding<OsUpdatesMessage> {
  const version = versionFor(facts, platform);
  const update = pickFix(UPDATE, version);
  const summary: Msg<OsUpdatesMessage>[] = [];
  const fixes: { id: OsUpdatesMessage; link?: string }[] = [];
  const statuses: Status[] = [];
  const unknowns: Reason[] = [];
  const fix = (f: { id: OsUpdatesMessage; link?: string } | null) => {
    if (f && !fixes.some((x) => x.id === f.id)) fixes.push(f);
  };
  /** an operating system out of support blocks a red meeting */
  let blocker = false;
  const finish = (): Finding<OsUpdatesMessage> => {
    const status = worstOf(statuses);
    const first = fixes.find((f) => f.link);
    return {
      status,
      ...(status === 'fail' && blocker ? { blocker: true } : {}),
      summary,
      remediation: fixes.map((f) => ({ id: f.id })),
      ...(first?.link ? { link: first.link } : {}),
      ...(status === 'unknown' ? { reason: unknowns[0] ?? reason('internal') } : {}),
    };
  };

  if (!facts.distro) {
    summary.push({ id: 'unknown-os' });
    fix(update);
    statuses.push('unknown');
    unknowns.push(facts.reason ?? reason('internal', undefined, 'no operating system and no reason'));
    return finish();
  }
  const name = facts.name ?? [facts.distro, facts.version].filter(Boolean).join(' ');

  // Support
  const ends = facts.support?.ends ?? null;
  // Confidential meetings, and those whose class the employee does not know, get the red rules
  const red = meeting.redRules;
  let supported = facts.support?.rolling === true || (ends !== null && new Date(`${ends}T23:59:59Z`).getTime() >= now.getTime());
  if (facts.support?.rolling) summary.push({ id: 'rolling', params: { name } });
  else if (ends) {
    const ended = !supported;
    const latest = facts.latestUpdate?.date ?? null;
    if (ended && facts.support?.esu && latest !== null && latest > ends) {
      // an update newer than the end arrived: the machine is enrolled in Extended Security Updates
      summary.push({ id: 'win10-esu', params: { name, date: ends, latest } });
      supported = true;
    } else if (ended && facts.support?.esu && latest === null) {
      // Windows 10 22H2 may still get updates by enrolment, which the machine does not tell when
      // no update date can be read: a warning, a failure (and a blocker) where the meeting is red.
      summary.push({ id: 'win10-ended', params: { date: ends } });
      if (!red) summary.push({ id: 'win10-red' });
      fix(pickFix(UPGRADE, version));
      statuses.push(red ? 'fail' : 'warn');
      blocker = red;
    } else if (ended) {
      // out of support, in every meeting class; a blocker where the meeting is red
      summary.push({ id: facts.support?.esu ? 'win10-no-esu' : 'unsupported', params: { name, date: ends } });
      if (facts.distro === 'windows' && facts.version?.startsWith('10-') && !facts.support?.esu) summary.push({ id: 'win10-no-esu-version' });
      fix(pickFix(UPGRADE, version));
      statuses.push('fail');
      blocker = red;
    } else summary.push({ id: 'supported', params: { name, date: ends } });
  } else {
    summary.push({ id: 'support-unknown', params: { name } });
    statuses.push('unknown');
    unknowns.push(reason('not-in-table', undefined, `${facts.distro} ${facts.version ?? '(no version)'}`));
  }

  // The organisation's lowest allowed version
  const below = belowMinimum(facts, options);
  if (below) {
    summary.push({ id: 'below-minimum', params: { name, have: below.have, minimum: below.minimum } });
    fix({ id: 'fix.below-minimum' });
    statuses.push('fail');
  }

  // Waiting updates
  const stale = facts.daysSinceUpdate !== null && facts.daysSinceUpdate > options.maxDaysSinceUpdate;
  if (facts.os === 'windows' && !facts.pending) {
    // Windows has no cheap offline count of waiting updates; the newest installed one speaks instead
    if (facts.latestUpdate) {
      summary.push({ id: 'win-latest', params: { id: facts.latestUpdate.id, date: facts.latestUpdate.date } });
      if (stale) fix(update);
    } else {
      summary.push({ id: 'win-no-update' });
      fix(update);
      statuses.push('unknown');
      unknowns.push(reason('unreadable', 'Get-HotFix', 'no installed update with a readable date'));
    }
  } else if (facts.pending && facts.pending.total !== null) {
    const { total, security } = facts.pending;
    if (security !== null && security > 0) {
      summary.push(security === 1 ? { id: 'pending-security.one' } : { id: 'pending-security.many', params: { count: security } });
      statuses.push('fail');
    } else if (total > 0) {
      summary.push(total === 1 ? { id: 'pending-other.one' } : { id: 'pending-other.many', params: { count: total } });
      statuses.push('warn');
    } else {
      summary.push({ id: 'pending-none' });
      const lists = facts.pending.listsAgeDays;
      if (lists !== null && lists > options.maxPackageListAgeDays) {
        summary.push({ id: facts.pending.manager === 'softwareupdate' ? 'stale-check' : 'stale-lists', params: { days: lists } });
        statuses.push('warn');
      }
    }
    if (facts.pending.checked === 'cache' && facts.pending.checkedAt)
      summary.push({ id: 'from-cache', params: { date: facts.pending.checkedAt.slice(0, 10) } });
    if (total > 0) fix(update);
    const upgrades = facts.pending.majorUpgrades ?? 0;
    if (upgrades > 0) summary.push(upgrades === 1 ? { id: 'mac-upgrade.one' } : { id: 'mac-upgrade.many', params: { count: upgrades } });
  } else {
    summary.push({ id: 'pending-unknown' });
    fix(update);
    // On a Mac the count is often out of reach (softwareupdate needs Apple's servers, and no
    // background check was recorded): the version alone then judges, and a release that still gets
    // updates is a warning to check by hand, not an unknown that hides that it is supported.
    statuses.push(facts.os === 'macos' && supported ? 'warn' : 'unknown');
    unknowns.push(facts.pending?.reason ?? reason('internal', undefined, 'no count and no reason'));
  }

  if (facts.rebootRequired) {
    summary.push({ id: 'reboot' });
    if (!fixes.some((f) => f.id === update?.id)) fix(pickFix(REBOOT, version));
    statuses.push('warn');
  }
  if (stale) {
    summary.push({ id: facts.os === 'windows' ? 'days-since.windows' : 'days-since', params: { days: facts.daysSinceUpdate! } });
    fix(update);
    statuses.push('warn');
  }

  // A stale table can call a dead release alive: say so, and never pass on its word alone.
  const tableDate = facts.support?.tableDate;
  if (tableDate && isTableStale(now, tableDate, options.maxSupportTableAgeDays)) {
    summary.push({ id: 'table-old', params: { date: tableDate } });
    statuses.push('warn');
  }
  return finish();
}
