/**
 * `netsh wlan show interfaces` in any display language. Pure, never throwing.
 *
 * Structure first, labels second:
 * - every interface block holds a `GUID` line whose value is GUID-shaped (the label is `GUID` in
 *   every captured language); a block starts two entries before it (name, description);
 * - the authentication and cipher values are mostly untranslated tokens (`WPA2-Personal`, `CCMP`);
 *   only "open" and "none" are translated (`Offen`, `Ouvrir`, `Abierta`; `Keine`, `Aucun`, `Ninguna`);
 * - when no label is known, the authentication is the entry right after the radio type (a value
 *   starting with `802.11`), and the cipher the entry after that, as in every captured language;
 * - a connected interface has an `SSID` entry (the label is `SSID` everywhere); a disconnected one
 *   has none.
 * The labels below are a first pass. Those marked "seen" appear in the captured samples (en, de, fr,
 * es, it, zh-CN). No Norwegian, Swedish or Danish netsh output or label list could be found: those entries
 * are likely translations, NOT confirmed by a capture, which is why nothing depends on labels alone
 * (a test replaces every label of every captured language with made-up words and still reads right).
 */
import type { WifiSecurity } from './facts.js';

export interface NetshInterface {
  /** true/false from the state word or the structure; null when neither tells */
  connected: boolean | null;
  /** the raw state word, e.g. `connected`, `Verbunden` */
  state: string | null;
  authentication: string | null;
  cipher: string | null;
  security: WifiSecurity;
}

interface Entry {
  label: string;
  /** the label normalised for lookups */
  key: string;
  value: string;
}

const GUID = /^[0-9a-fx]{8}-[0-9a-fx]{4}-[0-9a-fx]{4}-[0-9a-fx]{4}-[0-9a-fx]{12}$/i;

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Labels of the authentication line. */
const AUTH_LABELS = new Set(
  [
    'authentication', // en, seen
    'authentifizierung', // de, seen
    'authentification', // fr, seen
    'autenticación', // es, seen
    'autenticazione', // it, seen
    'godkjenning', // nb, not seen in a capture
    'autentisering', // nb/sv, not seen in a capture
    'godkendelse', // da, not seen in a capture
    '身份验证', // zh-CN, seen
  ].map(norm),
);

const CIPHER_LABELS = new Set(
  [
    'cipher', // en, seen
    'verschlüsselungsverfahren', // de, seen
    'chiffrement', // fr, seen
    'cifrado', // es, seen
    'crittografia', // it, seen
    'chiffer', // nb/sv/da, not seen in a capture
    'kryptering', // nb/da, not seen in a capture
    '密码', // zh-CN, seen
  ].map(norm),
);

const STATE_LABELS = new Set(
  [
    'state', // en, seen
    'status', // de, seen
    'état', // fr, seen
    'estado', // es, seen
    'stato', // it, seen
    'tilstand', // nb/da, not seen in a capture
    'tillstånd', // sv, not seen in a capture
    '状态', // zh-CN, seen
  ].map(norm),
);

/** State words. Seen: connected, disconnected, Verbunden, connecté, conectado, connessa, 已连接, 已断开连接; the nb, sv and da ones are not confirmed by a capture. */
const CONNECTED_WORDS = new Set(
  ['connected', 'verbunden', 'connecté', 'conectado', 'connessa', 'connesso', 'tilkoblet', 'ansluten', 'forbundet', 'tilsluttet', '已连接'].map(norm),
);
const DISCONNECTED_WORDS = new Set(
  [
    'disconnected',
    'getrennt',
    'déconnecté',
    'desconectado',
    'disconnessa',
    'disconnesso',
    'frakoblet',
    'frånkopplad',
    'afbrudt',
    '已断开连接',
    'associating',
    'authenticating',
    'disconnecting',
    'discovering',
    'not ready',
  ].map(norm),
);

/**
 * "Open" as netsh translates it. Seen: Open, Offen, Ouvrir, Abierta. Others not seen in a capture
 * (zh-CN 开放式 and 无 from the word table of a Chinese netsh wrapper that was tested on zh-CN Windows).
 */
const OPEN_WORDS = new Set(
  ['open', 'offen', 'ouvrir', 'ouvert', 'ouverte', 'abierta', 'abierto', 'aperta', 'aperto', 'åpen', 'öppen', 'åben', '开放式'].map(norm),
);
/** "None" as a cipher. Seen: Aucun (fr), Ninguna (es); the others are not confirmed by a capture. */
const NONE_WORDS = new Set(['none', 'keine', 'kein', 'aucun', 'aucune', 'ninguna', 'ninguno', 'nessuna', 'nessuno', 'ingen', '无'].map(norm));

const AUTH_TOKEN = /^(wpa3|wpa2|wpa|owe|shared|wep)\b/i;
/**
 * "Enterprise" after WPA2/WPA3. netsh translates it in some languages: zh-CN "WPA2 - 企业" (seen in a
 * capture, beside "WPA2 - 个人" for Personal); zh-TW 企業, ja エンタープライズ and ko 엔터프라이즈 are not
 * seen in a capture. Without such a word the network is read as Personal.
 */
const ENTERPRISE = /enterprise|eap|企业|企業|エンタープライズ|엔터프라이즈/;
const CIPHER_TOKEN = /^(ccmp|gcmp|aes|tkip|wep)/i;

