import type { MessageId } from './en.js';

/**
 * Norwegian Nynorsk. A text missing here is shown in Bokmål (src/i18n/index.ts); a test holds the
 * catalogue complete.
 */
export const nn: Partial<Record<MessageId, string>> = {
  // --- the result's actions: open a setting, check again ---
  'tui.act.heading': 'Rett det no',
  'tui.act.keys': 'Pil opp og ned: vel · Enter: opne innstillinga · r: sjekk på nytt · q: ferdig',
  'tui.act.keys-one': 'Enter: opne innstillinga · r: sjekk på nytt · q: ferdig',
  'tui.act.now': 'No: {head}',
  'tui.act.opening': 'Opnar innstillinga …',
  'tui.act.opened': 'Innstillinga er opna. Endre ho der, og trykk r for å sjekke på nytt.',
  'tui.act.open-failed': 'Innstillinga kunne ikkje opnast herifrå: følg stega i rådet over.',
  'tui.act.checking': 'Sjekkar på nytt …',
  'tui.act.checked': 'Sjekka på nytt.',
  'remember.consent':
    'Skal denne datamaskina hugse {count} svar som ikkje endrar seg frå møte til møte (innlogging, passord, arbeidsplassen heime, vanar i møte, hendingar), slik at neste sjekk berre spør om møtet?',
};
