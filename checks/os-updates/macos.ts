/**
 * macOS: version and build from `sw_vers`; waiting updates first from the result of Software
 * Update's last background check (`defaults read /Library/Preferences/com.apple.SoftwareUpdate`,
 * readable by every user, no network), then, when that is not from the last day, from
 * `softwareupdate -l`. The latter asks Apple's servers, so it is bounded in time; when it does not
 * answer, the older cached result is used with its age, and only when there is none are the waiting
 * updates unknown: never a pass.
 */
import { reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { isJsonObject } from '../lib/json.js';
import { commandReason } from '../lib/reason.js';
import { blankOsFacts, pendingUnknown, type OsFacts } from './facts.js';
import { supportOf } from './support.js';

/** `softwareupdate -l` needs the network; this long and no longer */
export const SOFTWAREUPDATE_TIMEOUT_MS = 20_000;

/** Software Update's preferences: the result of its last check lives here (LastSuccessfulDate, RecommendedUpdates) */
export const SOFTWARE_UPDATE_DOMAIN = '/Library/Preferences/com.apple.SoftwareUpdate';

/** A cached result this many days old or newer is used as it stands; macOS checks in the background daily */
export const CACHE_FRESH_DAYS = 1;

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
  /** macOS point releases and security responses of the running major; null when only a count is known */
  security: number | null;
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
  const items: { label: string; title: string; version: string | undefined }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const label = /^\s*\*\s+Label:\s*(.+?)\s*$/.exec(lines[i]!)?.[1];
    if (!label) continue;
    const detail = lines[i + 1] ?? '';
    items.push({ label, title: /Title:\s*([^,]+)/.exec(detail)?.[1]?.trim() ?? label, version: /Version:\s*([0-9][0-9.]*)/.exec(detail)?.[1] });
  }
  if (items.length === 0) items.push(...oldStyleItems(lines));
  if (items.length > 0) return classifyUpdates(items, currentVersion);
  if (/No new software available\./.test(text)) return { total: 0, security: 0, majorUpgrades: 0 };
  return null;
}

/**
 * The list as macOS 10.14 and older print it: `   * <name>` (`-` for one not recommended), then
 * an indented `<title> (<version>), <size>K [recommended] [restart]`; the title may be translated
 * ("OS X El Capitan 更新"), the shape is not. Only pairs of such lines count.
 */
function oldStyleItems(lines: readonly string[]): { label: string; title: string; version: string | undefined }[] {
  const items: { label: string; title: string; version: string | undefined }[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const label = /^\s*[*-]\s+(\S.*?)\s*$/.exec(lines[i]!)?.[1];
    const detail = /^\s+(\S.*?),?\s*\(([^()]*)\),\s*\d+K?\b/.exec(lines[i + 1]!);
    if (!label || !detail) continue;
    items.push({ label, title: detail[1]!.trim(), version: /^[0-9][0-9.]*$/.test(detail[2]!.trim()) ? detail[2]!.trim() : undefined });
    i += 1;
  }
  return items;
}

/**
 * Updates offered, told apart: a macOS item of the running major is a security-relevant update
 * (every macOS point release carries security fixes), one of a newer major is an upgrade, reported
 * apart; Security Updates and Responses count as security, anything else (Safari, Command Line
 * Tools) as an update.
 */
function classifyUpdates(items: readonly { label?: string; title: string; version: string | undefined }[], currentVersion: string | null): SoftwareUpdateList {
  const current = currentVersion ? macMajor(currentVersion) : null;
  let total = 0;
  let security = 0;
  let majorUpgrades = 0;
  for (const { label, title, version } of items) {
    const isMacos = /^macOS\b|^Mac OS X\b|^OS X\b/i.test(title) || /^macOS\b/i.test(label ?? '');
    if (isMacos && version && current && macMajor(version) !== current) {
      majorUpgrades += 1;
      continue;
    }
    total += 1;
    if (isMacos || /Security (Update|Response)|Background Security/i.test(title)) security += 1;
  }
  return { total, security, majorUpgrades };
}

/**
 * The old-style property list `defaults read` prints: `{ key = value; ... }`, `( a, b )`, strings
 * quoted (with backslash escapes) or bare. Null when the text is not one whole such value.
 */
export function parseOldStylePlist(text: string): unknown {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
  };
  const fail = Symbol('fail');
  const value = (depth: number): unknown => {
    if (depth > 20) return fail;
    ws();
    const c = text[i];
    if (c === '{') {
      i += 1;
      const out: Record<string, unknown> = {};
      for (;;) {
        ws();
        if (text[i] === '}') {
          i += 1;
          return out;
        }
        const key = value(depth + 1);
        if (typeof key !== 'string') return fail;
        ws();
        if (text[i] !== '=') return fail;
        i += 1;
        const v = value(depth + 1);
        if (v === fail) return fail;
        ws();
        if (text[i] !== ';') return fail;
        i += 1;
        out[key] = v;
      }
    }
    if (c === '(') {
      i += 1;
      const out: unknown[] = [];
      ws();
      if (text[i] === ')') {
        i += 1;
        return out;
      }
      for (;;) {
        const v = value(depth + 1);
        if (v === fail) return fail;
        out.push(v);
        ws();
        if (text[i] === ',') {
          i += 1;
          ws();
          if (text[i] === ')') {
            i += 1;
            return out;
          }
          continue;
        }
        if (text[i] === ')') {
          i += 1;
          return out;
        }
        return fail;
      }
    }
    if (c === '"') {
      i += 1;
      let out = '';
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          const e = text[i + 1]!;
          const u = e === 'U' ? /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2)) : null;
          if (u) {
            out += String.fromCharCode(Number.parseInt(u[0], 16));
            i += 6;
            continue;
          }
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i += 2;
          continue;
        }
        out += text[i];
        i += 1;
      }
      if (text[i] !== '"') return fail;
      i += 1;
      return out;
    }
    const bare = /^[A-Za-z0-9_$+/:.-]+/.exec(text.slice(i));
    if (!bare) return fail;
    i += bare[0].length;
    return bare[0];
  };
  const result = value(0);
  ws();
  return result === fail || i !== text.length ? null : result;
}

