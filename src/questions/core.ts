/**
 * The questionnaire's own items: what no program can see. Each names the guidance it rests on
 * (src/sources.ts); its texts live in the message catalogues as q.<id>.question/why/fix, and a
 * choice's label as q.<id>.<value> unless it is one of the common answers (yes, no, not sure).
 */
import type { Category } from '../check.js';
import { catalogues, inLang, t, type Lang, type MessageId } from '../i18n/index.js';
import type { Service } from '../policy.js';
import type { SourceId } from '../sources.js';
import { terminalText } from '../text/terminal.js';
import { text } from './text.js';
import type { Choice, QuestionItem } from './types.js';

/** A catalogue key built from an item id: fails at load time, not on screen, when it is missing. */
function key(id: string): MessageId {
  if (!(id in catalogues.en)) throw new Error(`questionnaire: message '${id}' is missing from the catalogues`);
  return id as MessageId;
}

/** The usual three answers: yes is right, no falls short, unsure is a warning (a failure for red data). */
export function yesNo(): Choice[] {
  return [
    { value: 'yes', label: text('q.yes'), status: 'pass' },
    { value: 'no', label: text('q.no'), status: 'fail' },
    { value: 'unsure', label: text('q.unsure'), status: 'warn' },
  ];
}

/**
 * Yes, no, an answer that says the question does not apply to this meeting (skipped: neither a pass
 * nor a fail), and not sure.
 */
function yesNoOrNotApplicable(value: string): Array<readonly [string, Choice['status']]> {
  return [
    ['yes', 'pass'],
    ['no', 'fail'],
    [value, 'skipped'],
    ['unsure', 'warn'],
  ];
}

export interface Spec {
  id: string;
  category: Category;
  weight: number;
  blocker: QuestionItem['blocker'];
  sources: readonly SourceId[];
  /**
   * [value, status] pairs whose labels are q.<id>.<value> (yes, no, unsure: the common ones), and a
   * third member where the answer means otherwise under the red rules; yes/no/unsure when left out
   */
  choices?: ReadonlyArray<readonly [string, Choice['status']] | readonly [string, Choice['status'], Choice['status']]>;
}

const COMMON: Record<string, MessageId> = { yes: 'q.yes', no: 'q.no', unsure: 'q.unsure' };

export function item(spec: Spec): QuestionItem {
  const base = `q.${spec.id}`;
  return {
    id: spec.id,
    category: spec.category,
    weight: spec.weight,
    blocker: spec.blocker,
    sources: spec.sources,
    title: text(key(`${base}.title`)),
    question: text(key(`${base}.question`)),
    why: text(key(`${base}.why`)),
    fix: text(key(`${base}.fix`)),
    choices: spec.choices
      ? spec.choices.map(([value, status, redStatus]) => ({
          value,
          status,
          ...(redStatus ? { redStatus } : {}),
          label: text(COMMON[value] ?? key(`${base}.${value}`)),
        }))
      : yesNo(),
  };
}

/** The item that sets the bar for the others: how sensitive is what this meeting is about. */
export const DATA_CLASS_ID = 'data-class';

/**
 * Green, yellow and red are all fine answers: the class sets the bar for everything else, so the item
 * itself weighs nothing in the score. "Not sure" is a warning and applies the red rules (the advice:
 * treat it as red until you know). Black (strictly confidential or classified) fails and blocks:
 * no video tool is right for it (GUIDANCE: "black data → no video tool").
 */
export const dataClassItems: readonly QuestionItem[] = [
  item({
    id: DATA_CLASS_ID,
    category: 'data',
    weight: 0,
    blocker: 'always',
    sources: ['nfkut-video-tools', 'normen-faktaark-29'],
    choices: [
      ['green', 'pass'],
      ['yellow', 'pass'],
      ['red', 'pass'],
      ['black', 'fail'],
      ['unsure', 'warn'],
    ],
  }),
].map((item) => ({ ...item, choices: item.choices.map((c) => (c.value === 'black' ? { ...c, fix: text('q.data-class.fix-black') } : c)) }));

/**
 * NSM's first home-office advice: "Bruk arbeidsgivers utstyr og kommunikasjonsløsninger hvis mulig"
 * (use the employer's equipment). Asked of the employee; the managed-device check reads what the
 * machine itself can tell (domain or Entra join, MDM enrolment). Someone who runs a practice of their
 * own has no employer: a computer kept for that work alone is the work computer.
 */
