import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { catalogues, detectLang, t } from '../src/i18n/index.js';
import { checkTitle } from '../src/run.js';
import { questions } from '../src/questions/items.js';

describe('i18n', () => {
  it('every key exists in both languages, with the same parameters, and none is empty', () => {
    const en = Object.keys(catalogues.en).sort();
    const nb = Object.keys(catalogues.nb).sort();
    expect(nb).toEqual(en);
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of en) {
      const k = key as keyof typeof catalogues.en;
      expect(catalogues.en[k].trim(), key).not.toBe('');
      expect(catalogues.nb[k].trim(), key).not.toBe('');
      expect(params(catalogues.nb[k]), key).toEqual(params(catalogues.en[k]));
    }
  });

  it('every check title and every question text exists in both languages', () => {
    for (const check of checks) for (const lang of ['nb', 'en'] as const) expect(checkTitle(check, lang).trim(), check.id).not.toBe('');
    for (const q of questions) {
      for (const text of [q.question, q.why, q.fix, ...q.choices.map((c) => c.label)]) {
        expect(text.nb.trim(), q.id).not.toBe('');
        expect(text.en.trim(), q.id).not.toBe('');
      }
    }
  });

  it('fills parameters and leaves a missing one visible', () => {
    expect(t('en', 'engine.error', { why: 'a timeout' })).toBe('Could not finish (a timeout), so the result is unknown.');
    expect(t('en', 'engine.error')).toContain('{why}');
  });

  it('detects Norwegian from the locale, in any of its spellings', () => {
    for (const LANG of ['nb_NO.UTF-8', 'nn_NO.UTF-8', 'no_NO', 'nb', 'Norwegian_Norway.1252']) expect(detectLang({ LANG }, 'en-US'), LANG).toBe('nb');
    for (const LANG of ['en_GB.UTF-8', 'de_DE', 'sv_SE.UTF-8']) expect(detectLang({ LANG }, 'nb-NO'), LANG).toBe('en');
    expect(detectLang({ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('nb');
    // C locales say nothing: the platform's display language decides
    expect(detectLang({ LANG: 'C.UTF-8' }, 'nb-NO')).toBe('nb');
    expect(detectLang({}, 'en-US')).toBe('en');
  });
});
