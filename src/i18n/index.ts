import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageId } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { nnGuidance } from './nn-guidance.js';

export type { MessageId } from './en.js';
/** Norwegian Bokmål, Norwegian Nynorsk, English. */
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** The locale whose Intl rules (numbers, dates, plurals) a language's text follows. */
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * Where a language looks when one of its texts is missing: Nynorsk readers read Bokmål before
 * English. The types and a test hold every catalogue complete; this only keeps a slip readable.
 */
const FALLBACK: Record<Lang, readonly Lang[]> = { nb: ['nb', 'en'], nn: ['nn', 'nb', 'en'], en: ['en'] };

export const catalogues: Record<Lang, Record<MessageId, string>> = {
  en,
  nb,
  // the guidance texts' Nynorsk (nn-guidance.ts) over the rest: where both have a key, the guidance's is the newer meaning
  nn: { ...nn, ...nnGuidance },
};

/**
 * A parameter: text as is; a number is formatted by the template ({n, number}, {n, plural, …}); a
 * date by {d, date, long}; a list of texts is joined as the language writes it ("A, B og C", see listOf).
 */
export type MessageParams = Record<string, string | number | Date | readonly string[]>;

/** A message not yet put into words: an id and its parameters. Findings carry these. */
export interface Message {
  id: MessageId;
  params?: MessageParams;
}

export function msg(id: MessageId, params?: MessageParams): Message {
  return params ? { id, params } : { id };
}

const formats = new Map<string, IntlMessageFormat | null>();

/**
 * Dates and times in prose are read in UTC: an ISO date ("2028-06-30") is that day everywhere, not
 * the evening before west of Greenwich; a time says UTC beside it.
 */
