import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/check.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { answersFileSchema, evaluateQuestions } from '../src/questions/evaluate.js';
import { questions, questionsFor, yesNo } from '../src/questions/items.js';
import type { QuestionItem } from '../src/questions/types.js';
import { sources } from '../src/sources.js';

const byId = (list: readonly { item: QuestionItem }[], id: string) => list.find((q) => q.item.id === id)!;

describe('questionnaire items', () => {
  it('covers every area the guidance names, each item with sources that exist', () => {
    const ids = questions.map((q) => q.id);
    for (const id of [
      'data-class', 'data-no-private-cloud',
      'room-private', 'room-headset', 'room-screen-privacy', 'room-background', 'room-listening-devices', 'room-clean-desk', 'room-physical-access',
      'acc-mfa.email', 'acc-mfa.vpn', 'acc-mfa.video', 'acc-passwords', 'acc-approved-tool',
      'mtg-private-link', 'mtg-verify-participants', 'mtg-no-chat', 'mtg-sharing', 'mtg-no-recording', 'mtg-minimise-names',
      'inc-reporting', 'inc-72h', 'net-router-hardened',
    ]) expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('data-class'); // it sets the bar, so it is asked first
    for (const q of questions) {
      expect(CATEGORIES).toContain(q.category);
      expect(q.weight).toBeGreaterThanOrEqual(0); // 0: asked for the advice only, not scored
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(Object.keys(sources), q.id).toContain(s);
      expect(q.choices.some((c) => c.status === 'pass'), q.id).toBe(true);
      // texts come from the catalogues, so a missing key would show up as the key itself
      for (const text of [q.question, q.why, q.fix]) expect(text.en, q.id).not.toMatch(/^q\./);
    }
  });

  it('asks two-factor once per service in the policy, with the service named in the question', () => {
    const policy = PolicySchema.parse({ services: [{ id: 'helsenett', name: { nb: 'Helsenettet', en: 'the health network' } }, { id: 'crm', name: 'Salesforce' }] });
    const items = questionsFor(policy).filter((q) => q.id.startsWith('acc-mfa'));
    expect(items.map((q) => q.id)).toEqual(['acc-mfa.helsenett', 'acc-mfa.crm']);
    expect(items[0]!.question.nb).toContain('Helsenettet');
    expect(items[0]!.question.en).toContain('the health network');
    expect(items[1]!.fix.en).toContain('Salesforce');
    expect(items[0]!.question.nb).toContain('tofaktorautentisering');
    // the default services have names in both languages
    const email = questions.find((q) => q.id === 'acc-mfa.email')!;
    expect(email.question.en).toContain('Microsoft 365');
    expect(email.question.nb).toContain('jobb-e-posten');
    expect(() => PolicySchema.parse({ services: [{ id: 'vpn' }, { id: 'vpn' }] })).toThrow(/unique/);
    expect(() => PolicySchema.parse({ services: [{ id: 'Not An Id' }] })).toThrow();
  });

  it('rejects a list of items that repeats an id', () => {
    expect(() => questionsFor(defaultPolicy, [questions, questions.slice(0, 1)])).toThrow(/appears twice/);
  });
});

describe('evaluateQuestions', () => {
  const table: Array<[string, Record<string, string>, string, string, boolean]> = [
    // name, answers, item, status, blocker
    ['yes passes', { 'acc-passwords': 'yes' }, 'acc-passwords', 'pass', false],
    ['no fails but blocks only where the item says so', { 'acc-passwords': 'no' }, 'acc-passwords', 'fail', false],
    ['a red item failing in a yellow meeting does not block', { 'data-class': 'yellow', 'mtg-no-chat': 'no' }, 'mtg-no-chat', 'fail', false],
    ['a red item failing in a red meeting blocks', { 'data-class': 'red', 'mtg-no-chat': 'no' }, 'mtg-no-chat', 'fail', true],
    ['unsure is a warning in a yellow meeting', { 'data-class': 'yellow', 'acc-mfa.vpn': 'unsure' }, 'acc-mfa.vpn', 'warn', false],
    ['unsure counts as no in a red meeting, and blocks', { 'data-class': 'red', 'acc-mfa.vpn': 'unsure' }, 'acc-mfa.vpn', 'fail', true],
    ['unsure on an item that never blocks stays a warning in red', { 'data-class': 'red', 'inc-72h': 'unsure' }, 'inc-72h', 'warn', false],
    ['a service not used is skipped, not passed', { 'acc-mfa.vpn': 'not-used' }, 'acc-mfa.vpn', 'skipped', false],
    ['an unanswered item is unknown', {}, 'room-headset', 'unknown', false],
  ];
  for (const [name, answers, id, status, blocker] of table) {
    it(name, () => {
      const q = byId(evaluateQuestions(answers, defaultPolicy), id);
      expect(q.status).toBe(status);
      expect(q.blocker).toBe(blocker);
    });
  }

  it('a policy override for acc-mfa applies to every service, and one for a single service wins', () => {
    const policy = PolicySchema.parse({ questions: { 'acc-mfa': { blocker: true, weight: 2 }, 'acc-mfa.video': { enabled: false } } });
    const result = evaluateQuestions({ 'acc-mfa.email': 'no' }, policy);
    expect(byId(result, 'acc-mfa.email')).toMatchObject({ status: 'fail', blocker: true, weight: 2 });
    expect(result.find((q) => q.item.id === 'acc-mfa.video')).toBeUndefined();
  });
});

describe('answers file', () => {
  const schema = answersFileSchema(questions);
  it('accepts a partial file with per-service ids', () => {
    expect(schema.parse({ answers: { 'acc-mfa.email': 'yes', 'acc-mfa.vpn': 'not-used' } }).answers).toEqual({ 'acc-mfa.email': 'yes', 'acc-mfa.vpn': 'not-used' });
  });
  it('rejects unknown ids and values', () => {
    expect(schema.safeParse({ answers: { 'acc-mfa': 'yes' } }).success).toBe(false);
    expect(schema.safeParse({ answers: { 'acc-mfa.dropbox': 'yes' } }).success).toBe(false);
    expect(schema.safeParse({ answers: { 'room-headset': 'not-used' } }).success).toBe(false);
  });
  it('follows the services of the policy', () => {
    const custom = answersFileSchema(questionsFor(PolicySchema.parse({ services: [{ id: 'crm', name: 'CRM' }] })));
    expect(custom.safeParse({ answers: { 'acc-mfa.crm': 'yes' } }).success).toBe(true);
    expect(custom.safeParse({ answers: { 'acc-mfa.email': 'yes' } }).success).toBe(false);
  });
  it('the yes/no answers are the same three everywhere', () => {
    expect(yesNo().map((c) => c.value)).toEqual(['yes', 'no', 'unsure']);
  });
});
