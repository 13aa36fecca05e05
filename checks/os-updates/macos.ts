/**
 * macOS: version and build from `sw_vers`, waiting updates from `softwareupdate -l`. The latter asks
 * Apple's servers, so it is bounded in time, and a timeout or any answer that is not a list leaves
 * the waiting updates unknown: never a pass.
 */
import { reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { commandReason } from '../lib/reason.js';
import { blankOsFacts, pendingUnknown, type OsFacts } from './facts.js';
import { supportOf } from './support.js';

/** `softwareupdate -l` needs the network; this long and no longer */
export const SOFTWAREUPDATE_TIMEOUT_MS = 20_000;

export interface SwVers {
  productName: string | null;
  version: string;
  build: string | null;
}

/**
 * `sw_vers`: `Key:<TAB(s)>value` lines (one TAB before Big Sur, two since; ProductVersionExtra and
 * ReleaseType only sometimes). The keys are not translated.
 */
export function parseSwVers(text: string): SwVers | null {
  const values: Record<string, string> = {};
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^\s*(ProductName|ProductVersion|ProductVersionExtra|BuildVersion):\s*(.*?)\s*$/.exec(line);
    if (m && m[2]) values[m[1]!] = m[2];
  }
  const version = values.ProductVersion;
  if (!version || !/^\d+(\.\d+){0,2}$/.test(version)) return null;
  return { productName: values.ProductName ?? null, version, build: values.BuildVersion ?? null };
}

/** The release line Apple supports: the major from 11 on ('14'), '10.15' before. */
export function macMajor(version: string): string {
  const [a, b] = version.split('.');
  return a === '10' && b !== undefined ? `10.${b}` : (a ?? version);
}

export interface SoftwareUpdateList {
  total: number;
  /** macOS point releases and security responses of the running major */
  security: number;
  /** upgrades to a newer major macOS, offered beside the updates: not counted as waiting */
  majorUpgrades: number;
}

/**
 * `softwareupdate -l`: since macOS 10.15 each item is `* Label: <label>` followed by an indented
 * `Title: ..., Version: ..., Size: ..., Recommended: YES, Action: restart,` line; "No new software
 * available." (on stderr in current releases) means none. A macOS item of the running major is a
 * security-relevant update (every macOS point release carries security fixes); one of a newer major
 * is an upgrade, reported apart. Anything else (a network error, an empty answer) is null.
 */
export function parseSoftwareUpdateList(stdout: string, stderr: string, currentVersion: string | null): SoftwareUpdateList | null {
  const text = `${stdout}\n${stderr}`.replace(/\r/g, '');
  const lines = text.split('\n');
  const current = currentVersion ? macMajor(currentVersion) : null;
  let total = 0;
  let security = 0;
  let majorUpgrades = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const label = /^\s*\*\s+Label:\s*(.+?)\s*$/.exec(lines[i]!)?.[1];
    if (!label) continue;
    const detail = lines[i + 1] ?? '';
    const title = /Title:\s*([^,]+)/.exec(detail)?.[1]?.trim() ?? label;
    const version = /Version:\s*([0-9][0-9.]*)/.exec(detail)?.[1];
    const isMacos = /^macOS\b|^Mac OS X\b|^OS X\b/i.test(title) || /^macOS\b/i.test(label);
    if (isMacos && version && current && macMajor(version) !== current) {
      majorUpgrades += 1;
      continue;
    }
    total += 1;
    if (isMacos || /Security (Update|Response)|Background Security/i.test(title)) security += 1;
  }
  if (total + majorUpgrades > 0) return { total, security, majorUpgrades };
  if (/No new software available\./.test(text)) return { total: 0, security: 0, majorUpgrades: 0 };
  return null;
}

/**
 * `offline`: the user asked for no network traffic, and `softwareupdate -l` asks Apple's servers, so
 * it is not started and the waiting updates stay unknown.
 */
export async function collectMac(probe: Probe, signal?: AbortSignal, offline = false): Promise<OsFacts> {
  // daysSinceUpdate stays null: `softwareupdate --history` would tell; no captured output of it to read reliably
  const facts = blankOsFacts('macos');
  const sw = await probe.run('sw_vers', [], { timeoutMs: 5_000, signal });
  const vers = sw.failure || sw.code !== 0 ? null : parseSwVers(sw.stdout);
  if (!vers) return { ...facts, reason: commandReason('sw_vers', sw, 'no ProductVersion') };
  const version = macMajor(vers.version);
  Object.assign(facts, { name: `macOS ${vers.version}`, distro: 'macos', version, build: vers.build, productVersion: vers.version, support: supportOf('macos', version) });

  if (offline) {
    facts.pending = pendingUnknown(reason('offline', 'softwareupdate', 'softwareupdate contacts Apple; not started under --offline'));
    return facts;
  }
  const su = await probe.run('softwareupdate', ['-l'], { timeoutMs: SOFTWAREUPDATE_TIMEOUT_MS, signal });
  const list = su.failure || su.code !== 0 ? null : parseSoftwareUpdateList(su.stdout, su.stderr, vers.version);
  if (!list) {
    facts.pending = pendingUnknown(commandReason('softwareupdate', su, su.failure === 'timeout' ? `no answer within ${SOFTWAREUPDATE_TIMEOUT_MS / 1000} s` : su.failure || su.code !== 0 ? undefined : 'no list'));
    return facts;
  }
  facts.pending = { manager: 'softwareupdate', ...list, listsAgeDays: null, reason: null };
  return facts;
}
