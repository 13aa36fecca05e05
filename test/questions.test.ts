import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/check.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { answersFileSchema, answerSummary, applies, evaluateQuestions, meetingOf } from '../src/questions/evaluate.js';
import { questions, questionsFor, yesNo } from '../src/questions/items.js';
import type { QuestionItem } from '../src/questions/types.js';
import { sources } from '../src/sources.js';

const byId = <T extends { item: QuestionItem }>(list: readonly T[], id: string): T => list.find((q) => q.item.id === id)!;

describe('questionnaire items', () => {
  it('covers every area the guidance names, each item with sources that exist', () => {
    const ids = questions.map((q) => q.id);
    for (const id of [
      'data-class',
      'data-no-private-cloud',
      'room-private',
      'room-headset',
      'room-screen-privacy',
      'room-background',
      'room-listening-devices',
      'room-clean-desk',
      'room-physical-access',
      'acc-mfa.email',
      'acc-mfa.vpn',
      'acc-mfa.video',
      'acc-passwords',
      'acc-approved-tool',
      'mtg-private-link',
      'mtg-verify-participants',
      'mtg-no-chat',
      'mtg-sharing',
      'mtg-no-recording',
      'mtg-minimise-names',
      'inc-reporting',
      'inc-72h',
      'net-router-hardened',
    ])
      expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('data-class'); // it sets the bar, so it is asked first
    for (const q of questions) {
      expect(CATEGORIES).toContain(q.category);
      expect(q.weight).toBeGreaterThanOrEqual(0); // 0: asked for the advice only, not scored
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(Object.keys(sources), q.id).toContain(s);
      expect(
        q.choices.some((c) => c.status === 'pass'),
        q.id,
      ).toBe(true);
      // texts come from the catalogues, so a missing key would show up as the key itself
      for (const text of [q.title, q.question, q.why, q.fix]) expect(text.en, q.id).not.toMatch(/^q\./);
      // a short result title in each language, not the question again
      for (const lang of ['en', 'nb'] as const) {
        expect(q.title[lang].length, `${q.id} ${lang}`).toBeLessThanOrEqual(60);
        expect(q.title[lang], q.id).not.toMatch(/\?$/);
      }
    }
    expect(questions.find((q) => q.id === 'acc-mfa.vpn')!.title.en).toBe('Two-step sign-in: VPN');
    expect(questions.find((q) => q.id === 'room-headset')!.title).toMatchObject({ en: 'Headphones', nb: 'Hodetelefoner' });
  });

  it('the data class offers black, and says what red means as the sources do', () => {
    const item = questions.find((q) => q.id === 'data-class')!;
    expect(item.choices.map((c) => c.value)).toEqual(['green', 'yellow', 'red', 'black', 'unsure']);
    const red = item.choices.find((c) => c.value === 'red')!.label;
    expect(red.en).toMatch(/health information, client matters .*sensitive personal data/);
    expect(red.nb).toMatch(/helseopplysninger, klientsaker og andre sensitive personopplysninger/);
    const black = item.choices.find((c) => c.value === 'black')!;
    expect(black.label.nb).toMatch(/Strengt fortrolig eller gradert \(svart\)/);
    expect(black.fix!.en).toMatch(/channel your organisation has approved/);
  });

  it('questions that may not apply have an answer that says so', () => {
    const na = (id: string) =>
      questions
        .find((q) => q.id === id)!
        .choices.filter((c) => c.status === 'skipped')
        .map((c) => c.label.en);
    expect(na('net-wifi-password')).toEqual(['I have no Wi-Fi at home (cable or mobile data only)']);
    expect(na('mtg-minimise-names')).toEqual(['No patients or clients in this meeting']);
    expect(na('net-router-hardened')).toEqual(['The router is managed by my internet provider']);
  });

  it('asks two-factor once per service in the policy, with the service named in the question', () => {
    const policy = PolicySchema.parse({
      services: [
        { id: 'helsenett', name: { nb: 'Helsenettet', en: 'the health network' } },
        { id: 'crm', name: 'Salesforce' },
      ],
    });
    const items = questionsFor(policy).filter((q) => q.id.startsWith('acc-mfa'));
    expect(items.map((q) => q.id)).toEqual(['acc-mfa.helsenett', 'acc-mfa.crm']);
    expect(items[0]!.question.nb).toContain('Helsenettet');
    expect(items[0]!.question.en).toContain('the health network');
    expect(items[1]!.fix.en).toContain('Salesforce');
    expect(items[0]!.question.nb).toContain('totrinnsinnlogging');
    expect(items[1]!.title.en).toBe('Two-step sign-in: Salesforce');
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
    // the municipal rules: avoid screen sharing in sensitive meetings; not sharing is the answer they ask for
    ['"No, I won\'t share my screen" passes, in red too', { 'data-class': 'red', 'mtg-sharing': 'no-sharing' }, 'mtg-sharing', 'pass', false],
    ['sharing one tidy window passes in a green meeting', { 'data-class': 'green', 'mtg-sharing': 'one-window' }, 'mtg-sharing', 'pass', false],
    ['sharing one tidy window is a warning in a red meeting', { 'data-class': 'red', 'mtg-sharing': 'one-window' }, 'mtg-sharing', 'warn', false],
    ['sharing without tidying blocks a red meeting', { 'data-class': 'red', 'mtg-sharing': 'unprepared' }, 'mtg-sharing', 'fail', true],
    ['a recording all agreed to passes in a green meeting', { 'data-class': 'green', 'mtg-no-recording': 'consented' }, 'mtg-no-recording', 'pass', false],
    [
      'a recording all agreed to is a warning in a red meeting (stored only in a secure store)',
      { 'data-class': 'red', 'mtg-no-recording': 'consented' },
      'mtg-no-recording',
      'warn',
      false,
    ],
    ['a recording without consent blocks a red meeting', { 'data-class': 'red', 'mtg-no-recording': 'no-consent' }, 'mtg-no-recording', 'fail', true],
    ['a router the provider manages is skipped', { 'net-router-hardened': 'isp-managed' }, 'net-router-hardened', 'skipped', false],
    ['with nothing answered, an item is unknown and never blocks', {}, 'room-headset', 'unknown', false],
    // the data class "not sure" applies the red rules
    ['a data class of "not sure" holds the meeting to the red rules', { 'data-class': 'unsure', 'mtg-no-chat': 'no' }, 'mtg-no-chat', 'fail', true],
    ['a data class left unanswered, other answers given: the red rules', { 'mtg-no-chat': 'unsure' }, 'mtg-no-chat', 'fail', true],
    // nothing gained by not answering
    ['unanswered in a red meeting: counts as no, and blocks', { 'data-class': 'red' }, 'room-headset', 'fail', true],
    ['unanswered in a red meeting, an item that never blocks: unanswered', { 'data-class': 'red' }, 'inc-72h', 'unknown', false],
    ['unanswered in a red meeting, the room: counts as its failing answer', { 'data-class': 'red' }, 'room-private', 'fail', true],
    ['unanswered in a green meeting: unanswered, not blocking', { 'data-class': 'green' }, 'room-headset', 'unknown', false],
    // black: no video tool is right for it
    ['black data fails and blocks', { 'data-class': 'black' }, 'data-class', 'fail', true],
    ['not sure of the data class is a warning, not a block', { 'data-class': 'unsure' }, 'data-class', 'warn', false],
    // the source: "a closed room, or else headphones"
    [
      'red, alone behind a closed door, no headphones: a warning only',
      { 'data-class': 'red', 'room-private': 'alone-closed', 'room-headset': 'no' },
      'room-headset',
      'warn',
      false,
    ],
    ['red, others nearby, no headphones: blocks', { 'data-class': 'red', 'room-private': 'others-nearby', 'room-headset': 'no' }, 'room-headset', 'fail', true],
    ['red, the room not answered, no headphones: blocks', { 'data-class': 'red', 'room-headset': 'no' }, 'room-headset', 'fail', true],
    [
      'green, others nearby, no headphones: fails, does not block',
      { 'data-class': 'green', 'room-private': 'others-nearby', 'room-headset': 'no' },
      'room-headset',
      'fail',
      false,
    ],
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

describe('the meeting', () => {
  it("no answer at all: the machine alone, under the policy's class if it names one", () => {
    expect(meetingOf({}, defaultPolicy)).toEqual({ dataClass: null, redRules: false, scope: 'machine' });
    const red = PolicySchema.parse({ defaultDataClass: 'red' });
    expect(meetingOf({}, red)).toEqual({ dataClass: 'red', redRules: true, scope: 'machine' });
    // the machine alone: no question blocks, even under a red policy
    expect(evaluateQuestions({}, red).filter((q) => q.blocker)).toEqual([]);
    expect(meetingOf({ 'acc-passwords': 'yes' }, defaultPolicy)).toEqual({ dataClass: 'unsure', redRules: true, scope: 'machine-and-meeting' });
    expect(meetingOf({ 'data-class': 'yellow' }, defaultPolicy)).toMatchObject({ dataClass: 'yellow', redRules: false });
    expect(meetingOf({ 'data-class': 'black' }, defaultPolicy)).toMatchObject({ dataClass: 'black', redRules: true });
  });

  it('the questions for red meetings are asked where the red rules apply', () => {
    const passcode = questions.find((q) => q.id === 'vt-passcode')!;
    const link = questions.find((q) => q.id === 'mtg-private-link')!;
    for (const dataClass of ['red', 'unsure', 'black']) {
      expect(applies(passcode, { 'data-class': dataClass }, defaultPolicy), dataClass).toBe(true);
      expect(applies(link, { 'data-class': dataClass }, defaultPolicy), dataClass).toBe(false);
    }
    expect(applies(passcode, { 'data-class': 'green' }, defaultPolicy)).toBe(false);
    expect(applies(link, { 'data-class': 'green' }, defaultPolicy)).toBe(true);
  });
});

describe('the answer and why it counts', () => {
  const say = (answers: Record<string, string>, id: string, lang: 'en' | 'nb' = 'en') => {
    const meeting = meetingOf(answers, defaultPolicy);
    return answerSummary(byId(evaluateQuestions(answers, defaultPolicy, questions, meeting), id), lang, meeting.scope);
  };
  it('says the answer, and what "not sure" or no answer counts as in a red meeting', () => {
    expect(say({ 'data-class': 'red', 'acc-mfa.vpn': 'unsure' }, 'acc-mfa.vpn')).toBe(
      'You answered “Not sure”. In a confidential meeting that counts as “No”.',
    );
    expect(say({ 'data-class': 'red', 'acc-mfa.vpn': 'unsure' }, 'acc-mfa.vpn', 'nb')).toBe('Du svarte «Vet ikke». I et fortrolig møte teller det som «Nei».');
    expect(say({ 'data-class': 'red' }, 'mtg-no-chat')).toBe('Not answered. In a confidential meeting that counts as “No”.');
    expect(say({ 'data-class': 'green' }, 'mtg-no-chat')).toBe('Not answered. An unanswered question earns nothing in the score.');
    expect(say({ 'data-class': 'green', 'room-private': 'open-area' }, 'room-private')).toBe('You answered “In an open area where others pass”.');
    expect(say({ 'data-class': 'red', 'room-private': 'alone-closed', 'room-headset': 'no' }, 'room-headset')).toMatch(
      /^You answered “No”\. You sit alone behind a closed door, so headphones are not required/,
    );
    expect(say({}, 'room-headset')).toBeNull();
  });
});

describe('answers file', () => {
  const schema = answersFileSchema(questions);
  it('accepts a partial file with per-service ids', () => {
    expect(schema.parse({ answers: { 'acc-mfa.email': 'yes', 'acc-mfa.vpn': 'not-used' } }).answers).toEqual({
      'acc-mfa.email': 'yes',
      'acc-mfa.vpn': 'not-used',
    });
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
