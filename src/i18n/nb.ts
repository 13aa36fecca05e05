import type { MessageId } from './en.js';

/** Norsk bokmål. Same keys as en.ts; written for a colleague, with the terms Norwegian authorities use. */
export const nb: Record<MessageId, string> = {
  // --- engine ---
  'engine.timeout': 'Sjekken ble ikke ferdig innen {seconds} sekunder, så resultatet er ukjent.',
  'engine.error': 'Sjekken feilet uventet ({reason}), så resultatet er ukjent.',
  'engine.skipped.option': 'Hoppet over: slått av for denne kjøringen.',
  'engine.skipped.offline': 'Hoppet over: ingen nettverksmålinger i frakoblet modus.',
  'engine.skipped.platform': 'Hoppet over: gjelder ikke for dette operativsystemet.',
  'engine.unanswered': 'Ikke besvart.',

  // --- verdicts and report text ---
  'verdict.ready': 'Klar',
  'verdict.ready-with-warnings': 'Klar, men med advarsler',
  'verdict.not-ready': 'Ikke klar',
  'status.pass': 'OK',
  'status.warn': 'Advarsel',
  'status.fail': 'Ikke i orden',
  'status.unknown': 'Ukjent',
  'status.skipped': 'Hoppet over',
  'category.device': 'Datamaskinen',
  'category.network': 'Nettverket',
  'category.accounts': 'Kontoer',
  'category.room': 'Rommet',
  'category.conduct': 'I møtet',
  'category.data': 'Opplysninger',
  'category.incident': 'Avvik og hendelser',
  'plain.heading': 'Sjekk av hjemmekontoret før videomøter',
  'plain.score': 'Klar-poeng: {score}/100 — {verdict}',
  'plain.blockers': 'Må rettes før møtet:',
  'plain.shortfalls': 'Bør rettes:',
  'plain.fine': 'I orden: {count} punkt(er).',
  'plain.unknown': 'Kunne ikke avgjøre:',
  'plain.unanswered': '{count} spørsmål er ikke besvart.',
  'plain.fix': 'Slik retter du det: {text}',

  // --- os-updates ---
  'os.title': 'Oppdateringer av operativsystemet',
  'os.supported': '{name} får sikkerhetsoppdateringer fram til {date}.',
  'os.unsupported': '{name} sluttet å få sikkerhetsoppdateringer {date}.',
  'os.support-unknown': 'Datoen da {name} slutter å få støtte, står ikke i tabellen i verktøyet.',
  'os.pending-security': '{count} sikkerhetsoppdatering(er) venter på å bli installert.',
  'os.pending-other': '{count} oppdatering(er) venter på å bli installert.',
  'os.pending-none': 'Ingen oppdateringer venter.',
  'os.pending-unknown': 'Fikk ikke lest hvilke oppdateringer som venter ({reason}).',
  'os.reboot': 'Maskinen må startes på nytt for å fullføre oppdateringene.',
  'os.stale-lists': 'Oppdateringslistene ble sist hentet for {days} dager siden, så nyere oppdateringer kan mangle i tallet.',
  'os.days-since': 'Siste endring av programvaren var for {days} dager siden.',
  'os.table-old': 'Støttetabellen i verktøyet er fra {date}. Oppdater homeoffice-check for å få gjeldende datoer.',
  'os.unknown-os': 'Fikk ikke identifisert operativsystemet ({reason}).',
  'os.fix.unsupported': 'Gå over til en versjon av operativsystemet som får sikkerhetsoppdateringer, eller be IT om en jobbmaskin som gjør det.',
  'os.fix.pending': 'Installer oppdateringene som venter nå, og start maskinen på nytt.',
  'os.fix.reboot': 'Start maskinen på nytt for å fullføre oppdateringene.',
  'os.fix.unknown': 'Se etter oppdateringer i systeminnstillingene og installer alt som tilbys.',

  // --- wifi-security ---

  // --- camera-mic ---

  // --- network-quality ---

  // --- tui and questionnaire ---

  // --- policy, upload, fleet summary ---

  // --- more device checks ---
  'disk.title': 'Diskkryptering',
  'disk.state.on': 'Systemdisken er kryptert.',
  'disk.state.encrypting': 'Krypteringen av systemdisken er startet, men ikke ferdig.',
  'disk.state.suspended': 'Systemdisken er kryptert, men beskyttelsen er satt på pause: nøkkelen ligger åpent på disken.',
  'disk.state.partial': 'Bare deler av disken er kryptert: systemet og hjemmemappen er ikke begge beskyttet.',
  'disk.state.off': 'Systemdisken er ikke kryptert: den som får tak i datamaskinen, kan lese filene på den.',
  'disk.state.decrypting': 'Krypteringen av systemdisken er i ferd med å fjernes.',
  'disk.unknown': 'Klarte ikke å se om disken er kryptert ({reason}).',
  'disk.fix.windows': 'Slå på BitLocker eller enhetskryptering (Innstillinger → Personvern og sikkerhet → Enhetskryptering), eller be IT gjøre det.',
  'disk.fix.macos': 'Slå på FileVault (Systeminnstillinger → Personvern og sikkerhet → FileVault), eller be IT gjøre det.',
  'disk.fix.linux': 'Be IT sette opp full diskkryptering (LUKS); det velges vanligvis når systemet installeres.',
  'disk.fix.unknown': 'Sjekk i systeminnstillingene at diskkryptering (BitLocker, FileVault eller LUKS) er slått på, eller spør IT.',
  'fw.title': 'Brannmur',
  'fw.on': 'Brannmuren er slått på.',
  'fw.on.block-all': 'Brannmuren er slått på og blokkerer alle innkommende tilkoblinger.',
  'fw.on.windows': 'Windows Defender-brannmuren er slått på for alle nettverksprofiler.',
  'fw.off': 'Brannmuren er slått av.',
  'fw.off.windows.domain': 'Windows Defender-brannmuren er slått av for nettverksprofilen Domene.',
  'fw.off.windows.private': 'Windows Defender-brannmuren er slått av for nettverksprofilen Privat (hjemmenettverk).',
  'fw.off.windows.public': 'Windows Defender-brannmuren er slått av for nettverksprofilen Offentlig (kafeer, hoteller, flyplasser).',
  'fw.unread.windows': 'Klarte ikke å lese tilstanden for {count} nettverksprofil(er).',
  'fw.unknown': 'Klarte ikke å se om brannmuren er slått på ({reason}).',
  'fw.fix.windows': 'Slå på brannmuren i Windows-sikkerhet → Brannmur og nettverksbeskyttelse, for alle profiler. Bruker arbeidsgiveren et annet brannmurprodukt, be IT bekrefte det.',
  'fw.fix.macos': 'Slå på brannmuren i Systeminnstillinger → Nettverk → Brannmur.',
  'fw.fix.linux': 'Slå på brannmuren (for eksempel `sudo ufw enable`), eller spør IT.',
  'fw.fix.unknown': 'Sjekk i systeminnstillingene at brannmuren er slått på, eller spør IT.',
  'admin.title': 'Administratorrettigheter',
  'admin.standard': 'Du jobber som vanlig bruker uten administratorrettigheter.',
  'admin.member': 'Den daglige kontoen din har administratorrettigheter: skadevare eller en svindler som får deg til å klikke, kan endre hele datamaskinen.',
  'admin.elevated': 'Denne sjekken kjører selv med administratorrettigheter akkurat nå.',
  'admin.unknown': 'Klarte ikke å se om du har administratorrettigheter ({reason}).',
  'admin.fix': 'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres.',
  'admin.fix.unknown': 'Spør IT om kontoen din har administratorrettigheter.',
  'apps.title': 'Fjernstyringsverktøy og privat skylagring',
  'apps.none': 'Fant ingen fjernstyringsverktøy eller synkroniseringsklienter for privat skylagring.',
  'apps.remote-running': 'Et fjernstyringsverktøy kjører: {apps}. Er dette avtalt med arbeidsgiveren din?',
  'apps.remote-installed': 'Et fjernstyringsverktøy er installert: {apps}. Er dette avtalt med arbeidsgiveren din?',
  'apps.cloud-running': 'En klient for privat skylagring kjører: {apps}. Er det avtalt med arbeidsgiveren din at jobbfiler lagres der?',
  'apps.unknown': 'Klarte ikke å lese listen over programmer som kjører ({reason}).',
  'apps.fix.remote': 'La aldri noen som ringer eller skriver til deg, koble seg til datamaskinen din, selv om de sier de er fra Microsoft, banken eller IT. Har du ikke installert verktøyet til jobb, fjern det og si fra til IT.',
  'apps.fix.cloud': 'Lagre jobbfiler bare der arbeidsgiveren har godkjent; logg ut av privat skylagring på jobbmaskinen.',
};
