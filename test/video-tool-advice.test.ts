import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseVideoTool, renderAdvice } from '../src/advice/video-tool.js';
import { VIDEO_TOOLS_TABLE_COMPILED, videoTools } from '../src/advice/video-tools.js';
import { catalogues, type MessageId } from '../src/i18n/index.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { answersFileSchema, evaluateQuestions, meetingOf } from '../src/questions/evaluate.js';
import { questions } from '../src/questions/items.js';
import { MEETING_NEEDS, videoToolQuestions } from '../src/questions/video-tool.js';
import { ReportSchema } from '../src/report/schema.js';
import { score } from '../src/score.js';
import { sources } from '../src/sources.js';
import { runCli } from './helpers/cli.js';

const CLASSES = ['green', 'yellow', 'red', 'unsure'] as const;

describe('the video tools table', () => {
  it('every tool has sources that exist, at least one meeting need, and notes in both languages', () => {
    expect(VIDEO_TOOLS_TABLE_COMPILED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = videoTools.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tool of videoTools) {
      expect(tool.sources.length, tool.id).toBeGreaterThan(0);
      for (const s of tool.sources) expect(sources, tool.id).toHaveProperty(s);
      expect(tool.needs.length, tool.id).toBeGreaterThan(0);
      for (const note of [...tool.notes, ...(tool.strictNotes ?? [])]) {
        expect(catalogues.en[note], note).toBeTruthy();
        expect(catalogues.nb[note], note).toBeTruthy();
      }
    }
  });
  it('holds the tools of the Bar Association\u2019s list and the health sector\u2019s', () => {
    expect(videoTools.map((t) => t.id)).toEqual(
      expect.arrayContaining(['confrere', 'whereby', 'teams', 'google-meet', 'wire', 'pexip', 'webex', 'zoom', 'zoom-sikt', 'care-connect']),
    );
  });
  it('ordinary Zoom is not approved for red data, Teams only on conditions (the seeds\u2019 warnings)', () => {
    expect(videoTools.find((t) => t.id === 'zoom')!.red).toBe('not-approved');
    expect(videoTools.find((t) => t.id === 'teams')!.red).toBe('conditional');
  });
});

