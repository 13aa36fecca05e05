/**
 * Where a line of prose may break when it is folded for a terminal or a text file: at the spaces
 * between words, never inside a date ("30. juni 2028", "30 June 2028", "mars 2020") nor inside a
 * number grouped with a no-break space ("1 234,5"). The text keeps its ordinary spaces: the dates
 * are glued only while the lines are folded, so no U+00A0 reaches the output that was not there.
 * The JSON report never passes through here (it keeps ISO dates and the sentences as they are).
 */
import { LOCALES } from '../i18n/index.js';

const NBSP = '\u00a0';

/** The month names a date in prose is written with (long and short), in every language's locale. */
function monthNames(): string[] {
  const names = new Set<string>();
  for (const locale of Object.values(LOCALES)) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' });
      for (let m = 0; m < 12; m += 1) {
        const name = format.formatToParts(new Date(Date.UTC(2028, m, 15))).find((p) => p.type === 'month')?.value;
        if (name) names.add(name.toLowerCase());
      }
    }
  }
  // the longest first, so "september" is taken before "sep."
  return [...names].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date in prose: an optional day ("30." or "30"), a month name, a year; the spaces between may be ordinary or no-break. */
const DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.?[ ${NBSP}])?(?:${monthNames().map(escape).join('|')})[ ${NBSP}]\\d{4}(?!\\p{N})`, 'giu');

/** The spaces inside every date in `text` made no-break (U+00A0), so a wrapper that breaks only at ordinary spaces keeps it whole. */
export function glueDates(text: string): string {
  return text.replace(DATE, (date) => date.replace(/ /g, NBSP));
}

/** The dates glued by `glueDates` with their ordinary spaces back; other no-break spaces (grouped numbers) stay. */
export function unglueDates(text: string): string {
  return text.replace(DATE, (date) => date.replace(/\u00a0/g, ' '));
}

/** Whitespace a line may break at: any but the no-break kinds (U+00A0, U+2007, U+202F). */
const BREAK = /[^\S\u00a0\u2007\u202f]+/u;

/**
 * The units a text is folded in: its words, with a date or a grouped number as one unit. A unit
 * comes with ordinary spaces (as a line of plain text always had them).
 */
export function foldUnits(text: string): string[] {
  return glueDates(text)
    .split(BREAK)
    .filter(Boolean)
    .map((unit) => unit.replace(/[\u00a0\u2007\u202f]/g, ' '));
}
