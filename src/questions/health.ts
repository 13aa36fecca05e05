/**
 * The health consultation's own items, asked only when the kind of meeting is a health consultation
 * with a patient (the meeting-need answer; see video-tool.ts). What they ask rests on Normen's fact
 * sheet 54 (Videokonsultasjon: a data processing agreement, unambiguous identification of the
 * patient, a risk assessment), on NFKUT's list (seed 003: consent, the waiting room) and on the
 * checklist (seed 002: taking part is voluntary). That patients must never meet each other in the
 * tool is, in the seeds, the vendor Confrere's reading of Normen (seed 001): cited as that.
 *
 * They are routines and the tool's properties, not this meeting's, so their answers may be
 * remembered (remembered.ts): a repeat health consultation asks none of them again.
 */
import { item } from './core.js';
import type { QuestionItem } from './types.js';

export const HEALTH_CONSULTATION = 'health-consultation';

const HEALTH_ONLY = { meetingNeed: [HEALTH_CONSULTATION] } as const;

export const healthItems: readonly QuestionItem[] = [
  item({
    id: 'health-dpa',
    category: 'data',
    weight: 4,
    blocker: 'red',
    sources: ['normen-faktaark-54', 'nfkut-video-tools', 'confrere-on-normen'],
  }),
  item({
    id: 'health-risk-assessment',
    category: 'data',
    weight: 3,
    blocker: 'never',
    sources: ['normen-faktaark-54', 'confrere-on-normen', 'nettvett-video'],
  }),
  item({
    id: 'health-patient-id',
    category: 'conduct',
    weight: 5,
    blocker: 'red',
    sources: ['normen-faktaark-54', 'ehelse-video-minimum', 'confrere-on-normen'],
  }),
  item({
    id: 'health-consent',
    category: 'conduct',
    weight: 3,
    blocker: 'never',
    sources: ['nfkut-video-tools', 'video-checklist'],
  }),
  item({
    id: 'health-patients-apart',
    category: 'conduct',
    weight: 4,
    blocker: 'red',
    sources: ['confrere-on-normen', 'nfkut-video-tools'],
  }),
].map((q) => ({ ...q, when: HEALTH_ONLY }));
