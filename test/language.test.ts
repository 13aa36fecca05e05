/**
 * Every text a person reads, in every language: the shared catalogues, each check's own messages,
 * the questions and the employees' help. Each template is checked as written (present, not empty,
 * readable by intl-messageformat, the same arguments as the English) and as rendered with sample
 * parameters (a number like 1.5 and 2, a date '2028-06-30', a text): no ISO date, no decimal point
 * in Norwegian, no "(er)"/"(s)" plural, no English word in Norwegian, no parameter left unfilled.
 * Nynorsk is checked where its texts exist (it falls back to Bokmål while they are written).
 */
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { EMPLOYEE_HELP } from '../src/help-employee.js';
import { catalogues, fill, LANGS, type Lang } from '../src/i18n/index.js';
import { questions } from '../src/questions/items.js';
import { sources } from '../src/sources.js';
import { argumentKinds, englishWords, icuArguments, parseTemplate } from './helpers/language.js';

type Table = Partial<Record<Lang, Readonly<Record<string, string>>>>;

/** Every catalogue: its name and its texts per language. */
const tables: [string, Table][] = [
  ['shared', catalogues],
  ...checks.map((c) => [`check ${c.id}`, c.messages as Table] as [string, Table]),
  [
    'questions',
    Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        Object.fromEntries(
          questions.flatMap((q) => [
            [`${q.id}.title`, q.title[lang]],
            [`${q.id}.question`, q.question[lang]],
            [`${q.id}.why`, q.why[lang]],
            [`${q.id}.fix`, q.fix[lang]],
            ...q.choices.flatMap((c) => [[`${q.id}.${c.value}`, c.label[lang]], ...(c.fix ? [[`${q.id}.${c.value}.fix`, c.fix[lang]]] : [])]),
            ...(q.relief ? [[`${q.id}.relief`, q.relief.because[lang]]] : []),
          ]),
        ),
      ]),
    ) as Table,
  ],
  [
    'employee help',
    {
      nb: { help: EMPLOYEE_HELP.nb },
      en: { help: EMPLOYEE_HELP.en },
      ...('nn' in EMPLOYEE_HELP ? { nn: { help: (EMPLOYEE_HELP as { nn: string }).nn } } : {}),
    },
  ],
];

/** The languages a table is checked in: Nynorsk once it has texts of its own (until then it is Bokmål). */
const languagesOf = (table: Table): Lang[] => LANGS.filter((l) => l !== 'nn' || Object.keys(table.nn ?? {}).length > 0);

/** Argument names that always stand for a number (formatted or counted) or a date, whatever the template. */
const NUMBER_NAMES =
  /^(count|days|minutes|max|percent|score|median|worst|valid|broken|attempts|done|counted|devices|superseded|stale|machine|meeting|down|up|hd|sd|good|bad|latency|jitter|loss|loaded|rise|mos|low|high|lost|sent|samples)$/;
const DATE_NAMES = /^(date|latest|since|first|last)$/;

/** Sample parameters for a template: each number argument `n`, each date the end of June 2028, each text a neutral word. */
function sample(template: string, n: number): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, kind] of argumentKinds(template))
    params[name] = kind === 'number' ? n : kind === 'date' ? '2028-06-30' : kind === 'select' ? 'other' : 'Zyx';
  return params;
}

/** What is wrong with a rendered text in a language, as short phrases. */
function faults(lang: Lang, text: string, n: number): string[] {
  const found: string[] = [];
  if (/[{}]/.test(text)) found.push('a parameter left unfilled or a template that did not parse');
  // what stands in quotes is what the user types (an example date for --since): not prose
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text.replace(/«[^»]*»|"[^"]*"|`[^`]*`/g, ' '))) found.push('an ISO date');
  if (/\p{L}\((s|er|e|r|en|ar|a)\)/u.test(text)) found.push('a "(er)"-style plural');
  if (lang !== 'en') {
    if (n === 1.5 && /\b1\.5\b/.test(text)) found.push('a decimal point');
    const english = englishWords(text, lang === 'nn' ? 'nn' : 'nb');
    if (english.length > 0) found.push(`English: ${english.join(', ')}`);
  } else if (n === 1.5 && /\b1,5\b/.test(text)) found.push('a decimal comma in English');
  return found;
}

describe.each(tables)('%s', (_name, table) => {
  const en = table.en!;
  const keys = Object.keys(en).sort();

  it.each(languagesOf(table))('%s: every key, none empty, readable, with the arguments of the English', (lang) => {
    const texts = table[lang]!;
    expect(Object.keys(texts).sort()).toEqual(keys);
    for (const key of keys) {
      const text = texts[key]!;
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(() => parseTemplate(text), `${lang} ${key}: ${text}`).not.toThrow();
      expect(icuArguments(text), `${lang} ${key}: ${text}`).toEqual(icuArguments(en[key]!));
    }
  });

  it('numbers and dates are formatted by the template: no plain {count} or {date}', () => {
    for (const lang of languagesOf(table)) {
      for (const [key, text] of Object.entries(table[lang]!)) {
        for (const [name, kind] of argumentKinds(text)) {
          if (NUMBER_NAMES.test(name)) expect(kind, `${lang} ${key}: {${name}} in ${text}`).toBe('number');
          if (DATE_NAMES.test(name)) expect(kind, `${lang} ${key}: {${name}} in ${text}`).toBe('date');
        }
      }
    }
  });

  it.each(languagesOf(table))('%s: rendered with sample numbers, dates and texts, reads as prose of the language', (lang) => {
    const problems: string[] = [];
    for (const [key, template] of Object.entries(table[lang]!)) {
      for (const n of [1, 1.5, 2, 12345]) {
        const text = fill(lang, template, sample(template, n));
        for (const fault of faults(lang, text, n)) problems.push(`${key} (${n}): ${fault}: «${text}»`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the sources', () => {
  it('each has its name in the catalogues, for --list in every language', () => {
    const named = Object.keys(catalogues.en)
      .filter((k) => k.startsWith('list.source.'))
      .map((k) => k.slice('list.source.'.length));
    expect(named.sort()).toEqual(Object.keys(sources).sort());
  });
});

describe('the checks the walk relies on', () => {
  it('finds every kind of fault in a bad text', () => {
    expect(faults('nb', fill('nb', '{n} dag(er) til {d}', { n: 1.5, d: '2028-06-30' }), 1.5)).toEqual([
      'an ISO date',
      'a "(er)"-style plural',
      'a decimal point',
    ]);
    expect(faults('nb', 'The file could not be read', 2)).toEqual(['English: The, could, not, read']);
    expect(faults('nb', fill('nb', '{n, plural, one {# dag} other {# dager}} til {d, date, long}', { n: 1.5, d: '2028-06-30' }), 1.5)).toEqual([]);
    expect(faults('en', fill('en', 'until {d, date, long}, {n, number} {m}', { d: '2028-06-30', n: 1.5 }), 1.5)).toEqual([
      'a parameter left unfilled or a template that did not parse',
    ]);
  });

  it('reads ICU arguments, nested plurals included', () => {
    expect(icuArguments('{a} {n, plural, one {# x {b}} other {# y {c, number}}} {d, date, long} {e, time, short}')).toEqual([
      'a:text',
      'b:text',
      'c:number',
      'd:date',
      'e:date',
      'n:number',
    ]);
    expect(icuArguments('{n, number} {n, plural, one {#} other {#}}')).toEqual(['n:number']);
  });
});
