/** Facts → finding for the OS check. Pure: the date comes from the facts. */
import type { LegacyFinding as Finding, MeetingContext, Status } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Policy } from '../../src/policy.js';
import type { OsFacts } from './facts.js';
import { isTableStale } from '../lib/table-age.js';
import { belowMinimum } from './minimum.js';
import { findSupport, ROLLING, SUPPORT_TABLE_COMPILED } from './support.js';

const RANK: Record<Status, number> = { skipped: 0, pass: 1, unknown: 2, warn: 3, fail: 4 };

export function evaluateOs(
  facts: OsFacts,
  policy: Policy,
  meeting?: MeetingContext,
  tableDate = SUPPORT_TABLE_COMPILED,
): Finding {
  const summary: Message[] = [];
  const remediation: Message[] = [];
  let status: Status = 'pass';
  const worsen = (s: Status) => {
    if (RANK[s] > RANK[status]) status = s;
  };
  const now = new Date(facts.now);
  const name = facts.name ?? [facts.distro, facts.version].filter(Boolean).join(' ');
  const out: Record<string, unknown> = { ...facts };

  if (!facts.distro) {
    return {
      status: 'unknown',
      summary: [msg('os.unknown-os', { reason: facts.unknownReason ?? 'no data' })],
      remediation: [msg('os.fix.unknown')],
      facts: out,
    };
  }

  // Support
  const entry = facts.version ? findSupport(facts.distro, facts.version) : undefined;
  if (ROLLING.has(facts.distro)) {
    out.supportEnds = null;
  } else if (entry) {
    out.supportEnds = entry.ends;
    const ended = new Date(`${entry.ends}T23:59:59Z`).getTime() < now.getTime();
    if (ended && facts.distro === 'windows' && facts.version === '10') {
      // Windows 10 still gets updates where the organisation enrolled it in Extended Security
      // Updates, which the machine does not tell: a warning, a failure where the meetings are red.
      const red = (meeting?.dataClass ?? policy.defaultDataClass) === 'red';
      summary.push(msg('os.win10-ended', { date: entry.ends }));
      if (!red) summary.push(msg('os.win10-red'));
      remediation.push(msg('os.fix.win10'));
      worsen(red ? 'fail' : 'warn');
    } else if (ended) {
      summary.push(msg('os.unsupported', { name, date: entry.ends }));
      remediation.push(msg('os.fix.unsupported'));
      worsen('fail');
    } else {
      summary.push(msg('os.supported', { name, date: entry.ends }));
    }
  } else {
    out.supportEnds = null;
    summary.push(msg('os.support-unknown', { name }));
    worsen('unknown');
  }

  // The organisation's lowest allowed version
  const below = belowMinimum(facts, policy);
  if (below) {
    out.belowPolicyMinimum = below;
    summary.push(msg('policy.os-below', { name, have: below.have, minimum: below.minimum }));
    remediation.push(msg('policy.os-fix'));
    worsen('fail');
  }

  // Pending updates
  if (facts.os === 'windows' && !facts.pending) {
    // Windows has no cheap offline count of waiting updates; the newest installed one speaks instead
    if (facts.latestUpdate) {
      summary.push(msg('os.win-latest', { id: facts.latestUpdate.id, date: facts.latestUpdate.date }));
      if (facts.daysSinceUpdate !== null && facts.daysSinceUpdate > policy.thresholds.maxDaysSinceUpdate) remediation.push(msg('os.fix.windows-update'));
    } else {
      summary.push(msg('os.win-no-update'));
      remediation.push(msg('os.fix.windows-update'));
      worsen('unknown');
    }
  } else if (facts.pending) {
    const { total, security } = facts.pending;
    if (security !== null && security > 0) {
      summary.push(msg('os.pending-security', { count: security }));
      worsen('fail');
    } else if (total > 0) {
      summary.push(msg('os.pending-other', { count: total }));
      worsen('warn');
    } else {
      summary.push(msg('os.pending-none'));
      if (facts.listsAgeDays !== null && facts.listsAgeDays > policy.thresholds.maxPackageListAgeDays) {
        summary.push(msg('os.stale-lists', { days: facts.listsAgeDays }));
        worsen('warn');
      }
    }
    if (total > 0) remediation.push(msg('os.fix.pending'));
    if (facts.majorUpgrades) summary.push(msg('os.mac-upgrade', { count: facts.majorUpgrades }));
  } else {
    summary.push(msg('os.pending-unknown', { reason: facts.pendingReason ?? 'no data' }));
    remediation.push(msg('os.fix.unknown'));
    worsen('unknown');
  }

  if (facts.rebootRequired) {
    summary.push(msg('os.reboot'));
    if (!remediation.some((m) => m.id === 'os.fix.pending')) remediation.push(msg('os.fix.reboot'));
    worsen('warn');
  }
  if (facts.daysSinceUpdate !== null && facts.daysSinceUpdate > policy.thresholds.maxDaysSinceUpdate) {
    summary.push(msg('os.days-since', { days: facts.daysSinceUpdate }));
    worsen('warn');
  }

  // A stale table can call a dead release alive: say so, and never pass on its word alone.
  out.supportTableDate = tableDate;
  if (isTableStale(now, tableDate, policy.thresholds.maxSupportTableAgeDays)) {
    summary.push(msg('os.table-old', { date: tableDate }));
    worsen('warn');
  }

  return { status, summary, remediation, facts: out };
}