export interface CachedUpdates extends SoftwareUpdateList {
  /** when Software Update last checked successfully (ISO) */
  checkedAt: string;
}

/**
 * What Software Update's preferences say of its last check: LastSuccessfulDate ("2021-02-23
 * 07:52:51 +0000"), and the updates it recommended (RecommendedUpdates, each with "Display Name" and
 * "Display Version"; LastRecommendedUpdatesAvailable when the list is missing). Null when the text
 * is not that dictionary, or it holds no successful check.
 */
export function parseSoftwareUpdatePrefs(text: string, currentVersion: string | null): CachedUpdates | null {
  const prefs = parseOldStylePlist(text.trim());
  if (!isJsonObject(prefs)) return null;
  const when =
    typeof prefs.LastSuccessfulDate === 'string' ? /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(prefs.LastSuccessfulDate) : null;
  const ms = when ? Date.parse(`${when[1]}T${when[2]}${when[3]}:${when[4]}`) : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  const checkedAt = new Date(ms).toISOString();
  const list = prefs.RecommendedUpdates;
  if (Array.isArray(list)) {
    const items = list.filter(isJsonObject).map((u) => ({
      title: String(u['Display Name'] ?? u.Identifier ?? ''),
      version: typeof u['Display Version'] === 'string' ? u['Display Version'] : undefined,
    }));
    if (items.length !== list.length) return null;
    return { ...classifyUpdates(items, currentVersion), checkedAt };
  }
  const count =
    typeof prefs.LastRecommendedUpdatesAvailable === 'string' && /^\d{1,4}$/.test(prefs.LastRecommendedUpdatesAvailable)
      ? Number(prefs.LastRecommendedUpdatesAvailable)
      : null;
  return count === null ? null : { total: count, security: count > 0 ? null : 0, majorUpgrades: 0, checkedAt };
}

const DAY = 86_400_000;

/**
 * `offline`: the user asked for no network traffic, and `softwareupdate -l` asks Apple's servers, so
 * it is not started; the cached result of the last background check is still read (a local file).
 */
export async function collectMac(probe: Probe, signal?: AbortSignal, offline = false): Promise<OsFacts> {
  // daysSinceUpdate stays null: `softwareupdate --history` would tell; no captured output of it to read reliably
  const facts = blankOsFacts('macos');
  const sw = await probe.run('sw_vers', [], { timeoutMs: 5_000, signal });
  const vers = sw.failure || sw.code !== 0 ? null : parseSwVers(sw.stdout);
  if (!vers) return { ...facts, reason: commandReason('sw_vers', sw, 'no ProductVersion') };
  const version = macMajor(vers.version);
  Object.assign(facts, {
    name: `macOS ${vers.version}`,
    distro: 'macos',
    version,
    build: vers.build,
    productVersion: vers.version,
    support: supportOf('macos', version),
  });

  const now = probe.now().getTime();
  const d = await probe.run('defaults', ['read', SOFTWARE_UPDATE_DOMAIN], { timeoutMs: 5_000, signal });
  const cached = d.failure || d.code !== 0 ? null : parseSoftwareUpdatePrefs(d.stdout, vers.version);
  const cacheAge = cached ? Math.max(0, Math.floor((now - Date.parse(cached.checkedAt)) / DAY)) : null;
  const fromCache = (): OsFacts => {
    const { checkedAt, ...counts } = cached!;
    facts.pending = { manager: 'softwareupdate', ...counts, checked: 'cache', checkedAt, listsAgeDays: cacheAge, reason: null };
    return facts;
  };
  if (cached && cacheAge !== null && cacheAge <= CACHE_FRESH_DAYS) return fromCache();

  if (offline) {
    if (cached) return fromCache();
    facts.pending = pendingUnknown(reason('offline', 'softwareupdate', 'softwareupdate contacts Apple; not started under --offline'));
    return facts;
  }
  const su = await probe.run('softwareupdate', ['-l'], { timeoutMs: SOFTWAREUPDATE_TIMEOUT_MS, signal });
  const list = su.failure || su.code !== 0 ? null : parseSoftwareUpdateList(su.stdout, su.stderr, vers.version);
  if (list) {
    facts.pending = { manager: 'softwareupdate', ...list, checked: 'now', listsAgeDays: null, reason: null };
    return facts;
  }
  // softwareupdate did not answer: an older cached result, said with its age, is better than none
  if (cached) return fromCache();
  facts.pending = pendingUnknown(
    commandReason(
      'softwareupdate',
      su,
      su.failure === 'timeout' ? `no answer within ${SOFTWAREUPDATE_TIMEOUT_MS / 1000} s` : su.failure || su.code !== 0 ? undefined : 'no list',
    ),
  );
  return facts;
}
