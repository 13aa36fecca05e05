/**
 * English words in Norwegian text. A list of common English function words and phrases that are
 * not Norwegian words (so "and", "is", "not" count; "på", "for", "sender" do not), matched as whole
 * words; product names and tool names (netsh, Windows Security) are not in it.
 */
const WORDS = [
  'the',
  'and',
  'is',
  'are',
  'was',
  'not',
  'could',
  'would',
  'should',
  'no',
  'found',
  'readable',
  'neither',
  'nor',
  'with',
  'without',
  'from',
  'this',
  'that',
  'these',
  'which',
  'when',
  'where',
  'only',
  'been',
  'has',
  'have',
  'gave',
  'give',
  'read',
  'unknown',
  'missing',
  'failed',
  'error',
  'exit',
  'code',
  'printed',
  'session',
  'desktop',
  'interface',
  'supported',
  'running',
  'installed',
  'there',
  'its',
  'of',
  'or',
  'an',
  'on',
  'off',
  'cannot',
  "can't",
  'does',
  'did',
  'while',
  'until',
  'yet',
  'any',
  'none',
  'unexpected',
  'document',
  'listed',
  'groups',
];

export const ENGLISH_IN_NORWEGIAN = new RegExp(`(?<![\\p{L}\\d_\`/.-])(${WORDS.join('|')})(?![\\p{L}\\d_\`/-])`, 'iu');

/** English words that are also Nynorsk words: "no" is Nynorsk for "now" ("akkurat no"). */
const NYNORSK_TOO = new Set(['no']);

/**
 * Words of `text` that are English, leaving out `code spans` and what stands in quotes «...». In
 * Nynorsk text (`lang` nn) the words that are Nynorsk too are not counted.
 */
export function englishWords(text: string, lang: 'nb' | 'nn' = 'nb'): string[] {
  const prose = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/\([^)]*\b(netsh|gsettings|powershell|sysadminctl|fdesetup|manage-bde|nmcli|pactl|ufw|firewalld)\b[^)]*\)/gi, ' ');
  const found: string[] = [];
  const re = new RegExp(ENGLISH_IN_NORWEGIAN.source, 'giu');
  for (const m of prose.matchAll(re)) if (lang === 'nb' || !NYNORSK_TOO.has(m[1]!.toLowerCase())) found.push(m[1]!);
  return found;
}