export const deviceItems: readonly QuestionItem[] = [
  item({
    id: 'dev-managed',
    category: 'device',
    weight: 5,
    blocker: 'red',
    sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'nsm-grunnprinsipper'],
    choices: [
      ['yes', 'pass'],
      ['own-business', 'pass'],
      ['no', 'fail'],
      ['unsure', 'warn'],
    ],
  }),
];

export const roomItems: readonly QuestionItem[] = [
  item({
    id: 'room-private',
    category: 'room',
    weight: 5,
    blocker: 'red',
    sources: ['nsm-home-office', 'municipal-meeting-rules', 'normen-faktaark-29', 'nfkut-video-tools'],
    choices: [
      ['alone-closed', 'pass'],
      ['others-nearby', 'warn'],
      ['open-area', 'fail'],
    ],
  }),
  // "closed room, or else headphones" (the municipal rules quoting NSM); NFKUT: headphones where practical
  {
    ...item({
      id: 'room-headset',
      category: 'room',
      weight: 4,
      blocker: 'red',
      sources: ['municipal-meeting-rules', 'nfkut-video-tools', 'normen-faktaark-29'],
    }),
    relief: { item: 'room-private', answer: 'alone-closed', status: 'warn', because: text('q.room-headset.relief') },
  },
  item({ id: 'room-screen-privacy', category: 'room', weight: 3, blocker: 'never', sources: ['normen-faktaark-29', 'ncsc-home-working'] }),
  item({ id: 'room-background', category: 'room', weight: 3, blocker: 'never', sources: ['ncsc-home-working', 'nfkut-video-tools'] }),
  item({ id: 'room-listening-devices', category: 'room', weight: 3, blocker: 'never', sources: ['nfkut-video-tools', 'ncsc-home-working'] }),
  item({ id: 'room-clean-desk', category: 'room', weight: 3, blocker: 'never', sources: ['municipal-meeting-rules', 'normen-faktaark-29'] }),
  item({
    id: 'room-physical-access',
    category: 'room',
    weight: 3,
    blocker: 'never',
    sources: ['nsm-home-office', 'normen-faktaark-29', 'nettvett-hjemmekontor'],
  }),
];

/** The family id of the two-factor items: acc-mfa.<service id>, one per service in the policy. */
export const MFA_ID = 'acc-mfa';

export function serviceName(service: Service, lang: Lang): string {
  // a name from the policy file reaches the terminal in every question: made safe for it
  if (typeof service.name === 'string') return terminalText(service.name, 100);
  if (service.name) return terminalText(inLang({ ...service.name, nn: service.name.nn ?? service.name.nb }, lang), 100);
  const known = `q.service.${service.id}`;
  return known in catalogues.en ? t(lang, known as MessageId) : service.id;
}

/** Two-factor authentication, asked once per service; the weight of 5 is shared among them. */
export function mfaItems(services: readonly Service[]): QuestionItem[] {
  const weight = services.length > 0 ? Math.round((5 / services.length) * 10) / 10 : 0;
  return services.map((service) => {
    const params = (lang: Lang) => ({ service: serviceName(service, lang) });
    return {
      id: `${MFA_ID}.${service.id}`,
      category: 'accounts',
      weight,
      blocker: 'red',
      sources: ['nsm-home-office', 'nsm-grunnprinsipper', 'nettvett-hjemmekontor', 'ncsc-home-working'],
      title: text('q.acc-mfa.title', params),
      question: text('q.acc-mfa.question', params),
      why: text('q.acc-mfa.why'),
      fix: text('q.acc-mfa.fix', params),
      choices: [...yesNo(), { value: 'not-used', label: text('q.not-used'), status: 'skipped' }],
    } satisfies QuestionItem;
  });
}

export const accountItems: readonly QuestionItem[] = [
  item({ id: 'acc-passwords', category: 'accounts', weight: 3, blocker: 'never', sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'ncsc-home-working'] }),
  item({
    id: 'acc-approved-tool',
    category: 'accounts',
    weight: 5,
    blocker: 'red',
    sources: ['nettvett-video', 'nfkut-video-tools', 'cisa-video', 'nsm-grunnprinsipper'],
  }),
];

