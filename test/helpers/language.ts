import { IntlMessageFormat } from 'intl-messageformat';

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

/** An ICU template's prose (every branch); text that is not a template as it is. */
function withoutArguments(text: string): string {
  if (!text.includes('{')) return text;
  try {
    return icuProse(text);
  } catch {
    return text;
  }
}

/** English words that are also Nynorsk words: "no" is Nynorsk for "now" ("akkurat no"). */
const NYNORSK_TOO = new Set(['no']);

/**
 * Words of `text` that are English, leaving out `code spans` and what stands in quotes «...». In
 * Nynorsk text (`lang` nn) the words that are Nynorsk too are not counted.
 */
export function englishWords(text: string, lang: 'nb' | 'nn' = 'nb'): string[] {
  const prose = withoutArguments(text)
    .replace(/\{\w+\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/\([^)]*\b(netsh|gsettings|powershell|sysadminctl|fdesetup|manage-bde|nmcli|pactl|ufw|firewalld)\b[^)]*\)/gi, ' ');
  const found: string[] = [];
  const re = new RegExp(ENGLISH_IN_NORWEGIAN.source, 'giu');
  for (const m of prose.matchAll(re)) if (lang === 'nb' || !NYNORSK_TOO.has(m[1]!.toLowerCase())) found.push(m[1]!);
  return found;
}

/**
 * The parts of an ICU MessageFormat template (src/i18n): its arguments with their kind, and its
 * prose (the literal text, the branches of plural and select included, arguments left out). Read
 * from intl-messageformat's own parse, so nested plurals count as the library sees them.
 */
type Ast = ReturnType<IntlMessageFormat['getAst']>;
/** element types of the ICU parser intl-messageformat uses (@formatjs/icu-messageformat-parser TYPE) */
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;
const TAG = 8;

export type ArgumentKind = 'text' | 'number' | 'date' | 'select';

/** The template's parse; throws on a template intl-messageformat cannot read. */
export function parseTemplate(template: string): Ast {
  return new IntlMessageFormat(template, 'en-GB', undefined, { ignoreTag: true }).getAst();
}

function walk(ast: Ast, visit: (el: Ast[number]) => void): void {
  for (const el of ast) {
    visit(el);
    if (el.type === SELECT || el.type === PLURAL) for (const option of Object.values(el.options)) walk(option.value, visit);
    if (el.type === TAG) walk(el.children, visit);
  }
}

/** Each argument once, as "name:kind"; numbers and plurals are one kind (a count may be either), so are dates and times. */
export function icuArguments(template: string): string[] {
  const found = new Set<string>();
  walk(parseTemplate(template), (el) => {
    if (el.type === ARGUMENT) found.add(`${el.value}:text`);
    else if (el.type === NUMBER || el.type === PLURAL) found.add(`${el.value}:number`);
    else if (el.type === DATE || el.type === TIME) found.add(`${el.value}:date`);
    else if (el.type === SELECT) found.add(`${el.value}:select`);
  });
  return [...found].sort();
}

/** The arguments' names, whatever their kind: `{n}` and `{n, plural, …}` name the same one. */
export function icuParams(template: string): string[] {
  return [...new Set(icuArguments(template).map((a) => a.split(':')[0]!))].sort();
}

/** The arguments by name with their kind. */
export function argumentKinds(template: string): Map<string, ArgumentKind> {
  return new Map(icuArguments(template).map((a) => a.split(':') as [string, ArgumentKind]));
}

/** The words of the template a reader sees whatever the parameters: literals and every branch, an argument as a space. */
export function icuProse(template: string): string {
  const out: string[] = [];
  const prose = (ast: Ast) => {
    for (const el of ast) {
      if (el.type === LITERAL) out.push(el.value);
      else if (el.type === POUND) out.push(' ');
      else if (el.type === SELECT || el.type === PLURAL) {
        for (const option of Object.values(el.options)) {
          out.push(' ');
          prose(option.value);
          out.push(' ');
        }
      } else if (el.type === TAG) prose(el.children);
      else out.push(' ');
    }
  };
  prose(parseTemplate(template));
  return out.join('');
}
