/** Facts → finding for the video-apps check. Pure: the moment of the run comes from the facts. */
import type { LegacyFinding as Finding, Status } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Policy } from '../../src/policy.js';
import { isTableStale } from '../lib/table-age.js';
import { VIDEO_APPS_TABLE_COMPILED, videoApps, type CurrencyRule, type Platform, type VideoApp } from './data.js';
import { compareVersions, teamsBuildDate } from './parse.js';

export interface InstalledApp {
  /** an id of the table in data.ts */
  id: string;
  /** the version the OS states, or null when it could not be read */
  version: string | null;
}

export interface VideoAppsFacts {
  [key: string]: unknown;
  os: Platform | string;
  /** when the facts were gathered (ISO); null when nothing was gathered */
  now: string | null;
  /** Linux: dpkg when Debian packages could be read, else flatpak when only system-wide Flatpaks could */
  method: 'plist' | 'registry' | 'dpkg' | 'flatpak' | null;
  installed: InstalledApp[];
  /** Windows: false when Get-AppxPackage failed, so the new Teams could not be looked for */
  appxReadable: boolean | null;
  reason: string | null;
}

export type Currency = 'current' | 'outdated' | 'retired' | 'unjudged';

export interface Judged {
  app: VideoApp;
  version: string | null;
  currency: Currency;
  rule: CurrencyRule;
  /** new Teams: the build date its version carries */
  buildDate?: string;
}

const DAY = 86_400_000;
const NONE: CurrencyRule = { kind: 'none' };

export function judge(app: VideoApp, version: string | null, os: string, now: Date): Judged {
  const rule = app.rule[os as Platform] ?? NONE;
  const base = { app, version, rule };
  switch (rule.kind) {
    case 'retired':
      return { ...base, currency: 'retired' };
    case 'minimum': {
      const cmp = version === null ? null : compareVersions(version, rule.version);
      return { ...base, currency: cmp === null ? 'unjudged' : cmp < 0 ? 'outdated' : 'current' };
    }
    case 'max-age': {
      const buildDate = version === null ? null : teamsBuildDate(version);
      if (!buildDate) return { ...base, currency: 'unjudged' };
      const age = (now.getTime() - new Date(`${buildDate}T00:00:00Z`).getTime()) / DAY;
      return { ...base, buildDate, currency: age > rule.days ? 'outdated' : 'current' };
    }
    case 'none':
      return { ...base, currency: 'unjudged' };
  }
}

const RANK: Record<Status, number> = { skipped: 0, pass: 1, unknown: 2, warn: 3, fail: 4 };

function sentence(j: Judged): Message {
  const app = j.app.name;
  const version = j.version ?? '?';
  switch (j.currency) {
    case 'retired':
      return msg('vapps.retired', { app });
    case 'outdated':
      return j.rule.kind === 'max-age'
        ? msg('vapps.outdated-age', { app, version, date: j.buildDate ?? '?', days: j.rule.days })
        : msg('vapps.outdated', { app, version, minimum: j.rule.kind === 'minimum' ? j.rule.version : '?' });
    case 'current':
      return j.rule.kind === 'max-age' ? msg('vapps.current-age', { app, version, date: j.buildDate ?? '?' }) : msg('vapps.current', { app, version, minimum: j.rule.kind === 'minimum' ? j.rule.version : '?' });
    case 'unjudged':
      return j.version === null ? msg('vapps.version-unknown', { app }) : msg('vapps.unjudged', { app, version });
  }
}

const names = (list: readonly Judged[]) => [...new Set(list.map((j) => j.app.name))].join(', ');

export function evaluateVideoApps(facts: VideoAppsFacts, policy: Policy, tableDate = VIDEO_APPS_TABLE_COMPILED): Finding {
  const out: Record<string, unknown> = { ...facts, tableDate };
  if (!facts.method || !facts.now) {
    return { status: 'unknown', summary: [msg('vapps.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('vapps.fix.unknown')], facts: out };
  }
  const now = new Date(facts.now);
  const judged: Judged[] = [];
  const seen = new Set<string>();
  for (const item of facts.installed) {
    const app = videoApps.find((a) => a.id === item.id);
    const key = `${item.id}\u0000${item.version ?? ''}`;
    if (!app || seen.has(key)) continue;
    seen.add(key);
    judged.push(judge(app, item.version, facts.os, now));
  }
  out.apps = judged.map((j) => ({ id: j.app.id, version: j.version, currency: j.currency, ...(j.buildDate ? { buildDate: j.buildDate } : {}) }));

  if (judged.length === 0) {
    if (facts.appxReadable === false) {
      // the new Teams is an Appx package: when those cannot be listed, "none" would be a guess
      return { status: 'unknown', summary: [msg('vapps.appx-unknown')], remediation: [msg('vapps.fix.unknown')], facts: out };
    }
    // Nothing installed is not a failure (every tool in the guidance also runs in the browser), and
    // not a pass either: nothing shows this computer is ready for the meeting's tool. A warning that
    // says what to do before the meeting is the honest middle; `unknown` would be wrong, because the
    // list could be read.
    return { status: 'warn', summary: [msg('vapps.none')], remediation: [msg('vapps.fix.none')], facts: out };
  }

  let status: Status = 'pass';
  const worsen = (s: Status) => {
    if (RANK[s] > RANK[status]) status = s;
  };
  const summary = judged.map(sentence);
  const remediation: Message[] = [];
  const outdated = judged.filter((j) => j.currency === 'outdated');
  const retired = judged.filter((j) => j.currency === 'retired');
  const current = judged.filter((j) => j.currency === 'current');
  if (outdated.length > 0) remediation.push(msg('vapps.fix.update', { apps: names(outdated) }));
  if (retired.length > 0) remediation.push(msg('vapps.fix.retired', { apps: names(retired) }));
  if (outdated.length + retired.length > 0) worsen('warn');
  else if (current.length === 0) {
    // only clients this tool cannot judge: say so rather than pass on their word
    worsen('unknown');
    remediation.push(msg('vapps.fix.unknown'));
  }
  if (facts.appxReadable === false) summary.push(msg('vapps.appx-unknown'));

  if (judged.some((j) => j.rule.kind !== 'none') && isTableStale(now, tableDate, policy.thresholds.maxSupportTableAgeDays)) {
    summary.push(msg('vapps.table-old', { date: tableDate }));
    worsen('warn');
  }
  return { status, summary, remediation, facts: out };
}