function entries(block: string[]): Entry[] {
  const out: Entry[] = [];
  for (const line of block) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const label = line.slice(0, at).trim();
    if (!label) continue;
    out.push({ label, key: norm(label), value: line.slice(at + 1).trim() });
  }
  return out;
}

/** Cut the output into interface blocks of entries. */
function blocks(text: string): Entry[][] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u202F]/g, ' ')
    .split('\n');
  // indented lines only: headers ("There is 1 interface on the system:") start at the margin
  const all = entries(lines.filter((l) => /^\s+\S/.test(l)));
  const guids = all.map((e, i) => (e.key === 'guid' || GUID.test(e.value) ? i : -1)).filter((i) => i >= 0);
  if (guids.length === 0) return all.length > 0 ? [all] : [];
  const starts = guids.map((g) => Math.max(0, g - 2));
  return starts.map((s, k) => all.slice(s, k + 1 < starts.length ? starts[k + 1] : all.length));
}

function find(list: Entry[], labels: Set<string>): Entry | undefined {
  return list.find((e) => labels.has(e.key));
}

/** Classify an authentication word and a cipher word as netsh prints them. */
export function classifyNetsh(authentication: string | null, cipher: string | null): WifiSecurity {
  const auth = authentication ? norm(authentication) : '';
  const c = cipher ? norm(cipher) : '';
  const tkip = /tkip/.test(c);
  const wep = /wep/.test(c);
  if (!auth) return wep ? 'wep' : 'unknown';
  if (/wpa3/.test(auth) && (ENTERPRISE.test(auth) || /192/.test(auth))) return 'wpa3-enterprise';
  if (/wpa3/.test(auth)) return 'wpa3-personal';
  if (/wpa2/.test(auth) && ENTERPRISE.test(auth)) return tkip ? 'wpa' : 'wpa2-enterprise';
  if (/wpa2/.test(auth)) return tkip ? 'wpa' : 'wpa2-personal';
  if (/^wpa\b/.test(auth)) return 'wpa';
  if (/^owe\b/.test(auth)) return 'owe';
  if (/^shared\b/.test(auth) || wep) return 'wep';
  if (OPEN_WORDS.has(auth)) return c === '' || NONE_WORDS.has(c) ? 'open' : 'unknown';
  return 'unknown';
}

function parseBlock(list: Entry[]): NetshInterface {
  const stateEntry = find(list, STATE_LABELS);
  const state = stateEntry?.value || null;
  let auth = find(list, AUTH_LABELS);
  let cipher = find(list, CIPHER_LABELS);
  const radio = list.findIndex((e) => /^802\.11/i.test(e.value));
  // never take a network's own name for a security word: an SSID or a profile may read "WPA2-Guest"
  const named = (e: Entry) => e.key === 'ssid' || e.key === 'bssid' || e.key.endsWith('bssid');
  if (!auth && radio >= 0 && list[radio + 1] && !named(list[radio + 1]!)) {
    // the entry after the radio type, as in every captured language
    auth = list[radio + 1];
  }
  if (!auth) {
    // value tokens: WPA2-Personal, OWE ... are not translated
    auth = list.find((e) => !named(e) && AUTH_TOKEN.test(e.value));
  }
  if (!cipher && auth) {
    const next = list[list.indexOf(auth) + 1];
    if (next && !named(next) && (NONE_WORDS.has(norm(next.value)) || CIPHER_TOKEN.test(next.value))) cipher = next;
  }
  if (!cipher) cipher = list.find((e) => e !== auth && !named(e) && CIPHER_TOKEN.test(e.value));
  const hasSsid = list.some((e) => e.key === 'ssid');
  let connected: boolean | null = null;
  const word = state ? norm(state) : '';
  if (CONNECTED_WORDS.has(word)) connected = true;
  else if (DISCONNECTED_WORDS.has(word)) connected = false;
  else if (hasSsid && (auth || radio >= 0)) connected = true;
  else if (list.some((e) => e.key === 'guid') && !hasSsid) connected = false;
  const authValue = auth?.value || null;
  const cipherValue = cipher?.value || null;
  const security = connected ? classifyNetsh(authValue, cipherValue) : 'unknown';
  // a word that was not recognised is not passed on: it could be a network's or a profile's name
  return {
    connected,
    state,
    authentication: security === 'unknown' ? null : authValue,
    cipher: cipherValue && (CIPHER_TOKEN.test(cipherValue) || NONE_WORDS.has(norm(cipherValue))) ? cipherValue : null,
    security,
  };
}

export function parseNetshInterfaces(text: string): NetshInterface[] {
  try {
    return blocks(String(text)).map(parseBlock);
  } catch {
    return [];
  }
}

/**
 * Windows 11 24H2 and later show WLAN data only to programs allowed to use location: with Location
 * off, `netsh wlan show interfaces` exits 1 and prints, instead of the interface blocks, a notice
 * that names the Settings page by its URI, `ms-settings:privacy-location` (the URI is not
 * translated), then "Function WlanQueryInterface returns error 5". Seen in English captures only:
 * the URI, else the English sentence, is what is recognised; error 5 alone is only "denied".
 * learn.microsoft.com/windows/win32/nativewifi/wi-fi-access-location-changes describes the change.
 */
export function netshRefusal(text: string): 'location-off' | 'denied' | null {
  const t = String(text);
  if (/ms-settings:privacy-location/i.test(t) || /need location permission to access WLAN/i.test(t)) return 'location-off';
  if (/WlanQueryInterface\D{1,40}\b5\b/.test(t)) return 'denied';
  return null;
}
