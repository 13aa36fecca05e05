import { en, type MessageId } from './en.js';
import { nb } from './nb.js';

export type { MessageId } from './en.js';
export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];

export const catalogues: Record<Lang, Record<MessageId, string>> = { en, nb };

export type MessageParams = Record<string, string | number>;

/** A message not yet put into words: an id and its parameters. Findings carry these. */
export interface Message {
  id: MessageId;
  params?: MessageParams;
}

export function msg(id: MessageId, params?: MessageParams): Message {
  return params ? { id, params } : { id };
}

/** Fill a template's {name} parameters. A missing parameter stays visible as {name}. */
function fill(template: string, params: MessageParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    return value === undefined ? whole : String(value);
  });
}

/** Put a message of the shared catalogues into words in the chosen language. */
export function t(lang: Lang, message: Message | MessageId, params?: MessageParams): string {
  const m = typeof message === 'string' ? { id: message, params } : message;
  return fill(catalogues[lang][m.id] ?? en[m.id] ?? m.id, m.params);
}

/**
 * Put a message of a check's own catalogue into words (as ESLint resolves a rule's messageId).
 * A test holds every language's keys equal; English is the fallback should one slip through.
 */
export function tWith(lang: Lang, messages: Record<Lang, Record<string, string>>, m: { id: string; params?: MessageParams }): string {
  return fill(messages[lang][m.id] ?? messages.en[m.id] ?? m.id, m.params);
}

/** A reason code's words, without a lead: "the program ended with an error". */
export function reasonText(lang: Lang, code: string): string {
  return (catalogues[lang] as Record<string, string>)[`reason.${code}`] ?? (en as Record<string, string>)[`reason.${code}`] ?? code;
}

/** Why a check could not tell, as a sentence: the code's words, and the program it concerns. */
export function renderReason(lang: Lang, why: { code: string; tool?: string }): string {
  return t(lang, why.tool ? 'reason.lead.tool' : 'reason.lead', { text: reasonText(lang, why.code), tool: why.tool ?? '' });
}

/** Several messages as one text, each sentence after the other. */
export function tJoin(lang: Lang, messages: readonly Message[]): string {
  return messages.map((m) => t(lang, m)).join(' ');
}

/**
 * The user's language from the environment: the POSIX variables in their order of precedence, then
 * the platform's Intl locale (which reflects the Windows and macOS display language). nb, nn and no
 * mean Norwegian, shown in Bokmål; anything else is English.
 */
export function detectLang(env: NodeJS.ProcessEnv = process.env, intlLocale?: string): Lang {
  const candidates = [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]];
  for (const value of candidates) {
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return isNorwegian(value) ? 'nb' : 'en';
  }
  const locale = intlLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return isNorwegian(locale) ? 'nb' : 'en';
}

function isNorwegian(locale: string): boolean {
  return /^(nb|nn|no)([_.@-]|$)/i.test(locale) || /^norwegian/i.test(locale);
}
