/** Facts → finding for the video-apps check. Pure: the moment of the run and the options come from the engine. */
import { z } from 'zod';
import { reason, type EvaluateContext, type Finding, type Msg, type Status } from '../../src/check.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { worstOf } from '../lib/status.js';
import { isTableStale } from '../lib/table-age.js';
import { videoApps, type CurrencyRule, type Platform, type VideoApp } from './data.js';
import type { VideoAppsFacts } from './facts.js';
import type { VideoAppsMessage } from './messages.js';
import { compareVersions, teamsBuildDate } from './parse.js';

export const VideoAppsOptionsSchema = z
  .object({
    maxSupportTableAgeDays: z
      .number()
      .int()
      .positive()
      .default(365)
      .describe("age of the tool's own table of minimum versions before the check says so and stops passing on its word"),
  })
  .strict()
  .describe('thresholds of the video-apps check');
export type VideoAppsOptions = z.infer<typeof VideoAppsOptionsSchema>;

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

type M = Msg<VideoAppsMessage>;

function sentence(j: Judged): M {
  const app = j.app.name;
  const version = j.version ?? '?';
  switch (j.currency) {
    case 'retired':
      return { id: 'retired', params: { app } };
    case 'outdated':
      return j.rule.kind === 'max-age'
        ? { id: 'outdated-age', params: { app, version, date: j.buildDate ?? '?', days: j.rule.days } }
        : { id: 'outdated', params: { app, version, minimum: j.rule.kind === 'minimum' ? j.rule.version : '?' } };
    case 'current':
      return j.rule.kind === 'max-age'
        ? { id: 'current-age', params: { app, version, date: j.buildDate ?? '?' } }
        : { id: 'current', params: { app, version, minimum: j.rule.kind === 'minimum' ? j.rule.version : '?' } };
    case 'unjudged':
      return j.version === null ? { id: 'version-unknown', params: { app } } : { id: 'unjudged', params: { app, version } };
  }
}

/** the apps' names, each once: joined when the sentence is put into words ("A, B og C") */
const names = (list: readonly Judged[]) => [...new Set(list.map((j) => j.app.name))];

/** Removing a client its vendor no longer supports: where each OS does it. */
const RETIRED: FixTable<VideoAppsMessage> = {
  windows: [
    { id: 'fix.retired.windows.10', link: 'ms-settings:appsfeatures', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.retired.windows', link: 'ms-settings:appsfeatures' },
  ],
  macos: 'fix.retired.macos',
  other: 'fix.retired',
};

export function evaluateVideoApps(facts: VideoAppsFacts, { options, meeting, platform, now }: EvaluateContext<VideoAppsOptions>): Finding<VideoAppsMessage> {
  if (!facts.method) {
    return {
      status: 'unknown',
      summary: [{ id: 'unknown' }],
      remediation: [{ id: 'fix.unknown' }],
      reason: facts.reason ?? reason('internal', undefined, 'no list and no reason'),
    };
  }
  const judged: Judged[] = [];
  const seen = new Set<string>();
  for (const item of facts.installed) {
    const app = videoApps.find((a) => a.id === item.id);
    const key = `${item.id}\u0000${item.version ?? ''}`;
    if (!app || seen.has(key)) continue;
    seen.add(key);
    judged.push(judge(app, item.version, facts.os, now));
  }
  const appxUnread = facts.appx !== null && !facts.appx.read;

  if (judged.length === 0) {
    if (appxUnread) {
      // the new Teams is an Appx package: when those cannot be listed, "none" would be a guess
      return { status: 'unknown', summary: [{ id: 'appx-unknown' }], remediation: [{ id: 'fix.unknown' }], reason: facts.appx?.reason ?? reason('internal') };
    }
    // Nothing installed is not a failure (every tool in the guidance also runs in the browser), and
    // not a pass either: nothing shows this computer is ready for the meeting's tool. A warning that
    // says what to do before the meeting is the honest middle; `unknown` would be wrong, because the
    // list could be read.
    return { status: 'warn', summary: [{ id: 'none' }], remediation: [{ id: 'fix.none' }] };
  }

  const statuses: Status[] = [];
  const summary: M[] = judged.map(sentence);
  const remediation: M[] = [];
  let link: string | undefined;
  const outdated = judged.filter((j) => j.currency === 'outdated');
  const retired = judged.filter((j) => j.currency === 'retired');
  const current = judged.filter((j) => j.currency === 'current');
  if (outdated.length > 0) remediation.push({ id: 'fix.update', params: { apps: names(outdated) } });
  if (retired.length > 0) {
    const fix = pickFix(RETIRED, osVersionOf(platform));
    if (fix) {
      remediation.push({ id: fix.id, params: { apps: names(retired) } });
      link = fix.link;
    }
  }
  let why: Finding['reason'];
  // A client older than its vendor lets into meetings cannot join: the employee cannot take part
  // (a blocker where the meeting is red, or its class is not known). A retired client still runs,
  // without security updates: a warning.
  if (outdated.length > 0) statuses.push('fail');
  if (retired.length > 0) statuses.push('warn');
  if (outdated.length + retired.length === 0 && current.length === 0) {
    // only clients this tool cannot judge: say so rather than pass on their word
    statuses.push('unknown');
    remediation.push({ id: 'fix.unknown' });
    const unread = judged.find((j) => j.version === null);
    why = unread ? reason('unreadable', unread.app.id, 'version not stated') : reason('not-in-table', judged[0]!.app.id, 'no minimum version published');
  }
  if (appxUnread) summary.push({ id: 'appx-unknown' });

  if (judged.some((j) => j.rule.kind !== 'none') && isTableStale(now, facts.tableDate, options.maxSupportTableAgeDays)) {
    summary.push({ id: 'table-old', params: { date: facts.tableDate } });
    statuses.push('warn');
  }
  const status = worstOf(statuses);
  const blocker = outdated.length > 0 && meeting.redRules;
  return { status, ...(blocker ? { blocker } : {}), summary, remediation, ...(link ? { link } : {}), ...(status === 'unknown' && why ? { reason: why } : {}) };
}
