/**
 * risky-apps: remote-access tools running or installed (the tools of phone fraud) and private cloud
 * sync clients running. NSM's home-office advice: beware of fraud; no private cloud storage for work
 * data (nettvett: unless agreed with the employer). A finding here is a question to the user, not an
 * accusation: many employers use one of these tools themselves, so the most it gives is a warning.
 */
import { defineLegacyCheck, type LegacyFinding as Finding } from '../../src/check.js';
import { msg, type Message } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { APPS_TABLE_COMPILED, riskyApps } from './apps.js';
import { matchRunning, parsePsComm, parseTasklistCsv, type OsKey } from './parse.js';

export interface RiskyAppsFacts {
  [key: string]: unknown;
  os: string;
  method: 'tasklist' | 'ps' | null;
  /** ids from the apps table */
  remoteRunning: string[];
  remoteInstalled: string[];
  cloudRunning: string[];
  tableDate: string;
  reason: string | null;
}

export const TASKLIST_ARGS = ['/fo', 'csv', '/nh'];
export const PS_ARGS = ['-A', '-o', 'comm='];

const OS_KEY: Record<string, OsKey> = { win32: 'windows', darwin: 'macos', linux: 'linux' };

async function collect(probe: Probe, signal: AbortSignal): Promise<RiskyAppsFacts> {
  const os = OS_KEY[probe.platform.os];
  const empty = { remoteRunning: [], remoteInstalled: [], cloudRunning: [], tableDate: APPS_TABLE_COMPILED };
  if (!os) return { os: probe.platform.os, method: null, ...empty, reason: `not supported on ${probe.platform.os}` };
  const windows = os === 'windows';
  const r = windows
    ? await probe.run('tasklist', TASKLIST_ARGS, { timeoutMs: 15_000, signal })
    : await probe.run('ps', PS_ARGS, { timeoutMs: 10_000, signal });
  const names = r.failure || r.code !== 0 ? [] : windows ? parseTasklistCsv(r.stdout) : parsePsComm(r.stdout);
  const facts: RiskyAppsFacts = { os, method: names.length > 0 ? (windows ? 'tasklist' : 'ps') : null, ...empty, reason: null };
  if (names.length === 0) {
    facts.reason = r.failure ? `${windows ? 'tasklist' : 'ps'} ${r.failure}` : r.code !== 0 ? `exit code ${r.code}` : 'empty process list';
    return facts;
  }
  const running = new Set(matchRunning(names, riskyApps, os));
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

const nameOf = (ids: readonly string[]) => ids.map((id) => riskyApps.find((a) => a.id === id)?.name ?? id).join(', ');

export function evaluateRiskyApps(facts: RiskyAppsFacts): Finding {
  const out = { ...facts };
  if (!facts.method) return { status: 'unknown', summary: [msg('apps.unknown', { reason: facts.reason ?? 'no data' })], remediation: [], facts: out };
  const summary: Message[] = [];
  const remediation: Message[] = [];
  if (facts.remoteRunning.length > 0) summary.push(msg('apps.remote-running', { apps: nameOf(facts.remoteRunning) }));
  if (facts.remoteInstalled.length > 0) summary.push(msg('apps.remote-installed', { apps: nameOf(facts.remoteInstalled) }));
  if (facts.remoteRunning.length + facts.remoteInstalled.length > 0) remediation.push(msg('apps.fix.remote'));
  if (facts.cloudRunning.length > 0) {
    summary.push(msg('apps.cloud-running', { apps: nameOf(facts.cloudRunning) }));
    remediation.push(msg('apps.fix.cloud'));
  }
  if (summary.length === 0) return { status: 'pass', summary: [msg('apps.none')], remediation: [], facts: out };
  return { status: 'warn', summary, remediation, facts: out };
}

export default defineLegacyCheck<RiskyAppsFacts>({
  id: 'risky-apps',
  category: 'data',
  weight: 3,
  sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'nsm-grunnprinsipper'],
  title: 'apps.title',
  collect: ({ probe, signal }) => collect(probe, signal),
  evaluate: (facts) => evaluateRiskyApps(facts),
});
