/**
 * Which video tools fit which meetings: a data table, compiled by hand on the date below from the
 * seeds (shared/seeds): the Bar Association's list for small firms (nettvett, seed 000), Normen's
 * demands on video consultations (seed 001), and NFKUT's list of tools the health directorate
 * recommends, with its warnings on Zoom and Teams (seed 003). Only what those sources say is
 * recorded; where they say nothing the value is 'not-stated' or null, never a guess.
 */
import type { MessageId } from '../i18n/index.js';
import type { MeetingNeed } from '../questions/video-tool.js';
import type { SourceId } from '../sources.js';

/**
 * when the table was written; the advice is dated by its sources' own dates (src/sources.ts
 * `published`: March 2020 to February 2021), not by this
 */
export const VIDEO_TOOLS_TABLE_COMPILED = '2026-11-23';

export type E2ee = 'yes' | 'setting' | 'not-stated';
export type Storage = 'none' | 'eea' | 'eea-userdata-usa' | 'usa-unless-eea' | 'usa' | 'provider' | 'agreement' | 'not-stated';
/** what the sources say about confidential (red) data, health data above all */
export type RedData = 'approved' | 'conditional' | 'not-assessed' | 'not-approved';

export interface VideoTool {
  id: string;
  /** product names are not translated */
  name: string;
  e2ee: E2ee;
  storage: Storage;
  /** guests must register (an account, an e-mail address); null when the sources do not say */
  guestAccount: boolean | null;
  /** guests must install software; null when the sources do not say */
  guestInstall: boolean | null;
  /** the meetings the sources list the tool for */
  needs: readonly MeetingNeed[];
  red: RedData;
  /** what the sources add about this tool, in the message catalogue */
  notes: readonly MessageId[];
  /** added only where confidential rules apply (red data, a class not yet known, health) */
  strictNotes?: readonly MessageId[];
  sources: readonly SourceId[];
}

export const videoTools: readonly VideoTool[] = [
  {
    id: 'confrere',
    name: 'Confrere',
    e2ee: 'yes',
    storage: 'not-stated',
    guestAccount: false,
    guestInstall: false,
    needs: ['one-to-one-client', 'health-consultation'],
    red: 'approved',
    // that it meets Normen's demands is the vendor's own claim (seed 001), and the note says so
    notes: ['advice.note.confrere'],
    sources: ['nettvett-video', 'nfkut-video-tools', 'confrere-on-normen', 'municipal-meeting-rules'],
  },
  {
    id: 'whereby',
    name: 'Whereby',
    e2ee: 'yes',
    storage: 'none',
    guestAccount: false,
    guestInstall: false,
    needs: ['one-to-one-client'],
    red: 'not-assessed',
    notes: ['advice.note.whereby'],
    sources: ['nettvett-video'],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    e2ee: 'not-stated',
    storage: 'eea',
    guestAccount: false,
    guestInstall: false,
    needs: ['one-to-one-client', 'colleagues', 'many-international', 'health-consultation'],
    red: 'conditional',
    // NFKUT: "mest egnet til grønne og gule data"; the municipal rules: "sensitiv personinformasjon
    // [skal] ikke deles/lagres på Teams"
    notes: ['advice.note.teams-classes'],
    strictNotes: ['advice.note.teams', 'advice.note.teams-no-sensitive'],
    sources: ['nettvett-video', 'nfkut-video-tools', 'municipal-meeting-rules'],
  },
  {
    id: 'google-meet',
    name: 'Google Meet',
    e2ee: 'not-stated',
    storage: 'usa-unless-eea',
    guestAccount: true,
    guestInstall: false,
    needs: ['colleagues', 'many-international'],
    red: 'not-assessed',
    notes: [],
    sources: ['nettvett-video'],
  },
  {
    id: 'wire',
    name: 'Wire',
    e2ee: 'not-stated',
    storage: 'not-stated',
    guestAccount: null,
    guestInstall: null,
    needs: ['colleagues'],
    red: 'not-assessed',
    notes: [],
    sources: ['nettvett-video'],
  },
  {
    id: 'pexip',
    name: 'Pexip',
    e2ee: 'yes',
    storage: 'provider',
    guestAccount: null,
    guestInstall: false,
    needs: ['colleagues', 'many-international'],
    red: 'not-assessed',
    notes: ['advice.note.pexip'],
    sources: ['nettvett-video'],
  },
  {
    id: 'webex',
    name: 'Cisco Webex',
    e2ee: 'yes',
    storage: 'eea-userdata-usa',
    guestAccount: true,
    guestInstall: true,
    needs: ['many-international'],
    red: 'not-assessed',
    notes: [],
    sources: ['nettvett-video'],
  },
  {
    id: 'zoom',
    name: 'Zoom',
    // the Bar Association's list says it has end-to-end encryption; NFKUT says Zoom "has struggled"
    // with it and that it must be turned on per meeting
    e2ee: 'setting',
    storage: 'usa',
    guestAccount: false,
    guestInstall: true,
    needs: ['many-international', 'health-consultation'],
    red: 'not-approved',
    notes: ['advice.note.zoom'],
    sources: ['nettvett-video', 'nfkut-video-tools'],
  },
  {
    id: 'zoom-sikt',
    name: 'Zoom via Uninett/NORDUnet (Sikt)',
    e2ee: 'setting',
    storage: 'agreement',
    guestAccount: null,
    guestInstall: null,
    needs: ['many-international', 'health-consultation'],
    red: 'conditional',
    notes: ['advice.note.zoom-sikt'],
    sources: ['nfkut-video-tools'],
  },
  {
    id: 'care-connect',
    name: 'Care Connect (Kry)',
    e2ee: 'not-stated',
    storage: 'none',
    guestAccount: false,
    guestInstall: false,
    needs: ['health-consultation'],
    red: 'approved',
    notes: ['advice.note.kry'],
    sources: ['nfkut-video-tools'],
  },
  {
    id: 'health-sector',
    name: 'VisibaCare, PatientSky, NHN videotjeneste, Helseboka, Aspit Meet',
    e2ee: 'not-stated',
    storage: 'not-stated',
    guestAccount: null,
    guestInstall: null,
    needs: ['health-consultation'],
    red: 'approved',
    notes: ['advice.note.health-sector'],
    sources: ['nfkut-video-tools', 'nettvett-video'],
  },
];
