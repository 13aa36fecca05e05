/**
 * Every check keeps the contract (src/check.ts): its messages in every language with the same keys
 * and parameters, no English in the Norwegian, facts and options described for IT, and an evaluate
 * that never throws and never leaves an unknown without its reason, for any facts its schema allows.
 */
import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fake, setFaker } from 'zod-schema-faker/v4';
import { checks } from '../checks/index.js';
import { checkOptions, ReasonSchema, REASON_CODE_LIST, type AnyCheck, type MeetingContext } from '../src/check.js';
import { LANGS } from '../src/i18n/index.js';
import { ENGLISH_IN_NORWEGIAN, englishWords, icuParams } from './helpers/language.js';

setFaker(faker);
const current: readonly AnyCheck[] = checks;

/** Every leaf of a JSON Schema that has no description, as a path. */
function undescribed(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as { properties?: Record<string, unknown>; description?: string };
  if (!s.properties) return [];
  return Object.entries(s.properties).flatMap(([key, value]) => {
    const child = value as { description?: string };
    return [...(child.description ? [] : [`${path}${key}`]), ...undescribed(value, `${path}${key}.`)];
  });
}

describe.each(current.map((c) => [c.id, c] as const))('check %s', (id, check) => {
  it('has a title and the same message keys and parameters in every language, none empty', () => {
    const keys = Object.keys(check.messages.en).sort();
    for (const lang of LANGS) {
      const messages = check.messages[lang];
      expect(Object.keys(messages).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(messages[key]!.trim(), `${lang} ${key}`).not.toBe('');
        expect(icuParams(messages[key]!), `${lang} ${key}`).toEqual(icuParams(check.messages.en[key]!));
      }
    }
    expect(check.messages.nb.title).toBeTruthy();
    expect(check.messages.nn.title).toBeTruthy();
  });

  it('speaks Norwegian in Norwegian: no English words, no "(er)" plurals, no raw reason parameter', () => {
    for (const [lang, key, text] of [
      ...Object.entries(check.messages.nb).map(([k, v]) => ['nb', k, v] as const),
      ...Object.entries(check.messages.nn).map(([k, v]) => ['nn', k, v] as const),
    ]) {
      expect(englishWords(text, lang), `${id} ${lang} ${key}: ${text}`).toEqual([]);
      expect(text, key).not.toMatch(/\w\((er|e|r)\)/);
      expect(text, key).not.toMatch(/\{reason\}/);
    }
  });

  it('describes every field of its facts and options for IT', () => {
    expect(undescribed(z.toJSONSchema(check.facts, { io: 'output', unrepresentable: 'any' }))).toEqual([]);
    if (check.options) expect(undescribed(z.toJSONSchema(check.options, { io: 'input', unrepresentable: 'any' }))).toEqual([]);
  });

  it('judges any facts its schema allows without throwing; an unknown always has a reason code; message ids are its own', () => {
    const options = checkOptions(check, undefined);
    const meetings: MeetingContext[] = [
      { dataClass: 'green', redRules: false },
      { dataClass: 'red', redRules: true },
      { dataClass: 'unsure', redRules: true },
    ];
    const platforms = [
      { os: 'win32', release: '10.0.19045', arch: 'x64' },
      { os: 'win32', release: '10.0.26100', arch: 'arm64' },
      { os: 'darwin', release: '21.6.0', arch: 'x64' },
      { os: 'darwin', release: '24.1.0', arch: 'arm64' },
      { os: 'linux', release: '6.1.0', arch: 'x64' },
    ];
    faker.seed(20261130);
    for (let i = 0; i < 150; i += 1) {
      const facts = fake(check.facts);
      const finding = check.evaluate(facts, {
        options,
        meeting: meetings[i % 3]!,
        platform: platforms[i % platforms.length]!,
        now: new Date('2026-11-30T09:00:00Z'),
      });
      if (finding.status === 'unknown') expect(ReasonSchema.safeParse(finding.reason).success, JSON.stringify(facts)).toBe(true);
      for (const m of [...finding.summary, ...(finding.remediation ?? [])]) expect(check.messages.en, m.id).toHaveProperty([m.id]);
      if (finding.reason) expect(REASON_CODE_LIST).toContain(finding.reason.code);
    }
  });
});

describe('the contract as a whole', () => {
  it('every check id is unique and kebab-case', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('the English-word detector finds English and passes Norwegian', () => {
    expect(englishWords('Could not tell whether the firewall is on')).not.toEqual([]);
    expect(englishWords('Klarte ikke å se om brannmuren er slått på (netsh).')).toEqual([]);
    expect(ENGLISH_IN_NORWEGIAN.test('the')).toBe(true);
  });
});