export const conductItems: readonly QuestionItem[] = [
  // in red meetings the video tool's own items ask this in detail (passcode, waiting room, private link)
  {
    ...item({
      id: 'mtg-private-link',
      category: 'conduct',
      weight: 4,
      blocker: 'never',
      sources: ['nfkut-video-tools', 'ncsc-home-working', 'nettvett-video'],
    }),
    when: { dataClass: ['green', 'yellow'] },
  },
  item({ id: 'mtg-verify-participants', category: 'conduct', weight: 5, blocker: 'red', sources: ['nfkut-video-tools', 'ncsc-home-working'] }),
  item({ id: 'mtg-no-chat', category: 'conduct', weight: 4, blocker: 'red', sources: ['nettvett-video', 'municipal-meeting-rules'] }),
  // the municipal rules: "Unngå chat med sensitiv informasjon og deling av skjerm" (avoid screen
  // sharing): not sharing is the answer they ask for; one tidy window is fine in an open meeting, a
  // warning where the red rules apply
  item({
    id: 'mtg-sharing',
    category: 'conduct',
    weight: 4,
    blocker: 'red',
    sources: ['municipal-meeting-rules', 'nsm-video', 'ncsc-home-working'],
    choices: [
      ['no-sharing', 'pass'],
      ['one-window', 'pass', 'warn'],
      ['unprepared', 'fail'],
      ['unsure', 'warn'],
    ],
  }),
  // no recording unless agreed beforehand with consent (the checklist); NFKUT: recordings from the
  // health sector are stored only on a secure server (TSD), so even a consented one is a warning there
  item({
    id: 'mtg-no-recording',
    category: 'conduct',
    weight: 4,
    blocker: 'red',
    sources: ['video-checklist', 'nfkut-video-tools', 'ncsc-home-working'],
    choices: [
      ['no-recording', 'pass'],
      ['consented', 'pass', 'warn'],
      ['no-consent', 'fail'],
      ['unsure', 'warn'],
    ],
  }),
  item({
    id: 'mtg-minimise-names',
    category: 'conduct',
    weight: 3,
    blocker: 'never',
    sources: ['municipal-meeting-rules'],
    choices: yesNoOrNotApplicable('no-clients'),
  }),
  // NCSC: test the app before the first call; mute, and turn the camera off, when not needed
  item({ id: 'mtg-test-av', category: 'conduct', weight: 2, blocker: 'never', sources: ['ncsc-home-working'] }),
  item({ id: 'mtg-mute', category: 'conduct', weight: 2, blocker: 'never', sources: ['ncsc-home-working', 'nsm-video'] }),
];

export const dataItems: readonly QuestionItem[] = [
  item({
    id: 'data-no-private-cloud',
    category: 'data',
    weight: 4,
    blocker: 'red',
    sources: ['nsm-home-office', 'nettvett-hjemmekontor', 'nsm-grunnprinsipper'],
  }),
  // NSM (March 2020, as GUIDANCE reads it): "USB sticks from home?"
  item({ id: 'data-removable-media', category: 'data', weight: 3, blocker: 'never', sources: ['nsm-home-office', 'nsm-grunnprinsipper'] }),
];

export const incidentItems: readonly QuestionItem[] = [
  item({ id: 'inc-reporting', category: 'incident', weight: 4, blocker: 'never', sources: ['nsm-grunnprinsipper', 'nsm-home-office'] }),
  item({ id: 'inc-72h', category: 'incident', weight: 3, blocker: 'never', sources: ['datatilsynet-breach', 'nfkut-video-tools'] }),
  // NSM: "Se opp for svindel": fake e-mails and SMS; never give user name, password or account number
  item({ id: 'inc-phishing', category: 'incident', weight: 4, blocker: 'never', sources: ['nsm-home-office'] }),
];

export const networkItems: readonly QuestionItem[] = [
  item({
    id: 'net-router-hardened',
    category: 'network',
    weight: 3,
    blocker: 'never',
    sources: ['cisa-video', 'nsm-home-office'],
    choices: yesNoOrNotApplicable('isp-managed'),
  }),
  // NSM: "hvem har mulighet for å koble seg til dette nettet?"; CISA: change the default Wi-Fi password
  item({
    id: 'net-wifi-password',
    category: 'network',
    weight: 3,
    blocker: 'never',
    sources: ['nsm-home-office', 'cisa-video'],
    choices: yesNoOrNotApplicable('no-wifi'),
  }),
];
