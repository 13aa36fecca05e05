/**
 * risky-apps: remote-access tools running or installed (the tools of phone fraud) and private cloud
 * sync clients running. NSM's home-office advice: beware of fraud; no private cloud storage for work
 * data (nettvett: unless agreed with the employer). A finding here is a question to the user, not an
 * accusation: many employers use one of these tools themselves, so the most it gives is a warning.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Msg } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { osKey, osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { matchRunning, runningProcesses } from '../lib/processes.js';
import { APPS_TABLE_COMPILED, riskyApps } from './apps.js';
import { messages, type RiskyAppsMessage } from './messages.js';

const AppIds = z.array(z.string().max(40)).describe('ids from the bundled apps table (checks/risky-apps/apps.ts)');

export const RiskyAppsFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z.enum(['tasklist', 'ps']).nullable().describe('where the process list was read; null when it could not be read'),
  remoteRunning: AppIds.describe('remote-access tools running now (ids from the apps table)'),
  remoteInstalled: AppIds.describe('remote-access tools installed but not running (ids from the apps table)'),
  cloudRunning: AppIds.describe('private cloud sync clients running now (ids from the apps table)'),
  tableDate: z.string().describe('the date the bundled apps table was compiled (ISO)'),
  reason: ReasonSchema.nullable().describe('why the process list could not be read'),
});
export type RiskyAppsFacts = z.infer<typeof RiskyAppsFactsSchema>;

async function collect(probe: Probe, signal: AbortSignal): Promise<RiskyAppsFacts> {
  const os = osKey(probe.platform.os);
  const empty = { remoteRunning: [], remoteInstalled: [], cloudRunning: [], tableDate: APPS_TABLE_COMPILED };
  if (!os) return { os: probe.platform.os, method: null, ...empty, reason: reason('unsupported', undefined, probe.platform.os) };
  const list = await runningProcesses(probe, os, signal);
  if (!list.names) return { os, method: null, ...empty, reason: list.reason };
  const facts: RiskyAppsFacts = {
    os,
    method: list.method,
    remoteRunning: [],
    remoteInstalled: [],
    cloudRunning: [],
    tableDate: APPS_TABLE_COMPILED,
    reason: null,
  };
  const running = new Set(matchRunning(list.names, riskyApps, os));
  for (const app of riskyApps) {
    if (!running.has(app.id)) continue;
    (app.kind === 'remote-access' ? facts.remoteRunning : facts.cloudRunning).push(app.id);
  }
  for (const app of riskyApps) {
    if (app.kind !== 'remote-access' || running.has(app.id)) continue;
    for (const path of app.installed?.[os] ?? []) {
      if (await probe.stat(path)) {
        facts.remoteInstalled.push(app.id);
        break;
      }
    }
  }
  return facts;
}

/**
 * How to remove a remote-access tool, per OS: Windows 11 calls the page Installed apps, Windows 10
 * Apps & features; both open with ms-settings:appsfeatures (learn.microsoft.com, "Launch the Windows
 * Settings app").
 */
const REMOVE: FixTable<RiskyAppsMessage> = {
  windows: [
    { id: 'fix.remote.windows.10', link: 'ms-settings:appsfeatures', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.remote.windows', link: 'ms-settings:appsfeatures' },
  ],
  macos: 'fix.remote.macos',
  linux: 'fix.remote.linux',
  other: 'fix.remote.other',
};

/** the apps' names: joined when the sentence is put into words ("A, B og C") */
const nameOf = (ids: readonly string[]) => ids.map((id) => riskyApps.find((a) => a.id === id)?.name ?? id);

export function evaluateRiskyApps(facts: RiskyAppsFacts, platform = { os: facts.os, release: '' }): Finding<RiskyAppsMessage> {
  if (!facts.method) return { status: 'unknown', summary: [{ id: 'unknown' }], reason: facts.reason ?? reason('internal') };
  const summary: Msg<RiskyAppsMessage>[] = [];
  const remediation: Msg<RiskyAppsMessage>[] = [];
  let link: string | undefined;
  if (facts.remoteRunning.length > 0) summary.push({ id: 'remote-running', params: { apps: nameOf(facts.remoteRunning) } });
  if (facts.remoteInstalled.length > 0) summary.push({ id: 'remote-installed', params: { apps: nameOf(facts.remoteInstalled) } });
  if (facts.remoteRunning.length + facts.remoteInstalled.length > 0) {
    const fix = pickFix(REMOVE, osVersionOf(platform))!;
    remediation.push({ id: 'fix.remote' }, { id: fix.id });
    link = fix.link;
  }
  if (facts.cloudRunning.length > 0) {
    summary.push({ id: 'cloud-running', params: { apps: nameOf(facts.cloudRunning) } });
    remediation.push({ id: 'fix.cloud' });
  }
  if (summary.length === 0) return { status: 'pass', summary: [{ id: 'none' }] };
  return { status: 'warn', summary, remediation, ...(link ? { link } : {}) };
}

export default defineCheck({
  id: 'risky-apps',
  category: 'data',
  weight: 3,
  sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'nsm-grunnprinsipper'],
  messages,
  facts: RiskyAppsFactsSchema,
  collect: ({ probe, signal }) => collect(probe, signal),
  evaluate: (facts, { platform }) => evaluateRiskyApps(facts, platform),
});