const DATE_FORMATS = {
  date: {
    short: { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' },
    medium: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
    long: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
    full: { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
  time: { short: { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } },
} as const;

/** A template compiled once per language (ICU MessageFormat); null when it does not parse. */
function compiled(lang: Lang, template: string): IntlMessageFormat | null {
  const key = `${lang}\u0000${template}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new IntlMessageFormat(template, LOCALES[lang], DATE_FORMATS, { ignoreTag: true });
    } catch {
      format = null;
    }
    formats.set(key, format);
  }
  return format;
}

const lists = new Map<Lang, Intl.ListFormat>();

/**
 * Several items in a sentence, joined as the language writes them: "A, B og C" in Bokmål and
 * Nynorsk, "A, B and C" in English; one item as it is. Nynorsk takes Bokmål's rules where the
 * platform's ICU has none of its own (both say "og").
 */
export function listOf(lang: Lang, items: readonly string[]): string {
  let format = lists.get(lang);
  if (!format) {
    const locale = Intl.ListFormat.supportedLocalesOf([LOCALES[lang]]).length > 0 ? LOCALES[lang] : LOCALES.nb;
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    lists.set(lang, format);
  }
  return format.format(items);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The time an ISO date or date-time string stands for (a bare date is that day, UTC), or NaN. */
function dateOf(text: string): number {
  return ISO_DATE.test(text) ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text) : NaN;
}

/**
 * Fill a template in ICU MessageFormat: {name} as is, {n, number} and {n, plural, one {# dag} other
 * {# dager}} by the language's rules, {d, date, long} as "30. juni 2028" (an ISO date string is
 * taken as that date). A missing parameter stays visible as {name}; a template that does not parse
 * falls back to plain {name} filling, so a slip shows rather than throws.
 */
export function fill(lang: Lang, template: string, params: MessageParams | undefined): string {
  const plain = () =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : typeof value === 'object' && !(value instanceof Date) ? listOf(lang, value) : String(value);
    });
  if (!template.includes('{')) return template;
  const format = compiled(lang, template);
  if (!format) return plain();
  const values: Record<string, string | number | Date> = {};
  for (const name of new Set([...template.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]!))) {
    const value = params?.[name];
    if (value === undefined) values[name] = `{${name}}`;
    else if (typeof value === 'object' && !(value instanceof Date)) values[name] = listOf(lang, value);
    else if (typeof value === 'string' && new RegExp(`\\{\\s*${name}\\s*,\\s*(date|time)`).test(template) && !Number.isNaN(dateOf(value)))
      values[name] = new Date(dateOf(value));
    else values[name] = value;
  }
  try {
    return String(format.format(values));
  } catch {
    return plain();
  }
}

/** The first text a language has for a key, along its fallback chain. */
function lookup(lang: Lang, table: Record<Lang, Partial<Record<string, string>>>, id: string): string | undefined {
  for (const l of FALLBACK[lang]) {
    const text = table[l]?.[id];
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Put a message of the shared catalogues into words in the chosen language. */
export function t(lang: Lang, message: Message | MessageId, params?: MessageParams): string {
  const m = typeof message === 'string' ? { id: message, params } : message;
  return fill(lang, lookup(lang, catalogues, m.id) ?? m.id, m.params);
}

/**
 * Put a message of a check's own catalogue into words (as ESLint resolves a rule's messageId).
 * A test holds every language's keys equal; English is the fallback should one slip through.
 */
export function tWith(lang: Lang, messages: Record<Lang, Record<string, string>>, m: { id: string; params?: MessageParams }): string {
  return fill(lang, lookup(lang, messages, m.id) ?? m.id, m.params);
}

/** A reason code's words, without a lead: "the program ended with an error". */
export function reasonText(lang: Lang, code: string): string {
  return lookup(lang, catalogues, `reason.${code}`) ?? code;
}

/** Why a check could not tell, as a sentence: the code's words, and the program it concerns. */
export function renderReason(lang: Lang, why: { code: string; tool?: string }): string {
  return t(lang, why.tool ? 'reason.lead.tool' : 'reason.lead', { text: reasonText(lang, why.code), tool: why.tool ?? '' });
}

/** A text given per language, in the chosen one. */
export function inLang<T>(table: Record<Lang, T>, lang: Lang): T {
  return table[lang];
}

/** Several messages as one text, each sentence after the other. */
export function tJoin(lang: Lang, messages: readonly Message[]): string {
  return messages.map((m) => t(lang, m)).join(' ');
}

/**
 * The user's language from the environment: the POSIX variables in their order of precedence, then
 * the platform's Intl locale (which reflects the Windows and macOS display language). nn means
 * Nynorsk; nb and no mean Bokmål; anything else is English.
 */
export function detectLang(env: NodeJS.ProcessEnv = process.env, intlLocale?: string): Lang {
  const candidates = [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]];
  for (const value of candidates) {
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return norwegianOf(value) ?? 'en';
  }
  const locale = intlLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return norwegianOf(locale) ?? 'en';
}

/** nn for a Nynorsk locale (nn_NO, Norwegian Nynorsk), nb for any other Norwegian one, else undefined. */
function norwegianOf(locale: string): Lang | undefined {
  if (/^nn([_.@-]|$)/i.test(locale) || /^norwegian[ _-]?nynorsk/i.test(locale)) return 'nn';
  return isNorwegian(locale) ? 'nb' : undefined;
}

function isNorwegian(locale: string): boolean {
  return /^(nb|nn|no)([_.@-]|$)/i.test(locale) || /^norwegian/i.test(locale);
}

/**
 * The language of the command line's own words in this process (help, usage and file errors, the
 * fleet summary's reasons for a file it could not use): `--lang`, else the policy's, else the
 * system's. English until the command line sets it, so a library caller reads English.
 */
let processLang: Lang = 'en';

export function setCliLang(lang: Lang): void {
  processLang = lang;
}

export function cliLang(): Lang {
  return processLang;
}

/** A message of the shared catalogues in the command line's language. */
export function tCli(message: MessageId, params?: MessageParams): string {
  return t(processLang, message, params);
}

/** The value of `--lang` in argv (`--lang nb` or `--lang=nb`) when it names a language, else undefined. */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;
  }
  return undefined;
}
