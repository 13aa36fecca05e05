/**
 * A date in prose ("30. juni 2028", "30 June 2028") is folded as one unit by every wrapper of
 * terminal and text output (the plain lines, the fleet summary's table text, the interactive
 * view): wherever the wrap column falls, the day, the month and the year stay on one line, and the
 * lines keep ordinary spaces. The sentences themselves (as the JSON report carries them) are not
 * changed.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../src/i18n/index.js';
import { wrapWords } from '../src/report/plain.js';
import { foldUnits } from '../src/text/wrap.js';
import { wrapText } from '../src/tui/view.js';

const NB = fill('nb', 'Windows 10 får sikkerhetsoppdateringer fram til {d, date, long}, og deretter ingen flere rettelser for feil.', {
  d: '2028-06-30',
});
const EN = fill('en', 'Windows 10 gets security updates until {d, date, long}, and after that no more fixes for flaws.', { d: '2028-06-30' });
const NN = fill('nn', 'Den siste rapporten frå denne eininga kom {d, date, long}, så ho blir rekna som borte.', { d: '2028-09-03' });

/** the widths at which the wrap column falls just after the day, or just after the month */
function splittingWidths(text: string, date: string): number[] {
  const start = text.indexOf(date);
  const [day, month] = date.split(' ');
  return [start + day!.length, start + day!.length + 1 + month!.length];
}

describe('a date in prose stays on one line', () => {
  it('the sentences carry the date with ordinary spaces, as the JSON report keeps them', () => {
    expect(NB).toContain('30. juni 2028');
    expect(EN).toContain('30 June 2028');
    expect(NN).toContain('3. september 2028');
    for (const text of [NB, EN, NN]) expect(text).not.toContain('\u00a0');
  });

  it.each([
    ['nb', NB, '30. juni 2028'],
    ['en', EN, '30 June 2028'],
    ['nn', NN, '3. september 2028'],
  ])('plain lines (%s): with the wrap column inside the date, the date moves whole to the next line', (_lang, text, date) => {
    for (const width of splittingWidths(text, date)) {
      const lines = wrapWords(text, width);
      expect(
        lines.some((line) => line.includes(date)),
        `${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
      expect(lines.every((line) => [...line].length <= width)).toBe(true);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('plain lines: at every width from 28 (the longest word and the indent) to 100 the date is whole and nothing is lost', () => {
    for (let width = 28; width <= 100; width += 1) {
      const lines = wrapWords(NB, width, '    ');
      expect(
        lines.some((line) => line.includes('30. juni 2028')),
        `${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
      expect(lines.every((line) => [...line].length <= width)).toBe(true);
      expect(lines.map((l) => l.trim()).join(' ')).toBe(NB);
    }
  });

  it.each([
    ['nb', NB, '30. juni 2028'],
    ['en', EN, '30 June 2028'],
  ])('the interactive view (%s): the same, and no no-break space is left behind', (_lang, text, date) => {
    for (const width of splittingWidths(text, date)) {
      const lines = wrapText(text, width).split('\n');
      expect(
        lines.some((line) => line.includes(date)),
        `${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
      expect(lines.every((line) => [...line].length <= width)).toBe(true);
      expect(lines.join('\n')).not.toContain('\u00a0');
    }
  });

  it('the fleet summary folds by the same units: a date, a month and year, a grouped number are one unit each', () => {
    expect(foldUnits('Kjøringer fra 1. mars 2026 til 30. juni 2028.')).toEqual(['Kjøringer', 'fra', '1. mars 2026', 'til', '30. juni 2028.']);
    expect(foldUnits('Kjeldene (mars 2020, 15. februar 2021)')).toEqual(['Kjeldene', '(mars 2020,', '15. februar 2021)']);
    expect(foldUnits('Runs from 30 Sept 2028 on')).toEqual(['Runs', 'from', '30 Sept 2028', 'on']);
    expect(foldUnits(fill('nb', '{n, number} Mbit/s', { n: 1234.5 }))).toEqual(['1 234,5', 'Mbit/s']);
    // a day and a number that are not a date break as words do
    expect(foldUnits('30 enheter 2028 ganger')).toEqual(['30', 'enheter', '2028', 'ganger']);
  });
});
