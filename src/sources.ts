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
  /**
   * the source's own date, as precise as it gives it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; absent for a
   * page that carries no date (a living page, a vendor's page). Advice is dated by it, not by the day
   * the product's tables were written.
   */
  published?: string;
}

/** A source's date for prose: a timestamp at noon UTC mid-period (the same day, month or year in every time zone) and its precision. */
export function publishedOn(source: Source): { date: string; precision: 'year' | 'month' | 'day' } | null {
  const p = source.published;
  if (!p) return null;
  if (/^\d{4}$/.test(p)) return { date: `${p}-07-01T12:00:00Z`, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(p)) return { date: `${p}-15T12:00:00Z`, precision: 'month' };
  return { date: `${p}T12:00:00Z`, precision: 'day' };
}

export const sources = {
  'nsm-home-office': {
    title:
      'Råd for hjemmekontor (home-office advice), March 2020, as quoted by a municipality: "Bruk arbeidsgivers utstyr", VPN and two-factor, home network with a password, no private cloud, "Se opp for svindel"',
    publisher: 'Nasjonal sikkerhetsmyndighet (NSM)',
    url: 'https://nsm.no/',
    seed: '004_3c254f366135d803.txt',
    published: '2020-03',
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
    // the page carries no date; it speaks of the coronavirus shutdown, and of Teams being free "in the
    // period we are in now": spring 2020
    published: '2020-03',
  },
  'nettvett-hjemmekontor': {
    title: 'Jobb trygt på hjemmekontoret',
    publisher: 'nettvett.no (NorSIS, NSM, Nkom)',
    url: 'https://nettvett.no/',
  },
  // a vendor's own reading of Normen: what it says Normen demands is its claim, and is cited as such
  'confrere-on-normen': {
    title:
      'Dette sier Normen om videokonsultasjoner: the vendor\u2019s own page on what Normen demands (identification, end-to-end encryption, data processing agreement, patients kept apart, risk assessment)',
    publisher: 'Confrere (the vendor)',
    url: 'https://confrere.com/no/',
    seed: '001_328f924b373f4eb7.txt',
  },
  'normen-faktaark-29': {
    title: 'Normen faktaark 29: Hjemmekontor',
    publisher: 'Norsk helsenett / Normen',
    url: 'https://www.ehelse.no/normen',
  },
  'normen-faktaark-54': {
    title:
      'Normen faktaark 54: Videokonsultasjon (documented measures, a data processing agreement, unambiguous identification of the patient, risk assessment and DPIA, routines, training)',
    publisher: 'Norsk helsenett / Normen',
    url: 'https://www.ehelse.no/normen',
  },
  'municipal-meeting-rules': {
    title:
      'Rules for video meetings in Teams/Skype: speech only, no chat or screen sharing with sensitive information, ids instead of names, closed room or headphones, clean desk',
    publisher: 'A Norwegian municipality',
    seed: '004_3c254f366135d803.txt',
    // undated; written "in this special period" of spring 2020, quoting NSM's March 2020 advice
    published: '2020',
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
    published: '2021-02-15',
  },
  'datatilsynet-breach': {
    title:
      'Når skal jeg melde avvik? A personal data breach is reported through Altinn as soon as possible and within 72 hours of its discovery, unless it is unlikely to lead to a risk; the controller reports',
    publisher: 'Datatilsynet',
    url: 'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/avvikshandtering/nar-skal-jeg-melde-avvik/',
  },
  'nsm-video': {
    title: 'Advice on secure video meetings: password routines, know who takes part, be aware of what screen and sound reveal (via nsr-org.no)',
    publisher: 'Nasjonal sikkerhetsmyndighet (NSM), Nasjonalt cybersikkerhetssenter',
    url: 'https://nsr-org.no/',
    published: '2021',
  },
  'ehelse-video-minimum': {
    title: 'Minimum requirements for video consultations: encrypted, keys held by the organisation, the patient identified, every participant visible',
    publisher: 'Direktoratet for e-helse',
  },
  'ncsc-home-working': {
    title: 'Home working and video conferencing guidance (test the app before the first call, mute the microphone and turn off the camera when not needed)',
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
