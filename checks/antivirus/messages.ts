/** The antivirus check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Antivirus',
    on: 'Microsoft Defender protects in real time, and its virus definitions are up to date.',
    'on.macos': 'XProtect, the built-in malware protection, has up-to-date definitions.',
    off: 'Microsoft Defender is off and no other antivirus is registered.',
    'realtime-off': 'Real-time protection is off: malware is not stopped when it arrives.',
    'realtime-unknown': 'Microsoft Defender is on, but whether it protects in real time could not be read.',
    other: 'Another antivirus product is registered ({products}), but whether it protects could not be read.',
    'third-party.on': 'Protected by {products}: Windows Security Center reports real-time protection on and the definitions up to date.',
    'third-party.stale': 'Protected by {products}, but Windows Security Center reports the virus definitions as out of date.',
    'third-party.off': 'Windows Security Center reports real-time protection off for: {products}.',
    stale: 'The virus definitions are {days, plural, one {# day} other {# days}} old.',
    'stale.macos': 'XProtect\u2019s malware definitions are {days, plural, one {# day} other {# days}} old.',
    'age-unknown': 'Could not read how old the virus definitions are.',
    unknown: 'Could not read the antivirus state.',
    'fix.windows': 'Turn on real-time protection in Windows Security → Virus & threat protection → Manage settings, or ask IT.',
    'fix.update': 'Update the virus definitions in Windows Security → Virus & threat protection → Protection updates, and make sure Windows Update runs.',
    'fix.macos':
      'Install the security updates macOS offers, and turn on “Install Security Responses and system files” (System Settings → General → Software Update → Automatic updates).',
    'fix.macos.12':
      'Install the security updates macOS offers, and turn on “Install system data files and security updates” (System Preferences → Software Update → Advanced).',
    'fix.other': 'Check in the antivirus program that protection is on and up to date, or ask IT.',
    'fix.unknown': 'Check in the system\u2019s security settings that malware protection is on and up to date, or ask IT.',
  },
  nb: {
    title: 'Antivirus',
    on: 'Microsoft Defender beskytter i sanntid, og virusdefinisjonene er oppdatert.',
    'on.macos': 'XProtect, den innebygde beskyttelsen mot skadevare, har oppdaterte definisjoner.',
    off: 'Microsoft Defender er slått av, og ikke noe annet antivirusprogram er registrert.',
    'realtime-off': 'Sanntidsbeskyttelsen er slått av: skadevare blir ikke stoppet når den kommer inn.',
    'realtime-unknown': 'Microsoft Defender er slått på, men klarte ikke å lese om den beskytter i sanntid.',
    other: 'Et annet antivirusprogram er registrert ({products}), men klarte ikke å lese om det beskytter.',
    'third-party.on': 'Beskyttet av {products}: Windows-sikkerhetssenteret melder at sanntidsbeskyttelsen er på og at definisjonene er oppdatert.',
    'third-party.stale': 'Beskyttet av {products}, men Windows-sikkerhetssenteret melder at virusdefinisjonene er utdatert.',
    'third-party.off': 'Windows-sikkerhetssenteret melder at sanntidsbeskyttelsen er slått av for: {products}.',
    stale: 'Virusdefinisjonene er {days, plural, one {# dag} other {# dager}} gamle.',
    'stale.macos': 'Definisjonene til XProtect er {days, plural, one {# dag} other {# dager}} gamle.',
    'age-unknown': 'Klarte ikke å lese hvor gamle virusdefinisjonene er.',
    unknown: 'Klarte ikke å lese tilstanden til antivirusbeskyttelsen.',
    'fix.windows': 'Slå på sanntidsbeskyttelse i Windows-sikkerhet → Virus- og trusselbeskyttelse → Behandle innstillinger, eller spør IT.',
    'fix.update':
      'Oppdater virusdefinisjonene i Windows-sikkerhet → Virus- og trusselbeskyttelse → Beskyttelsesoppdateringer, og sørg for at Windows Update kjører.',
    'fix.macos':
      'Installer sikkerhetsoppdateringene macOS tilbyr, og slå på «Installer sikkerhetstiltak og systemfiler» (Systeminnstillinger → Generelt → Programvareoppdatering → Automatiske oppdateringer).',
    'fix.macos.12':
      'Installer sikkerhetsoppdateringene macOS tilbyr, og slå på «Installer systemdatafiler og sikkerhetsoppdateringer» (Systemvalg → Programvareoppdatering → Avansert).',
    'fix.other': 'Sjekk i antivirusprogrammet at beskyttelsen er på og oppdatert, eller spør IT.',
    'fix.unknown': 'Sjekk i sikkerhetsinnstillingene at beskyttelsen mot skadevare er på og oppdatert, eller spør IT.',
  },
  nn: {
    title: 'Antivirus',
    on: 'Microsoft Defender vernar i sanntid, og virusdefinisjonane er oppdaterte.',
    'on.macos': 'XProtect, det innebygde vernet mot skadevare, har oppdaterte definisjonar.',
    off: 'Microsoft Defender er slått av, og det er ikkje registrert noko anna antivirusprogram.',
    'realtime-off': 'Sanntidsvernet er slått av: skadevare som kjem inn, blir ikkje stoppa.',
    'realtime-unknown': 'Microsoft Defender er slått på, men sjekken fekk ikkje lese om Defender vernar i sanntid.',
    other: 'Eit anna antivirusprogram er registrert ({products}), men sjekken fekk ikkje lese om det vernar.',
    'third-party.on': 'Verna av {products}: Windows-sikkerhetssenteret melder at sanntidsvernet er på og at definisjonane er oppdaterte.',
    'third-party.stale': 'Verna av {products}, men Windows-sikkerhetssenteret melder at virusdefinisjonane er utdaterte.',
    'third-party.off': 'Windows-sikkerhetssenteret melder at sanntidsvernet er slått av for: {products}.',
    stale: 'Virusdefinisjonane er {days, plural, one {# dag} other {# dagar}} gamle.',
    'stale.macos': 'Definisjonane til XProtect er {days, plural, one {# dag} other {# dagar}} gamle.',
    'age-unknown': 'Klarte ikkje å lese kor gamle virusdefinisjonane er.',
    unknown: 'Klarte ikkje å lese korleis det står til med antivirusvernet.',
    'fix.windows': 'Slå på sanntidsvernet i Windows-sikkerhet → Virus- og trusselbeskyttelse → Behandle innstillinger, eller spør IT.',
    'fix.update':
      'Oppdater virusdefinisjonane i Windows-sikkerhet → Virus- og trusselbeskyttelse → Beskyttelsesoppdateringer, og sjå til at Windows Update køyrer.',
    'fix.macos':
      'Installer sikkerheitsoppdateringane som macOS tilbyr, og slå på «Installer sikkerhetstiltak og systemfiler» (Systeminnstillinger → Generelt → Programvareoppdatering → Automatiske oppdateringer).',
    'fix.macos.12':
      'Installer sikkerheitsoppdateringane som macOS tilbyr, og slå på «Installer systemdatafiler og sikkerhetsoppdateringer» (Systemvalg → Programvareoppdatering → Avansert).',
    'fix.other': 'Sjekk i antivirusprogrammet at vernet er på og oppdatert, eller spør IT.',
    'fix.unknown': 'Sjekk i tryggleiksinnstillingane at vernet mot skadevare er på og oppdatert, eller spør IT.',
  },
} as const;

export type AntivirusMessage = keyof typeof messages.en;
