/**
 * The questionnaire. Each item names its source (see src/sources.ts and shared/seeds).
 */
import type { Choice, QuestionItem, Text } from './types.js';
import { videoToolQuestions } from './video-tool.js';

const YES: Text = { nb: 'Ja', en: 'Yes' };
const NO: Text = { nb: 'Nei', en: 'No' };
const UNSURE: Text = { nb: 'Usikker', en: 'Not sure' };

/** The usual three answers: yes is right, no falls short, unsure is a warning (a failure for red data). */
export function yesNo(): Choice[] {
  return [
    { value: 'yes', label: YES, status: 'pass' },
    { value: 'no', label: NO, status: 'fail' },
    { value: 'unsure', label: UNSURE, status: 'warn' },
  ];
}

/** The item that sets the bar for the others: how sensitive is what this meeting is about. */
export const DATA_CLASS_ID = 'data-class';

export const questions: readonly QuestionItem[] = [
  {
    id: DATA_CLASS_ID,
    category: 'data',
    weight: 5,
    blocker: 'never',
    sources: ['nfkut-video-tools', 'normen-faktaark-29'],
    question: {
      nb: 'Hva er det mest følsomme som skal tas opp i møtet?',
      en: 'What is the most sensitive information this meeting will cover?',
    },
    why: {
      nb: 'Jo mer følsomme opplysninger, jo strengere krav til rommet, utstyret og verktøyet.',
      en: 'The more sensitive the information, the stricter the demands on the room, the device and the tool.',
    },
    fix: {
      nb: 'Finn ut hvor følsomt møtet er før det starter; spør lederen din hvis du er i tvil.',
      en: 'Find out how sensitive the meeting is before it starts; ask your manager if in doubt.',
    },
    choices: [
      { value: 'green', label: { nb: 'Åpent (grønt): kan deles med alle', en: 'Open (green): could be shared with anyone' }, status: 'pass' },
      { value: 'yellow', label: { nb: 'Internt (gult): bare for kolleger', en: 'Internal (yellow): for colleagues only' }, status: 'pass' },
      {
        value: 'red',
        label: { nb: 'Fortrolig (rødt): helse, klienter, personopplysninger', en: 'Confidential (red): health, clients, personal data' },
        status: 'pass',
      },
      { value: 'unsure', label: UNSURE, status: 'warn' },
    ],
  },
  {
    id: 'room-private',
    category: 'room',
    weight: 5,
    blocker: 'red',
    sources: ['nsm-home-office', 'normen-faktaark-29', 'nfkut-video-tools'],
    question: { nb: 'Hvor sitter du under møtet?', en: 'Where will you sit during the meeting?' },
    why: {
      nb: 'Andre i huset skal verken se eller høre fortrolige samtaler.',
      en: 'Nobody else in the home should see or overhear a confidential conversation.',
    },
    fix: {
      nb: 'Sitt alene i et rom med lukket dør. Går ikke det, bruk hodetelefoner og snakk slik at ingen kan høre deg.',
      en: 'Sit alone in a room with the door closed. If you cannot, use headphones and speak where nobody can overhear.',
    },
    choices: [
      { value: 'alone-closed', label: { nb: 'Alene i et rom med lukket dør', en: 'Alone in a room with the door closed' }, status: 'pass' },
      { value: 'others-nearby', label: { nb: 'Andre kan være i nærheten', en: 'Others may be nearby' }, status: 'warn' },
      { value: 'open-area', label: { nb: 'I et åpent rom der andre ferdes', en: 'In an open area where others pass' }, status: 'fail' },
    ],
  },
  {
    id: 'acc-mfa',
    category: 'accounts',
    weight: 5,
    blocker: 'red',
    sources: ['nsm-home-office', 'nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
    question: {
      nb: 'Bruker du tofaktorautentisering på jobbkontoene dine (e-post, VPN, videoverktøyet)?',
      en: 'Do you use two-factor authentication on your work accounts (e-mail, VPN, the video tool)?',
    },
    why: {
      nb: 'Et stjålet passord alene skal ikke gi noen tilgang til jobbkontoen din.',
      en: 'A stolen password alone should not let anyone into your work account.',
    },
    fix: {
      nb: 'Slå på tofaktorautentisering, for eksempel med en app på mobilen. IT kan hjelpe deg.',
      en: 'Turn on two-factor authentication, for example with an app on your phone. IT can help you.',
    },
    choices: yesNo(),
  },
  ...videoToolQuestions,
];
