import type { MessageId } from './en.js';

/**
 * Norwegian Nynorsk. A text missing here is shown in Bokmål (src/i18n/index.ts); a test holds the
 * catalogue complete.
 */
export const nn: Partial<Record<MessageId, string>> = {};
