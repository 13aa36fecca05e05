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

/** Put a message into words in the chosen language. A missing parameter stays visible as {name}. */
export function t(lang: Lang, message: Message | MessageId, params?: MessageParams): string {
  const m = typeof message === 'string' ? { id: message, params } : message;
  const template = catalogues[lang][m.id] ?? en[m.id] ?? m.id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = m.params?.[name];
    return value === undefined ? whole : String(value);
  });
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