describe('advice', () => {
  const advise = (need: string, dataClass?: string) =>
    adviseVideoTool({ 'meeting-need': need, ...(dataClass ? { 'data-class': dataClass } : {}) }, defaultPolicy);

  it('no kind of meeting, no advice', () => {
    expect(adviseVideoTool({}, defaultPolicy)).toBeNull();
    expect(adviseVideoTool({ 'meeting-need': 'a party' }, defaultPolicy)).toBeNull();
  });

  it('every kind of meeting and data class gets a tool that fits, or a pointer to IT when none fits outright', () => {
    for (const need of MEETING_NEEDS) {
      for (const dataClass of CLASSES) {
        const a = advise(need, dataClass)!;
        const fits = a.tools.some((t) => t.fit === 'fits');
        expect(
          a.tools.some((t) => t.fit !== 'not-suitable'),
          `${need} ${dataClass}`,
        ).toBe(true);
        expect(
          a.notes.some((n) => n.id === 'advice.general.ask-it'),
          `${need} ${dataClass}`,
        ).toBe(!fits);
        if (!a.strict) expect(fits, `${need} ${dataClass}`).toBe(true);
      }
    }
    // colleagues with confidential data: the sources approve no tool outright (Teams only on conditions)
    const a = advise('colleagues', 'red')!;
    expect(a.tools.find((t) => t.tool.id === 'teams')!.fit).toBe('conditions');
    expect(a.notes.map((n) => n.id)).toContain('advice.general.ask-it');
  });

  it('a health consultation never recommends ordinary Zoom, whatever the data class answer', () => {
    for (const dataClass of [...CLASSES, undefined]) {
      const a = advise('health-consultation', dataClass)!;
      expect(a.strict).toBe(true);
      const zoom = a.tools.find((t) => t.tool.id === 'zoom')!;
      expect(zoom.fit).toBe('not-suitable');
      expect(zoom.reasons.map((r) => r.id)).toContain('advice.note.zoom');
      expect(a.tools[0]!.fit).toBe('fits');
      expect(a.notes.map((n) => n.id)).toContain('advice.general.health');
    }
  });

  it('red data: ordinary Zoom not suitable, Teams with the health directorate\u2019s settings first', () => {
    const many = advise('many-international', 'red')!;
    expect(many.tools.find((t) => t.tool.id === 'zoom')!.fit).toBe('not-suitable');
    const health = advise('health-consultation', 'red')!;
    const teams = health.tools.find((t) => t.tool.id === 'teams')!;
    expect(teams.fit).toBe('conditions');
    expect(teams.reasons.map((r) => r.id)).toContain('advice.note.teams');
    expect(health.notes.map((n) => n.id)).toContain('advice.general.no-recording');
    // fits first, not suitable last
    const order = health.tools.map((t) => t.fit);
    expect(order).toEqual([...order].sort((a, b) => ['fits', 'conditions', 'not-suitable'].indexOf(a) - ['fits', 'conditions', 'not-suitable'].indexOf(b)));
  });

  it('green data: the listed tools fit, and the health-only caveat on Teams stays out', () => {
    const a = advise('many-international', 'green')!;
    expect(a.strict).toBe(false);
    expect(a.tools.every((t) => t.fit === 'fits')).toBe(true);
    expect(a.tools.map((t) => t.tool.id)).toEqual(expect.arrayContaining(['webex', 'teams', 'google-meet', 'pexip', 'zoom']));
    expect(a.tools.find((t) => t.tool.id === 'teams')!.reasons.map((r) => r.id)).not.toContain('advice.note.teams');
  });

  it('a data class not yet known is treated as confidential, and says so', () => {
    const a = advise('one-to-one-client', 'unsure')!;
    expect(a.strict).toBe(true);
    expect(a.notes.map((n) => n.id)).toContain('advice.general.unsure');
    // the policy's default class counts when the employee does not say
    const redDefault = PolicySchema.parse({ defaultDataClass: 'red' });
    expect(adviseVideoTool({ 'meeting-need': 'colleagues' }, redDefault)!.dataClass).toBe('red');
  });

  it('the advice text exists in both languages, with every parameter filled', () => {
    for (const need of MEETING_NEEDS) {
      for (const dataClass of CLASSES) {
        const a = advise(need, dataClass)!;
        const en = renderAdvice(a, 'en');
        const nb = renderAdvice(a, 'nb');
        expect(ReportSchema.shape.advice.unwrap().shape.videoTool.unwrap().parse(en)).toBeTruthy();
        for (const r of [en, nb]) {
          for (const s of [r.intro, ...r.tools.map((t) => t.text), ...r.notes]) {
            expect(s.trim()).not.toBe('');
            expect(s).not.toMatch(/\{\w+\}|advice\.|undefined/);
          }
          expect(r.sources.length).toBeGreaterThan(0);
          for (const s of r.sources) expect(sources).toHaveProperty(s);
        }
        expect(nb.intro).not.toBe(en.intro);
        expect(nb.tools.map((t) => t.fit)).toEqual(en.tools.map((t) => t.fit));
      }
    }
  });

  it('every message id the advice can name exists in both catalogues', () => {
    const ids = new Set<string>();
    for (const need of MEETING_NEEDS)
      for (const dc of CLASSES) {
        const a = advise(need, dc)!;
        for (const t of a.tools) for (const r of t.reasons) ids.add(r.id);
        for (const n of a.notes) ids.add(n.id);
      }
    for (const id of ids) {
      expect(catalogues.en[id as MessageId], id).toBeTruthy();
      expect(catalogues.nb[id as MessageId], id).toBeTruthy();
    }
  });
});

describe('the video tool questions', () => {
  const settings = videoToolQuestions.filter((q) => q.id !== 'meeting-need');
  const ids = (answers: Record<string, string>) => evaluateQuestions(answers, defaultPolicy).map((q) => q.item.id);

  it('are in the questionnaire and its answers schema', () => {
    for (const q of videoToolQuestions) expect(questions.map((x) => x.id)).toContain(q.id);
    const parsed = answersFileSchema().parse({ answers: { 'meeting-need': 'colleagues', 'vt-e2ee': 'not-offered', 'vt-private-link': 'yes' } });
    expect(parsed.answers['vt-e2ee']).toBe('not-offered');
    expect(() => answersFileSchema().parse({ answers: { 'vt-private-link': 'not-offered' } })).toThrow();
  });

  it('cover the seed\u2019s secure settings, each with a source, only where the red rules apply', () => {
    expect(settings.map((q) => q.id)).toEqual([
      'vt-generated-id',
      'vt-passcode',
      'vt-waiting-room',
      'vt-e2ee',
      'vt-no-join-before-host',
      'vt-lock-meeting',
      'vt-private-link',
    ]);
    for (const q of settings) {
      expect(q.when?.dataClass, q.id).toEqual(['red', 'black', 'unsure']);
      expect(q.sources, q.id).toContain('nfkut-video-tools');
    }
  });

  it.each([
    [{ 'data-class': 'red' }, true],
    [{ 'data-class': 'green' }, false],
    [{ 'data-class': 'yellow' }, false],
    // "not sure" holds the meeting to the red rules; before the class is answered, so does the default
    [{ 'data-class': 'unsure' }, true],
    [{}, true],
  ])('asked when %j: %s', (answers, asked) => {
    const got = ids(answers);
    for (const q of settings) expect(got.includes(q.id), q.id).toBe(asked);
    expect(got).toContain('meeting-need');
  });

  it('a red default in the policy asks them too', () => {
    const policy = PolicySchema.parse({ defaultDataClass: 'red' });
    expect(evaluateQuestions({}, policy).map((q) => q.item.id)).toContain('vt-e2ee');
  });

  it('in a red meeting: "no" to encryption blocks, "the tool has no such setting" warns, "unsure" fails', () => {
    const ev = (value: string, id = 'vt-e2ee') => evaluateQuestions({ 'data-class': 'red', [id]: value }, defaultPolicy).find((q) => q.item.id === id)!;
    expect(ev('no')).toMatchObject({ status: 'fail', blocker: true });
    expect(ev('not-offered')).toMatchObject({ status: 'warn', blocker: false });
    expect(ev('unsure')).toMatchObject({ status: 'fail', blocker: true });
    expect(ev('yes')).toMatchObject({ status: 'pass', blocker: false });
    expect(ev('no', 'vt-generated-id')).toMatchObject({ status: 'fail', blocker: false });
    expect(ev('unsure', 'vt-generated-id')).toMatchObject({ status: 'warn', blocker: false });
  });

  it('the kind of meeting leaves the score untouched', () => {
    const scored = (answers: Record<string, string>) => {
      const meeting = meetingOf(answers, defaultPolicy);
      const questions = evaluateQuestions(answers, defaultPolicy, undefined, meeting).map((q) => ({
        id: q.item.id,
        category: q.item.category,
        status: q.status,
        weight: q.weight,
        blocker: q.blocker,
        answer: q.answer,
      }));
      return score([{ id: 'c', category: 'device', status: 'pass', weight: 1, blocker: false }], questions, meeting, defaultPolicy);
    };
    const without = scored({ 'data-class': 'green', 'room-private': 'alone-closed', 'acc-mfa.email': 'no' });
    const withNeed = scored({ 'data-class': 'green', 'room-private': 'alone-closed', 'acc-mfa.email': 'no', 'meeting-need': 'colleagues' });
    expect(withNeed.value).toBe(without.value);
    expect(withNeed.verdict).toBe(without.verdict);
  });
});

