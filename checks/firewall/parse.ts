/**
 * Parsers for the firewall state each OS gives a normal user. Pure, never throwing; structure and
 * untranslated values first, words only as a second opinion and always as whole words.
 */

export type Profile = 'domain' | 'private' | 'public';
export const PROFILES: readonly Profile[] = ['domain', 'private', 'public'];

/**
 * `netsh advfirewall show allprofiles` (or currentprofile): blocks of a title line, a line of dashes,
 * then settings. The first setting under the dashes is State, whose value is ON or OFF in every
 * display language (only the labels are translated). In allprofiles the blocks come in the order
 * Domain, Private, Public; titles are only used to confirm that order when they are English.
 * Returns the state of each block found, in order.
 */
export function parseNetshFirewall(text: string): { title: string; on: boolean | null }[] {
  const lines = text.replace(/\r/g, '').split('\n');
  const blocks: { title: string; on: boolean | null }[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (!/^-{10,}\s*$/.test(lines[i]!)) continue;
    const title = lines[i - 1]!.trim();
    let next = i + 1;
    while (next < lines.length && !lines[next]!.trim()) next += 1;
    const value = /\s(ON|OFF)\s*$/.exec(lines[next] ?? '')?.[1];
    blocks.push({ title, on: value === 'ON' ? true : value === 'OFF' ? false : null });
  }
  return blocks;
}

/** The three profiles of an allprofiles answer; null when the answer does not have three blocks. */
export function netshProfiles(text: string): Record<Profile, boolean | null> | null {
  const blocks = parseNetshFirewall(text);
  if (blocks.length !== 3) return null;
  const english = blocks.map((b) => /^(Domain|Private|Public) Profile/i.exec(b.title)?.[1]?.toLowerCase());
  if (english.every(Boolean) && english.join() !== 'domain,private,public') return null;
  return { domain: blocks[0]!.on, private: blocks[1]!.on, public: blocks[2]!.on };
}

/**
 * `socketfilterfw --getglobalstate`: "Firewall is enabled. (State = 1)". The number is the part that
 * does not change with the language or the macOS release: 0 off, 1 on, 2 on and blocking all
 * incoming connections (whose text no longer says "enabled" on newer releases). Without a number,
 * the whole words "enabled"/"disabled" decide.
 */
export function parseSocketfilterfw(text: string): { on: boolean; blockAll: boolean } | null {
  const state = /\(\s*State\s*=\s*(\d)\s*\)/i.exec(text)?.[1];
  if (state === '0') return { on: false, blockAll: false };
  if (state === '1') return { on: true, blockAll: false };
  if (state === '2') return { on: true, blockAll: true };
  if (state !== undefined) return null;
  const enabled = /\benabled\b/i.test(text);
  const disabled = /\bdisabled\b/i.test(text);
  if (enabled === disabled) return null;
  return { on: enabled, blockAll: false };
}

/**
 * `ufw status` (run with LC_ALL=C): "Status: active" / "Status: inactive". "inactive" contains
 * "active", so the value is matched as a whole word on the Status line only.
 */
export function parseUfwStatus(text: string): boolean | null {
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^\s*Status:\s*(\S+)\s*$/.exec(line);
    if (m?.[1] === 'active') return true;
    if (m?.[1] === 'inactive') return false;
  }
  return null;
}

/**
 * /etc/ufw/ufw.conf (world-readable; ufw-framework(8)): `ENABLED=yes|no` says whether ufw is started
 * at boot, which `ufw enable` and `ufw disable` set. Comments and other keys are ignored.
 */
export function parseUfwConf(text: string): boolean | null {
  let value: boolean | null = null;
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^\s*ENABLED\s*=\s*["']?(yes|no)["']?\s*$/i.exec(line);
    if (m) value = m[1]!.toLowerCase() === 'yes';
  }
  return value;
}

/**
 * The firewall section's JSON: each profile's Enabled as the GpoBoolean enum's name (True, False,
 * NotConfigured; never translated), keyed by the profile's name (Domain, Private, Public: the
 * CIM keys, not display names), and the third-party products. Null for anything else.
 * The shape is the check's own script's; Get-NetFirewallProfile's fields rest on Microsoft's
 * documentation (NetSecurity module), not on a captured output.
 */
export function parseFirewallJson(json: unknown): { profiles: Record<Profile, boolean | null>; products: string[] } | null {
  if (typeof json !== 'object' || json === null) return null;
  const doc = json as { profiles?: unknown; products?: unknown };
  const list = Array.isArray(doc.profiles) ? doc.profiles : doc.profiles && typeof doc.profiles === 'object' ? [doc.profiles] : null;
  if (!list || list.length !== 3) return null;
  const profiles: Record<Profile, boolean | null> = { domain: null, private: null, public: null };
  const seen = new Set<Profile>();
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { name, enabled } = entry as { name?: unknown; enabled?: unknown };
    const profile = typeof name === 'string' ? (name.toLowerCase() as Profile) : null;
    if (!profile || !PROFILES.includes(profile) || seen.has(profile)) return null;
    seen.add(profile);
    profiles[profile] = enabled === 'True' || enabled === true ? true : enabled === 'False' || enabled === false ? false : null;
  }
  const raw = Array.isArray(doc.products) ? doc.products : typeof doc.products === 'string' ? [doc.products] : [];
  const products = raw
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '' && !/^Windows (Defender )?Firewall$/i.test(p.trim()))
    .map((p) => p.trim().slice(0, 200));
  return { profiles, products };
}
