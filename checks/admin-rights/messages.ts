/** The admin-rights check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Administrator rights',
    standard: 'You work as an ordinary user without administrator rights.',
    member: 'Your everyday account has administrator rights: malware or a fraudster who gets you to click can change the whole computer.',
    elevated: 'This check itself runs with administrator rights right now.',
    unknown: 'Could not tell whether you have administrator rights.',
    'unknown.service':
      'This check runs as a service account (SYSTEM or root), as management tools run it, and could not tell whether the user signed in at this computer has administrator rights.',
    'standard.console': 'The user signed in at this computer works as an ordinary user without administrator rights.',
    'member.console':
      'The account of the user signed in at this computer has administrator rights: malware or a fraudster who gets the user to click can change the whole computer.',
    service: 'This check ran as a service account (SYSTEM or root), as management tools run it; its own rights are not held against the user.',
    'fix.windows':
      'Use an ordinary account for daily work, and a separate administrator account (or IT) only when something must be installed. The account type is set in Settings → Accounts → Other users.',
    'fix.windows.10':
      'Use an ordinary account for daily work, and a separate administrator account (or IT) only when something must be installed. The account type is set in Settings → Accounts → Family & other users.',
    'fix.macos':
      'Use an ordinary account for daily work, and a separate administrator account (or IT) only when something must be installed. The account type is set in System Settings → Users & Groups.',
    'fix.macos.12':
      'Use an ordinary account for daily work, and a separate administrator account (or IT) only when something must be installed. The account type is set in System Preferences → Users & Groups.',
    fix: 'Use an ordinary account for daily work, and a separate administrator account (or IT) only when something must be installed.',
    'fix.unknown': 'Ask IT whether your account has administrator rights.',
  },
  nb: {
    title: 'Administratorrettigheter',
    standard: 'Du jobber som vanlig bruker uten administratorrettigheter.',
    member: 'Den daglige kontoen din har administratorrettigheter: skadevare eller en svindler som får deg til å klikke, kan endre hele datamaskinen.',
    elevated: 'Denne sjekken kjører selv med administratorrettigheter akkurat nå.',
    unknown: 'Klarte ikke å se om du har administratorrettigheter.',
    'unknown.service':
      'Denne sjekken kjører som en tjenestekonto (SYSTEM eller root), slik administrasjonsverktøy kjører den, og klarte ikke å se om brukeren som er logget på denne datamaskinen, har administratorrettigheter.',
    'standard.console': 'Brukeren som er logget på denne datamaskinen, jobber som vanlig bruker uten administratorrettigheter.',
    'member.console':
      'Kontoen til brukeren som er logget på denne datamaskinen, har administratorrettigheter: skadevare eller en svindler som får brukeren til å klikke, kan endre hele datamaskinen.',
    service:
      'Denne sjekken kjørte som en tjenestekonto (SYSTEM eller root), slik administrasjonsverktøy kjører den; rettighetene til tjenestekontoen regnes ikke mot brukeren.',
    'fix.windows':
      'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres. Kontotypen endres i Innstillinger → Kontoer → Andre brukere.',
    'fix.windows.10':
      'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres. Kontotypen endres i Innstillinger → Kontoer → Familie og andre brukere.',
    'fix.macos':
      'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres. Kontotypen endres i Systeminnstillinger → Brukere og grupper.',
    'fix.macos.12':
      'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres. Kontotypen endres i Systemvalg → Brukere og grupper.',
    fix: 'Bruk en vanlig konto til daglig arbeid, og en egen administratorkonto (eller IT) bare når noe må installeres.',
    'fix.unknown': 'Spør IT om kontoen din har administratorrettigheter.',
  },
  nn: {
    title: 'Administratorrettar',
    standard: 'Du arbeider som vanleg brukar utan administratorrettar.',
    member: 'Den daglege kontoen din har administratorrettar: skadevare eller ein svindlar som får deg til å klikke, kan endre heile datamaskinen.',
    elevated: 'Denne sjekken køyrer sjølv med administratorrettar akkurat no.',
    unknown: 'Klarte ikkje å sjå om du har administratorrettar.',
    'unknown.service':
      'Denne sjekken køyrer som ein tenestekonto (SYSTEM eller root), slik administrasjonsverktøy køyrer han, og klarte ikkje å sjå om brukaren som er logga på denne datamaskinen, har administratorrettar.',
    'standard.console': 'Brukaren som er logga på denne datamaskinen, arbeider som vanleg brukar utan administratorrettar.',
    'member.console':
      'Kontoen til brukaren som er logga på denne datamaskinen, har administratorrettar: skadevare eller ein svindlar som får brukaren til å klikke, kan endre heile datamaskinen.',
    service:
      'Denne sjekken køyrde som ein tenestekonto (SYSTEM eller root), slik administrasjonsverktøy køyrer han; rettane til tenestekontoen blir ikkje rekna mot brukaren.',
    'fix.windows':
      'Bruk ein vanleg konto til dagleg arbeid, og ein eigen administratorkonto (eller IT) berre når noko må installerast. Kontotypen endrar du i Innstillinger → Kontoer → Andre brukere.',
    'fix.windows.10':
      'Bruk ein vanleg konto til dagleg arbeid, og ein eigen administratorkonto (eller IT) berre når noko må installerast. Kontotypen endrar du i Innstillinger → Kontoer → Familie og andre brukere.',
    'fix.macos':
      'Bruk ein vanleg konto til dagleg arbeid, og ein eigen administratorkonto (eller IT) berre når noko må installerast. Kontotypen endrar du i Systeminnstillinger → Brukere og grupper.',
    'fix.macos.12':
      'Bruk ein vanleg konto til dagleg arbeid, og ein eigen administratorkonto (eller IT) berre når noko må installerast. Kontotypen endrar du i Systemvalg → Brukere og grupper.',
    fix: 'Bruk ein vanleg konto til dagleg arbeid, og ein eigen administratorkonto (eller IT) berre når noko må installerast.',
    'fix.unknown': 'Spør IT om kontoen din har administratorrettar.',
  },
} as const;

export type AdminRightsMessage = keyof typeof messages.en;
