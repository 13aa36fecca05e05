/**
 * The guidance as its sources put it: vendor claims attributed, each source's own date shown and the
 * advice's age said, the seeds' own words on Teams, Uninett Zoom, Whereby, the breach rule and
 * screen sharing; and the questions added from the guidance (the work computer, fraud, USB sticks,
 * the home Wi-Fi, NCSC's test and mute, the health consultation's own items): in every language,
 * with sources that exist, the health ones only for a health consultation, the lasting ones
 * remembered. The seeds' sentences quoted below are from ../shared/seeds (named per test).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseVideoTool, renderAdvice } from '../src/advice/video-tool.js';
import { videoTools } from '../src/advice/video-tools.js';
import { listing } from '../src/commands/schema.js';
import { catalogues, LANGS, type MessageId } from '../src/i18n/index.js';
import { defaultPolicy } from '../src/policy.js';
import { applies, evaluateQuestions, meetingOf } from '../src/questions/evaluate.js';
import { healthItems } from '../src/questions/health.js';
import { questions } from '../src/questions/items.js';
import { isRememberable, isRememberedAnswer } from '../src/questions/remembered.js';
import { ReportSchema } from '../src/report/schema.js';
import { publishedOn, sources, type Source } from '../src/sources.js';
import { runCli } from './helpers/cli.js';

const ADDED = ['dev-managed', 'inc-phishing', 'data-removable-media', 'net-wifi-password', 'mtg-test-av', 'mtg-mute'];
const HEALTH = ['health-dpa', 'health-risk-assessment', 'health-patient-id', 'health-consent', 'health-patients-apart'];
const item = (id: string) => questions.find((q) => q.id === id)!;
const RUN_DAY = new Date('2026-11-30T09:00:00Z');

const advice = (need: string, dataClass: string, lang: 'en' | 'nb' | 'nn', today = RUN_DAY) =>
  renderAdvice(adviseVideoTool({ 'meeting-need': need, 'data-class': dataClass }, defaultPolicy)!, lang, today);
const toolText = (need: string, dataClass: string, lang: 'en' | 'nb' | 'nn', tool: string) =>
  advice(need, dataClass, lang).tools.find((t) => t.id === tool)!.text;

describe('the questions added from the guidance', () => {
  it.each([...ADDED, ...HEALTH])('%s: in en, nb and nn (nn written, not Bokmål), with sources that exist and a weight', (id) => {
    const q = item(id);
    expect(q, id).toBeDefined();
    expect(q.sources.length).toBeGreaterThan(0);
    for (const s of q.sources) expect(sources).toHaveProperty(s);
    expect(q.weight).toBeGreaterThan(0);
    expect(['always', 'red', 'never']).toContain(q.blocker);
    for (const text of [q.title, q.question, q.why, q.fix, ...q.choices.map((c) => c.label)]) {
      for (const lang of LANGS) expect(text[lang].trim(), `${id} ${lang}`).not.toBe('');
      expect(text.nb, id).not.toBe(text.en);
    }
    // the Nynorsk is in the catalogue itself, not the Bokmål fallback
    for (const part of ['title', 'question', 'why', 'fix']) expect(catalogues.nn[`q.${id}.${part}` as MessageId], `${id}.${part}`).toBeTruthy();
    expect(q.question.nn).not.toBe(q.question.nb);
  });

  it('rest on the sources that say them: NSM for the work computer and fraud, NCSC for the test, Normen fact sheet 54 for the health items', () => {
    expect(item('dev-managed').sources).toContain('nsm-home-office');
    expect(item('inc-phishing').sources).toContain('nsm-home-office');
    expect(item('data-removable-media').sources).toContain('nsm-home-office');
    expect(item('net-wifi-password').sources).toContain('nsm-home-office');
    expect(item('mtg-test-av').sources).toContain('ncsc-home-working');
    expect(item('mtg-mute').sources).toContain('ncsc-home-working');
    for (const id of ['health-dpa', 'health-risk-assessment', 'health-patient-id']) expect(item(id).sources, id).toContain('normen-faktaark-54');
    expect(item('health-consent').sources).toEqual(expect.arrayContaining(['nfkut-video-tools', 'video-checklist']));
    // that patients must never meet is the vendor's reading of Normen: cited as the vendor's page
    expect(item('health-patients-apart').sources).toContain('confrere-on-normen');
    expect(item('health-patients-apart').why.en).toMatch(/supplier Confrere says Normen demands it/);
    expect(item('health-patients-apart').why.nb).toMatch(/Leverandøren Confrere oppgir at Normen krever det/);
  });

  it('the work computer blocks a red meeting when it is a private one, and a practice of one\u2019s own counts as the work computer', () => {
    const ev = (answer: string, dataClass = 'red') =>
      evaluateQuestions({ 'data-class': dataClass, 'dev-managed': answer }, defaultPolicy).find((q) => q.item.id === 'dev-managed')!;
    expect(ev('no')).toMatchObject({ status: 'fail', blocker: true });
    expect(ev('no', 'green')).toMatchObject({ status: 'fail', blocker: false });
    expect(ev('own-business')).toMatchObject({ status: 'pass', blocker: false });
    expect(ev('unsure')).toMatchObject({ status: 'fail', blocker: true });
    expect(item('dev-managed').why.nb).toMatch(/NSM/);
  });

  it('the health items are asked only for a health consultation, and only once the kind of meeting is known', () => {
    expect(healthItems.map((q) => q.id)).toEqual(HEALTH);
    const asked = (answers: Record<string, string>) => evaluateQuestions(answers, defaultPolicy).map((q) => q.item.id);
    for (const need of ['one-to-one-client', 'colleagues', 'many-international']) {
      const ids = asked({ 'data-class': 'red', 'meeting-need': need });
      for (const id of HEALTH) expect(ids, `${need} ${id}`).not.toContain(id);
    }
    const health = asked({ 'data-class': 'red', 'meeting-need': 'health-consultation' });
    for (const id of HEALTH) expect(health).toContain(id);
    // before the kind of meeting is answered they wait, in the interactive flow too (applies)
    for (const q of healthItems) {
      expect(applies(q, { 'data-class': 'red' }, defaultPolicy)).toBe(false);
      expect(applies(q, { 'data-class': 'red', 'meeting-need': 'health-consultation' }, defaultPolicy)).toBe(true);
    }
    // and they are asked after it
    const order = questions.map((q) => q.id);
    for (const id of HEALTH) expect(order.indexOf(id)).toBeGreaterThan(order.indexOf('meeting-need'));
  });

  it('in a red health consultation, no data processing agreement, or patients not identified, blocks', () => {
    const ev = (id: string, answer: string) =>
      evaluateQuestions({ 'data-class': 'red', 'meeting-need': 'health-consultation', [id]: answer }, defaultPolicy).find((q) => q.item.id === id)!;
    expect(ev('health-dpa', 'no')).toMatchObject({ status: 'fail', blocker: true });
    expect(ev('health-patient-id', 'no')).toMatchObject({ status: 'fail', blocker: true });
    expect(ev('health-patients-apart', 'unsure')).toMatchObject({ status: 'fail', blocker: true });
    // the employer's risk assessment and the patient's consent are warned about, not blocking
    expect(ev('health-risk-assessment', 'no')).toMatchObject({ status: 'fail', blocker: false });
    expect(ev('health-consent', 'no')).toMatchObject({ status: 'fail', blocker: false });
  });

  it('a health consultation is confidential whatever class was picked: green or yellow take the red rules, and a missing agreement blocks', () => {
    for (const picked of ['green', 'yellow'] as const) {
      const answers = { 'data-class': picked, 'meeting-need': 'health-consultation', 'health-dpa': 'no' };
      expect(meetingOf(answers, defaultPolicy)).toMatchObject({ dataClass: 'red', redRules: true });
      expect(evaluateQuestions(answers, defaultPolicy).find((q) => q.item.id === 'health-dpa')).toMatchObject({ status: 'fail', blocker: true });
    }
    // other meetings keep the class that was picked
    expect(meetingOf({ 'data-class': 'green', 'meeting-need': 'colleagues' }, defaultPolicy)).toMatchObject({ dataClass: 'green', redRules: false });
  });

  it('every one of them is remembered: a repeat run asks none of them again', () => {
    for (const id of [...ADDED, ...HEALTH]) expect(isRememberable(id), id).toBe(true);
    // what a repeat run of a green meeting still asks: none of the added items is among them
    const perMeeting = evaluateQuestions({ 'data-class': 'green', 'meeting-need': 'colleagues' }, defaultPolicy)
      .map((q) => q.item.id)
      .filter((id) => !isRememberable(id));
    for (const id of [...ADDED, ...HEALTH]) expect(perMeeting).not.toContain(id);
    // the meeting's own questions stay unremembered; sharing and recording keep only the habit, not this meeting's case
    for (const id of ['data-class', 'meeting-need']) expect(isRememberable(id), id).toBe(false);
    expect(isRememberedAnswer('mtg-sharing', 'one-window')).toBe(true);
    expect(isRememberedAnswer('mtg-sharing', 'no-sharing')).toBe(true);
    expect(isRememberedAnswer('mtg-no-recording', 'no-recording')).toBe(true);
    for (const value of ['consented', 'no-consent']) expect(isRememberedAnswer('mtg-no-recording', value), value).toBe(false);
  });

  it('--list shows the health items as health-only, and each source with its own date', () => {
    const text = listing('en', false, questions);
    expect(text).toMatch(/question health-dpa .*only for health-consultation meetings/);
    expect(text).toMatch(/nfkut-video-tools: NFKUT: .*\[2021-02-15\]/);
    expect(text).toMatch(/confrere-on-normen: Confrere \(the vendor\): .*\[undated\]/);
    const json = JSON.parse(listing('en', true, questions)) as { questions: Array<{ id: string; when?: unknown }>; sources: Record<string, Source> };
    expect(json.questions.find((q) => q.id === 'health-consent')!.when).toEqual({ meetingNeed: ['health-consultation'] });
    expect(json.sources['nettvett-video']!.published).toBe('2020-03');
  });
});

describe('faithful to the sources', () => {
  it('no text says Normen demands something unless it names the fact sheet, or the vendor whose claim it is', () => {
    // seed 001 is Confrere's own page: "Confrere oppfyller kravene i Normen", "I Normen kreves det at videosamtalen er kryptert ende til ende"
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(catalogues[lang])) {
        // a source's name in --list (Normen faktaark 29: Hjemmekontor) names a document, it claims nothing
        if (!/Normen/.test(text!) || key.startsWith('list.source.')) continue;
        expect(text, `${lang} ${key}`).toMatch(/faktaark 54|fact sheet 54|Confrere|leverandøren|supplier/i);
      }
    expect(toolText('health-consultation', 'red', 'nb', 'confrere')).toMatch(/Leverandøren oppgir på sin egen side at løsningen oppfyller kravene i Normen/);
    expect(toolText('health-consultation', 'red', 'en', 'confrere')).toMatch(/The supplier states on its own page that it meets Normen/);
    expect(toolText('health-consultation', 'red', 'nn', 'confrere')).toMatch(/Leverandøren oppgir på si eiga side/);
    // encryption for red data rests on NFKUT (seed 003: "skal aktiveres ved innsamling av røde data"), not on the vendor
    expect(catalogues.nb['vtq.e2ee.why']).toMatch(/NFKUT sier at det skal slås på når møtet gjelder røde data/);
    expect(sources['confrere-on-normen'].publisher).toMatch(/vendor/);
    const general = advice('health-consultation', 'red', 'nb');
    expect(general.notes.join(' ')).toMatch(/Normens faktaark 54 databehandleravtale .* risikovurdering og entydig identifisering/);
    expect(general.sources).toEqual(expect.arrayContaining(['normen-faktaark-54', 'confrere-on-normen']));
  });

  it('the advice shows each source with its own date and says how old it is, not the day the table was written', () => {
    const nb = advice('colleagues', 'green', 'nb');
    expect(nb.intro).toMatch(/Kildene er fra mars 2020 til 15\. februar 2021: rådene er minst 6 år gamle/);
    expect(nb.intro).not.toMatch(/2026|satt sammen/);
    expect(toolText('colleagues', 'green', 'nb', 'teams')).toMatch(
      /Kilder: Advokatforeningens liste på nettvett\.no \(mars 2020\), NFKUTs liste for psykoterapeuter \(15\. februar 2021\) og en kommunes regler for videomøter \(2020\)\./,
    );
    expect(toolText('one-to-one-client', 'green', 'nb', 'confrere')).toMatch(/Confreres egen side \(udatert\)/);
    const en = advice('colleagues', 'green', 'en');
    expect(en.intro).toMatch(/The sources date from March 2020 to 15 February 2021: the advice is at least 6 years old/);
    expect(advice('colleagues', 'green', 'nn').intro).toMatch(/Kjeldene er frå mars 2020 til 15\. februar 2021: råda er minst 6 år gamle/);
    // the age follows the day of the run
    expect(advice('colleagues', 'green', 'en', new Date('2021-03-01T12:00:00Z')).intro).toMatch(/less than a year old/);
    expect(advice('colleagues', 'green', 'en', new Date('2021-04-01T12:00:00Z')).intro).toMatch(/at least 1 year old/);
    // only NFKUT behind the tools shown: one date
    expect(advice('health-consultation', 'green', 'en').tools.find((t) => t.id === 'care-connect')!.text).toMatch(
      /Sources: NFKUT’s list for psychotherapists \(15 February 2021\)\./,
    );
    // the report carries each dated source's own date
    expect(nb.sourceDates).toMatchObject({ 'nettvett-video': '2020-03', 'nfkut-video-tools': '2021-02-15' });
    expect(ReportSchema.shape.advice.unwrap().shape.videoTool.unwrap().parse(nb).sourceDates).toBeTruthy();
  });

  it('each source the tools table names is dated where the source gives a date, and named in every language', () => {
    expect(publishedOn(sources['nfkut-video-tools'])).toEqual({ date: '2021-02-15T12:00:00Z', precision: 'day' });
    expect(publishedOn(sources['nettvett-video'])).toEqual({ date: '2020-03-15T12:00:00Z', precision: 'month' });
    expect(publishedOn(sources['confrere-on-normen'])).toBeNull();
    for (const id of new Set(videoTools.flatMap((t) => t.sources)))
      for (const lang of LANGS) expect(catalogues[lang][`source.${id}` as MessageId], `${lang} source.${id}`).toBeTruthy();
  });

  it('Teams: "mest egnet til grønne og gule data" (seed 003) always; "sensitiv personinformasjon ikke skal deles/lagres på Teams" (seed 004) where confidential', () => {
    expect(toolText('colleagues', 'green', 'nb', 'teams')).toMatch(/NFKUT: mest egnet til grønne og gule data/);
    expect(toolText('colleagues', 'green', 'nb', 'teams')).not.toMatch(/skal ikke deles eller lagres i Teams/);
    const strict = toolText('colleagues', 'red', 'nb', 'teams');
    expect(strict).toMatch(/sensitive personopplysninger skal ikke deles eller lagres i Teams, selv om du er logget på med totrinnsinnlogging/);
    expect(strict).toMatch(/Direktoratet for e-helse/);
    expect(toolText('colleagues', 'red', 'en', 'teams')).toMatch(/best suited to green and yellow data.*not to be shared or stored in Teams/);
  });

  it('Uninett Zoom: recordings may not be STORED in the health sector except in a secure store such as TSD (seed 003), not "recording forbidden"', () => {
    for (const lang of ['en', 'nb', 'nn'] as const) {
      const text = toolText('health-consultation', 'red', lang, 'zoom-sikt');
      expect(text, lang).toMatch(/TSD \(Tjenester for sensitive data\)/);
      expect(text, lang).not.toMatch(/recordings are not allowed|opptak er ikke tillatt/i);
    }
    expect(toolText('health-consultation', 'red', 'en', 'zoom-sikt')).toMatch(/Recordings may not be stored in the health sector except on a secure server/);
    expect(toolText('health-consultation', 'red', 'nb', 'zoom-sikt')).toMatch(
      /Opptak skal ikke lagres i helsesektoren, bortsett fra hos en sikker lagringstjeneste/,
    );
  });

  it('Whereby\u2019s "free for up to 4" is dated 2020, not given as today\u2019s price', () => {
    expect(toolText('one-to-one-client', 'green', 'en', 'whereby')).toMatch(/In 2020 .* free for up to 4 participants; prices may have changed/);
    expect(toolText('one-to-one-client', 'green', 'nb', 'whereby')).toMatch(/I 2020 var den gratis for opptil 4 deltakere/);
  });

  it('the breach rule: as soon as possible and within 72 hours, through Altinn, unless unlikely to lead to a risk; a sole practitioner reports personally', () => {
    // seed 003: "så snart som mulig etter at avviket er oppdaget, og senest innen 72 timer"; "via Altinn";
    // "Privatpraktiserende ... anses for å være behandlingsansvarlig virksomhet"
    const q = item('inc-72h');
    expect(q.question.nb).toMatch(/snarest, og senest innen 72 timer etter at det ble oppdaget/);
    expect(q.fix.nb).toMatch(/i Altinn/);
    expect(q.fix.nb).toMatch(/med mindre det er lite sannsynlig at bruddet fører til en risiko/);
    expect(q.fix.nb).toMatch(/Driver du egen praksis, er du behandlingsansvarlig og melder selv/);
    expect(q.fix.en).toMatch(/through Altinn, as soon as possible and within 72 hours, unless the breach is unlikely to lead to a risk/);
    expect(q.fix.en).toMatch(/If you run your own practice, you are the controller: report it yourself/);
    expect(q.fix.nn).toMatch(/snarast, og seinast innan 72 timar/);
    expect(q.fix.nn).toMatch(/Driv du eigen praksis, er du behandlingsansvarleg og melder sjølv i Altinn/);
    expect(sources['datatilsynet-breach'].url).toBe(
      'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/avvikshandtering/nar-skal-jeg-melde-avvik/',
    );
  });

  it('screen sharing: the question and its fix say to avoid it in a confidential meeting (seed 004: "Unngå ... deling av skjerm")', () => {
    const q = item('mtg-sharing');
    expect(q.question.nb).toBe('Skal du dele skjermen i møtet?');
    expect(q.choices.map((c) => c.value)).toEqual(['no-sharing', 'one-window', 'unprepared', 'unsure']);
    expect(q.why.nb).toMatch(/I fortrolige møter sier reglene at du skal unngå skjermdeling/);
    expect(q.fix.nb).toMatch(/I et fortrolig møte: ikke del skjermen/);
    expect(q.fix.en).toMatch(/In a confidential meeting, do not share the screen/);
    expect(q.fix.nn).toMatch(/I eit fortruleg møte: ikkje del skjermen/);
    expect(q.sources).toContain('municipal-meeting-rules');
  });

  it('recording is asked plainly: "Will the meeting be recorded?", with consent and the secure store for confidential meetings', () => {
    const q = item('mtg-no-recording');
    expect(q.question.nb).toBe('Blir møtet tatt opp?');
    expect(q.choices.map((c) => c.label.nb)).toEqual(['Nei', 'Ja, alle har samtykket på forhånd', 'Ja, uten at alle har samtykket', 'Vet ikke']);
    expect(q.fix.nb).toMatch(/TSD/);
  });
});

describe('through the built CLI', () => {
  const answersFile = (answers: Record<string, string>) => {
    const path = join(mkdtempSync(join(tmpdir(), 'hoc-guidance-')), 'answers.json');
    writeFileSync(path, JSON.stringify({ answers }));
    return path;
  };

  it('a red health consultation reports the health items (no agreement blocks); a meeting with colleagues has none of them', async () => {
    const health = await runCli([
      '--answers',
      answersFile({ 'data-class': 'red', 'meeting-need': 'health-consultation', 'health-dpa': 'no', 'dev-managed': 'yes' }),
      '--offline',
      '--only',
      'video-apps',
      '--json',
      '--lang',
      'nn',
    ]);
    const report = ReportSchema.parse(JSON.parse(health.stdout));
    const ids = report.questions.map((q) => q.id);
    for (const id of HEALTH) expect(ids).toContain(id);
    expect(report.score.blockers).toContain('health-dpa');
    expect(report.questions.find((q) => q.id === 'health-dpa')!.title).toBe('Databehandlaravtale');
    expect(report.advice?.videoTool?.intro).toMatch(/Kjeldene er frå mars 2020/);

    const colleagues = await runCli([
      '--answers',
      answersFile({ 'data-class': 'red', 'meeting-need': 'colleagues' }),
      '--offline',
      '--only',
      'video-apps',
      '--json',
    ]);
    const other = ReportSchema.parse(JSON.parse(colleagues.stdout));
    for (const id of HEALTH) expect(other.questions.map((q) => q.id)).not.toContain(id);
    for (const id of ADDED) expect(other.questions.map((q) => q.id)).toContain(id);
  });
});