describe('advice and red-only questions through the built CLI', () => {
  const answersFile = (answers: Record<string, string>) => {
    const path = join(mkdtempSync(join(tmpdir(), 'hoc-answers-')), 'answers.json');
    writeFileSync(path, JSON.stringify({ answers }));
    return path;
  };
  const RED_HEALTH = {
    'data-class': 'red',
    'meeting-need': 'health-consultation',
    'room-private': 'alone-closed',
    'acc-mfa.email': 'yes',
    'vt-e2ee': 'no',
    'vt-private-link': 'yes',
  };

  it('a red health consultation: the advice, the secure-settings questions, and a blocker for encryption off', async () => {
    const path = answersFile(RED_HEALTH);
    const plain = await runCli(['--answers', path, '--offline', '--only', 'video-apps', '--plain', '--lang', 'en']);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/Advice on choosing a video tool \(does not count in the score\):/);
    expect(plain.stdout).toMatch(/- Confrere: fits\./);
    expect(plain.stdout).toMatch(/- Zoom: not suitable\..*not approved for health data/);
    // the short title, declared by the employee, with the answer given
    expect(plain.stdout).toMatch(/✗ Fails: End-to-end encryption \(your answer\)\n {4}You answered “No”\./);
    expect(plain.stdout.indexOf('End-to-end encryption (your answer)')).toBeGreaterThan(plain.stdout.indexOf('Must be fixed before the meeting:'));

    const json = await runCli(['--answers', path, '--offline', '--only', 'video-apps', '--json', '--lang', 'nb']);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    expect(report.advice?.videoTool?.meetingNeed).toBe('health-consultation');
    expect(report.advice?.videoTool?.tools.find((t) => t.id === 'zoom')?.fit).toBe('not-suitable');
    expect(report.advice?.videoTool?.intro).toMatch(/fortrolig \(rød\)/);
    expect(report.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['vt-passcode', 'vt-e2ee', 'vt-lock-meeting', 'vt-private-link']));
    expect(report.score.blockers).toContain('vt-e2ee');
  });

  it('a green meeting with colleagues: advice without the red-only questions', async () => {
    const path = answersFile({ 'data-class': 'green', 'meeting-need': 'colleagues' });
    const json = await runCli(['--answers', path, '--offline', '--only', 'video-apps', '--json']);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    expect(report.questions.map((q) => q.id).filter((id) => id.startsWith('vt-'))).toEqual([]);
    expect(report.advice?.videoTool?.tools.every((t) => t.fit === 'fits')).toBe(true);
    const plain = await runCli(['--answers', path, '--offline', '--only', 'video-apps', '--plain', '--lang', 'nb']);
    expect(plain.stdout).toMatch(/Råd om valg av videoverktøy \(teller ikke i poengsummen\):/);
    expect(plain.stdout).toMatch(/- Microsoft Teams: passer\./);
  });

  it('no kind of meeting given: no advice section at all', async () => {
    const json = await runCli(['--no-questions', '--offline', '--only', 'video-apps', '--json']);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('advice');
  });
});
