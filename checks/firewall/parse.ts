/**
 * Parsers for the firewall state each OS gives a normal user. Pure, never throwing; structure and
 * untranslated values first, words only as a second opinion and always as whole words.
 */

export type Profile = 'domain' | 'private' | 'public';
export const PROFILES: readonly Profile[] = ['domain', 'private', 'public'];

/**
 * `netsh advfirewall show allprofiles` (or currentprofile): blocks of a title line, a line of dashes,
 * then settings. The first setting under the dashes is State, found by its place, never by its
 * translated label. Its value is ON or OFF in English, and a translated word elsewhere: a French
 * capture says "Actif" (test/fixtures/samples: netsh-advfirewall-...-fr). Words not in STATE_WORDS
 * leave the state unread (null), never guessed. In allprofiles the blocks come in the order
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
    const word = /\s(\S+)\s*$/
      .exec(lines[next] ?? '')?.[1]
      ?.normalize('NFC')
      .toLowerCase();
    blocks.push({ title, on: word !== undefined && word in STATE_WORDS ? STATE_WORDS[word]! : null });
  }
  return blocks;
}

/**
 * The State value as netsh prints it. Seen in captures: ON, OFF (en), Actif (fr). Not seen in a
 * capture: Inactif (fr, the pair of Actif), EIN and AUS (de, as two other projects' parsers for
 * German Windows expect). Any other word is left unread.
 */
const STATE_WORDS: Readonly<Record<string, boolean>> = { on: true, off: false, actif: true, inactif: false, ein: true, aus: false };

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

/** How much incoming traffic a packet filter drops: all but what is allowed, some of it, none. */
export type InputFilter = 'all' | 'some' | 'none';
const RANK: Record<InputFilter, number> = { none: 0, some: 1, all: 2 };
export const strongerFilter = (a: InputFilter | null, b: InputFilter | null): InputFilter | null =>
  a === null ? b : b === null ? a : RANK[a] >= RANK[b] ? a : b;

/** The keys of the objects `nft -j list ruleset` lists (libnftables-json(5)). */
const NFT_OBJECTS = new Set([
  'metainfo',
  'table',
  'chain',
  'rule',
  'set',
  'map',
  'element',
  'flowtable',
  'counter',
  'quota',
  'ct helper',
  'limit',
  'ct timeout',
  'ct expectation',
  'secmark',
  'synproxy',
]);
/** Statements that neither match nor decide: a rule made of these and a verdict applies to every packet. */
const NFT_NEUTRAL = new Set(['counter', 'log', 'comment']);

type NftStatement = Record<string, unknown>;
/** A drop or reject verdict: nft's own, or an iptables-nft target (`xt` target DROP/REJECT). */
function nftDrops(s: NftStatement): boolean {
  if ('drop' in s || 'reject' in s) return true;
  const xt = s.xt as { type?: unknown; name?: unknown } | undefined;
  return typeof xt === 'object' && xt !== null && xt.type === 'target' && (xt.name === 'DROP' || xt.name === 'REJECT');
}

/**
 * `nft -j list ruleset` (libnftables-json(5); JSON, never translated): how much incoming traffic
 * is dropped, per address family. A packet passes every base chain on the input hook, and a drop
 * in any of them is final: one input chain with policy drop, or with a rule that drops or rejects
 * every packet it reaches (nothing but a counter or log before the verdict), filters all incoming
 * traffic (`all`); drop or reject rules with conditions, in an input chain or a chain of its table,
 * filter `some`; otherwise `none` (an empty ruleset, or Debian's shipped policy-accept chains).
 * `inet` tables count for IPv4 and IPv6. Null for anything that is not such a listing (no
 * metainfo, an unknown object, a chain without a name).
 */
export function parseNftRuleset(text: string): { ipv4: InputFilter; ipv6: InputFilter } | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const list = (doc as { nftables?: unknown } | null)?.nftables;
  if (!Array.isArray(list)) return null;
  const chains: { family: string; table: string; name: string; hook: string | null; policy: string | null }[] = [];
  const rules = new Map<string, NftStatement[][]>();
  let meta = false;
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const keys = Object.keys(item);
    if (keys.length !== 1 || !NFT_OBJECTS.has(keys[0]!)) return null;
    const body = (item as Record<string, unknown>)[keys[0]!] as Record<string, unknown>;
    if (typeof body !== 'object' || body === null) return null;
    if (keys[0] === 'metainfo') meta = true;
    if (keys[0] === 'chain') {
      const { family, table, name, hook, policy } = body;
      if (typeof family !== 'string' || typeof table !== 'string' || typeof name !== 'string') return null;
      chains.push({ family, table, name, hook: typeof hook === 'string' ? hook : null, policy: typeof policy === 'string' ? policy : null });
    }
    if (keys[0] === 'rule') {
      const { family, table, chain, expr } = body;
      if (typeof family !== 'string' || typeof table !== 'string' || typeof chain !== 'string' || !Array.isArray(expr)) return null;
      if (!expr.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s))) return null;
      const key = JSON.stringify([family, table, chain]);
      rules.set(key, [...(rules.get(key) ?? []), expr as NftStatement[]]);
    }
  }
  if (!meta) return null;
  const out: { ipv4: InputFilter; ipv6: InputFilter } = { ipv4: 'none', ipv6: 'none' };
  for (const c of chains) {
    if (c.hook !== 'input' || !['ip', 'ip6', 'inet'].includes(c.family)) continue;
    const own = rules.get(JSON.stringify([c.family, c.table, c.name])) ?? [];
    const unconditional = own.some(
      (expr) => expr.length > 0 && nftDrops(expr[expr.length - 1]!) && expr.slice(0, -1).every((s) => Object.keys(s).every((k) => NFT_NEUTRAL.has(k))),
    );
    const tableRules = chains
      .filter((o) => o.family === c.family && o.table === c.table)
      .flatMap((o) => rules.get(JSON.stringify([o.family, o.table, o.name])) ?? []);
    const level: InputFilter = c.policy === 'drop' || unconditional ? 'all' : tableRules.some((expr) => expr.some(nftDrops)) ? 'some' : 'none';
    if (c.family !== 'ip6') out.ipv4 = strongerFilter(out.ipv4, level)!;
    if (c.family !== 'ip') out.ipv6 = strongerFilter(out.ipv6, level)!;
  }
  return out;
}

/**
 * `iptables -S` / `ip6tables -S` (the filter table as commands; never translated): `all` when the
 * INPUT policy is DROP or INPUT has a rule `-j DROP`/`-j REJECT` without conditions, `some` when
 * a DROP or REJECT rule has conditions (in INPUT or a chain of the table), else `none`. Null for
 * anything that is not such a listing (a line that is not -P/-N/-A, no INPUT policy).
 */
export function parseIptablesS(text: string): InputFilter | null {
  let policy: string | null = null;
  let unconditional = false;
  let some = false;
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const p = /^-P (\S+) (ACCEPT|DROP|REJECT)$/.exec(line);
    if (p) {
      if (p[1] === 'INPUT') policy = p[2]!;
      continue;
    }
    if (/^-N \S+$/.test(line)) continue;
    const a = /^-A (\S+) (.*)$/.exec(line);
    if (!a) return null;
    const drops = /(^| )-j (DROP|REJECT)( |$)/.test(a[2]!);
    if (drops) some = true;
    if (a[1] === 'INPUT' && /^-j (DROP|REJECT)( --reject-with \S+)?$/.test(a[2]!)) unconditional = true;
  }
  if (policy === null) return null;
  return policy !== 'ACCEPT' || unconditional ? 'all' : some ? 'some' : 'none';
}
