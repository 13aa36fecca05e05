import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { catalogues, detectLang, fill, LANGS, listOf, t } from '../src/i18n/index.js';
import { checkTitle } from '../src/run.js';
import { questions } from '../src/questions/items.js';
import { icuParams } from './helpers/language.js';

describe('i18n', () => {
  it('every key exists in every language, with the same parameters (ICU MessageFormat), and none is empty', () => {
    const en = Object.keys(catalogues.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(catalogues[lang]).sort(), lang).toEqual(en);
      for (const key of en) {
        const k = key as keyof typeof catalogues.en;
        expect(catalogues[lang][k].trim(), `${lang} ${key}`).not.toBe('');
        expect(icuParams(catalogues[lang][k]), `${lang} ${key}`).toEqual(icuParams(catalogues.en[k]));
      }
    }
  });

  it('every check title and every question text exists in every language', () => {
    for (const check of checks) for (const lang of LANGS) expect(checkTitle(check, lang).trim(), check.id).not.toBe('');
    for (const q of questions) {
      for (const text of [q.title, q.question, q.why, q.fix, ...q.choices.map((c) => c.label)]) {
        for (const lang of LANGS) expect(text[lang].trim(), `${lang} ${q.id}`).not.toBe('');
      }
    }
  });

  it('fills parameters and leaves a missing one visible', () => {
    expect(t('en', 'engine.error', { why: 'a timeout' })).toBe('Could not finish (a timeout), so the result is unknown.');
    expect(t('en', 'engine.error')).toContain('{why}');
  });

  it("formats numbers, counts and dates by each language's rules (ICU MessageFormat)", () => {
    const template = '{n, plural, one {# dag} other {# dagar}}, {x, number} Mbit/s, fram til {d, date, long}';
    expect(fill('nn', template, { n: 1, x: 4.25, d: '2028-06-30' })).toBe('1 dag, 4,25 Mbit/s, fram til 30. juni 2028');
    expect(fill('nb', template, { n: 2, x: 1234.5, d: new Date('2028-06-30T00:00:00Z') })).toBe('2 dagar, 1\u00a0234,5 Mbit/s, fram til 30. juni 2028');
    expect(fill('en', '{x, number} Mbit/s until {d, date, long}', { x: 4.25, d: '2028-06-30' })).toBe('4.25 Mbit/s until 30 June 2028');
    // a day is the same day in every time zone (an ISO date means midnight UTC)
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(fill('nb', 'fram til {d, date, long}', { d: '2028-06-30' })).toBe('fram til 30. juni 2028');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    // a missing parameter stays visible; a template that does not parse is filled plainly, not thrown
    expect(fill('nb', '{n, plural, one {# fil} other {# filer}} i {where}', { n: 3 })).toBe('3 filer i {where}');
    expect(fill('nb', 'broken {n, plural, one {x}', { n: 3 })).toBe('broken {n, plural, one {x}');
    expect(fill('en', "don't quote {name}", { name: 'x' })).toBe("don't quote x");
  });

  it('joins a list in a sentence as each language writes it: "A, B og C" in nb and nn, "A, B and C" in en', () => {
    const three = ['Zoom', 'Teams', 'Whereby'];
    expect(listOf('nb', three)).toBe('Zoom, Teams og Whereby');
    expect(listOf('nn', three)).toBe('Zoom, Teams og Whereby');
    expect(listOf('en', three)).toBe('Zoom, Teams and Whereby');
    for (const lang of LANGS) {
      expect(listOf(lang, ['Zoom'])).toBe('Zoom');
      expect(listOf(lang, [])).toBe('');
    }
    expect(listOf('nn', ['Zoom', 'Teams'])).toBe('Zoom og Teams');
    // a list given as a parameter is joined in the language the message is put into words in
    expect(fill('nb', 'Kjører: {apps}.', { apps: three })).toBe('Kjører: Zoom, Teams og Whereby.');
    expect(fill('en', 'Running: {apps}.', { apps: three })).toBe('Running: Zoom, Teams and Whereby.');
    expect(fill('nn', 'Køyrer {n, number} program: {apps}.', { n: 2, apps: ['Zoom', 'Teams'] })).toBe('Køyrer 2 program: Zoom og Teams.');
  });

  it('detects Norwegian from the locale, in any of its spellings', () => {
    for (const LANG of ['nb_NO.UTF-8', 'no_NO', 'nb', 'Norwegian_Norway.1252', 'Norwegian Bokmål_Norway.1252'])
      expect(detectLang({ LANG }, 'en-US'), LANG).toBe('nb');
    for (const LANG of ['nn_NO.UTF-8', 'nn', 'Norwegian Nynorsk_Norway.1252']) expect(detectLang({ LANG }, 'en-US'), LANG).toBe('nn');
    expect(detectLang({}, 'nn-NO')).toBe('nn');
    for (const LANG of ['en_GB.UTF-8', 'de_DE', 'sv_SE.UTF-8']) expect(detectLang({ LANG }, 'nb-NO'), LANG).toBe('en');
    expect(detectLang({ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('nb');
    // C locales say nothing: the platform's display language decides
    expect(detectLang({ LANG: 'C.UTF-8' }, 'nb-NO')).toBe('nb');
    expect(detectLang({}, 'en-US')).toBe('en');
  });
});
