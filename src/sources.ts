/**
 * The guidance every check and question rests on. Seeds are the Norwegian originals in shared/seeds
 * (see shared/seeds/README.md); the others are the official pages they quote or that back them.
 */
export interface Source {
  title: string;
  publisher: string;
  url?: string;
  /** the seed file in shared/seeds that quotes or carries it */
  seed?: string;
}

export const sources = {
  'nsm-home-office': {
    title: 'Råd for hjemmekontor (home-office advice), March 2020, as quoted by a municipality',
    publisher: 'Nasjonal sikkerhetsmyndighet (NSM)',
    url: 'https://nsm.no/',
    seed: '004_3c254f366135d803.txt',
  },
  'nsm-grunnprinsipper': {
    title: 'Grunnprinsipper for IKT-sikkerhet 2.0 (2.1.2 supported products, 2.3.1 security updates, 2.6.7 MFA, 2.7.3 encrypt storage)',
    publisher: 'Nasjonal sikkerhetsmyndighet (NSM)',
    url: 'https://nsm.no/regelverk-og-hjelp/rad-og-anbefalinger/grunnprinsipper-for-ikt-sikkerhet/',
  },
  'nettvett-video': {
    title: 'Bruk av videomøter i små og mellomstore bedrifter (with the Bar Association\u2019s list of video tools)',
    publisher: 'nettvett.no (NorSIS, NSM, Nkom)',
    url: 'https://nettvett.no/',
    seed: '000_df174fab5dc0ddbe.txt',
  },
  'nettvett-hjemmekontor': {
    title: 'Jobb trygt på hjemmekontoret',
    publisher: 'nettvett.no (NorSIS, NSM, Nkom)',
    url: 'https://nettvett.no/',
  },
  'normen-video': {
    title: 'Normen on video consultations (identification, end-to-end encryption, data processing agreement), via Confrere',
    publisher: 'Norsk helsenett / Normen',
    seed: '001_328f924b373f4eb7.txt',
  },
  'normen-faktaark-29': {
    title: 'Normen faktaark 29: Hjemmekontor',
    publisher: 'Norsk helsenett / Normen',
    url: 'https://www.ehelse.no/normen',
  },
  'normen-faktaark-54': {
    title: 'Normen faktaark 54: Videokonsultasjon',
    publisher: 'Norsk helsenett / Normen',
    url: 'https://www.ehelse.no/normen',
  },
  'municipal-meeting-rules': {
    title:
      'Rules for video meetings in Teams/Skype: speech only, no chat or screen sharing with sensitive information, ids instead of names, closed room or headphones, clean desk',
    publisher: 'A Norwegian municipality',
    seed: '004_3c254f366135d803.txt',
  },
  'video-checklist': {
    title: 'Kom i gang med videokonferanse (checklist)',
    publisher: 'A Norwegian municipality',
    seed: '002_9e9fef7476f244f4.txt',
  },
  'nfkut-video-tools': {
    title: 'Recommended video tools for psychotherapists (2021): red/yellow/green data, secure Zoom settings',
    publisher: 'NFKUT',
    seed: '003_bb2f6c7af9f0ab78.txt',
  },
  'datatilsynet-breach': {
    title: 'Report a personal data breach within 72 hours',
    publisher: 'Datatilsynet',
    url: 'https://www.datatilsynet.no/',
  },
  'ncsc-home-working': {
    title: 'Home working and video conferencing guidance',
    publisher: 'NCSC (UK)',
    url: 'https://www.ncsc.gov.uk/guidance/home-working',
  },
  'cisa-video': {
    title: 'Guidance for securing video conferencing',
    publisher: 'CISA (US)',
    url: 'https://www.cisa.gov/',
  },
  'apple-wifi-router-settings': {
    title:
      'Recommended settings for Wi-Fi routers and access points (WPA3 Personal or WPA2/WPA3 Transitional, else WPA2 Personal with AES; avoid WPA/WPA2 mixed modes, WPA Personal, WEP and TKIP)',
    publisher: 'Apple',
    url: 'https://support.apple.com/HT202068',
  },
  'microsoft-teams-network': {
    title: 'Prepare your organization\u2019s network for Microsoft Teams (latency, jitter, loss targets)',
    publisher: 'Microsoft',
    url: 'https://learn.microsoft.com/microsoftteams/prepare-network',
  },
  'zoom-lifecycle': {
    title: 'Zoom Software Quarterly Lifecycle Policy: the minimum app version enforced each quarter',
    publisher: 'Zoom',
    url: 'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061130',
  },
  'microsoft-teams-update': {
    title: 'Why it\u2019s important to keep Teams updated (clients more than three months old are blocked; classic Teams has ended support)',
    publisher: 'Microsoft',
    url: 'https://learn.microsoft.com/microsoftteams/teams-client-update',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
