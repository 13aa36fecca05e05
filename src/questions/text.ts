/**
 * Item texts come from the message catalogues (src/i18n), in both languages at once, so that an
 * item carries everything it needs to be asked, listed and reported.
 */
import { t, type Lang, type MessageId, type MessageParams } from '../i18n/index.js';
import type { Text } from './types.js';

export function text(id: MessageId, params?: MessageParams | ((lang: Lang) => MessageParams)): Text {
  const of = (lang: Lang) => t(lang, id, typeof params === 'function' ? params(lang) : params);
  return { nb: of('nb'), nn: of('nn'), en: of('en') };
}
