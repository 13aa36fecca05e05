/** The video-apps check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Video meeting apps',
    current: '{app} {version} is recent enough: the vendor supports {minimum} and newer.',
    'current-age': '{app} {version} was built on {date, date, long}: recent enough.',
    outdated: '{app} {version} is older than {minimum}, the oldest version the vendor still lets into meetings.',
    'outdated-age':
      '{app} {version} was built on {date, date, long}, more than {days, plural, one {# day} other {# days}} ago: the vendor blocks clients that old.',
    retired: '{app} is no longer supported by its vendor and gets no security updates.',
    unjudged: '{app} {version} is installed; this tool has no minimum version for it.',
    'version-unknown': '{app} is installed, but its version could not be read.',
    none: 'No video meeting app was found on this computer.',
    'appx-unknown': 'Whether the new Microsoft Teams is installed could not be read.',
    'table-old': 'The table of minimum versions in this tool is from {date, date, long}; update homeoffice-check for current versions.',
    unknown: 'Could not read which video meeting apps are installed.',
    'fix.update': 'Update {apps} before the meeting: use "Check for updates" in the app, or ask IT.',
    'fix.retired.windows':
      'Uninstall {apps} in Settings → Apps → Installed apps, and use its supported successor (for Teams: the new Microsoft Teams) or the browser version, or ask IT.',
    'fix.retired.windows.10':
      'Uninstall {apps} in Settings → Apps → Apps & features, and use its supported successor (for Teams: the new Microsoft Teams) or the browser version, or ask IT.',
    'fix.retired.macos':
      'Move {apps} from the Applications folder to the Bin, and use its supported successor (for Teams: the new Microsoft Teams) or the browser version, or ask IT.',
    'fix.retired': 'Uninstall {apps} and use its supported successor or the browser version, or ask IT.',
    'fix.none': 'Use the browser version of the video tool your employer approved, or install its app (from IT or the vendor) before the meeting.',
    'fix.unknown': 'Open each video meeting app and use "Check for updates", or ask IT whether it is up to date.',
  },
  nb: {
    title: 'Apper for videomøter',
    current: '{app} {version} er ny nok: leverandøren støtter {minimum} og nyere.',
    'current-age': '{app} {version} ble bygget {date, date, long}: ny nok.',
    outdated: '{app} {version} er eldre enn {minimum}, den eldste versjonen leverandøren fortsatt slipper inn i møter.',
    'outdated-age':
      '{app} {version} ble bygget {date, date, long}, for mer enn {days, plural, one {# dag} other {# dager}} siden: leverandøren stenger ute så gamle versjoner.',
    retired: '{app} har ikke lenger støtte fra leverandøren og får ingen sikkerhetsoppdateringer.',
    unjudged: '{app} {version} er installert. Dette verktøyet kjenner ingen minsteversjon for den.',
    'version-unknown': '{app} er installert, men klarte ikke å lese versjonen.',
    none: 'Fant ingen app for videomøter på denne datamaskinen.',
    'appx-unknown': 'Klarte ikke å lese om nye Microsoft Teams er installert.',
    'table-old': 'Tabellen over minsteversjoner i dette verktøyet er fra {date, date, long}. Oppdater homeoffice-check for å få gjeldende versjoner.',
    unknown: 'Klarte ikke å lese hvilke apper for videomøter som er installert.',
    'fix.update': 'Oppdater {apps} før møtet: velg «Se etter oppdateringer» i appen, eller spør IT.',
    'fix.retired.windows':
      'Avinstaller {apps} i Innstillinger → Apper → Installerte apper, og bruk etterfølgeren som har støtte (for Teams: nye Microsoft Teams) eller nettleserversjonen, eller spør IT.',
    'fix.retired.windows.10':
      'Avinstaller {apps} i Innstillinger → Apper → Apper og funksjoner, og bruk etterfølgeren som har støtte (for Teams: nye Microsoft Teams) eller nettleserversjonen, eller spør IT.',
    'fix.retired.macos':
      'Flytt {apps} fra Programmer-mappen til papirkurven, og bruk etterfølgeren som har støtte (for Teams: nye Microsoft Teams) eller nettleserversjonen, eller spør IT.',
    'fix.retired': 'Avinstaller {apps} og bruk etterfølgeren som har støtte, eller nettleserversjonen, eller spør IT.',
    'fix.none': 'Bruk nettleserversjonen av videoverktøyet arbeidsgiveren din har godkjent, eller installer appen (fra IT eller leverandøren) før møtet.',
    'fix.unknown': 'Åpne hver app for videomøter og velg «Se etter oppdateringer», eller spør IT om den er oppdatert.',
  },
  nn: {
    title: 'Appar for videomøte',
    current: '{app} {version} er ny nok: leverandøren støttar {minimum} og nyare.',
    'current-age': '{app} {version} vart bygd {date, date, long}: ny nok.',
    outdated: '{app} {version} er eldre enn {minimum}, den eldste versjonen leverandøren framleis slepper inn i møte.',
    'outdated-age':
      '{app} {version} vart bygd {date, date, long}, for meir enn {days, plural, one {# dag} other {# dagar}} sidan: leverandøren stengjer ute så gamle versjonar.',
    retired: '{app} har ikkje lenger støtte frå leverandøren og får ingen sikkerheitsoppdateringar.',
    unjudged: '{app} {version} er installert. Dette verktøyet kjenner ingen minsteversjon for appen.',
    'version-unknown': '{app} er installert, men sjekken fekk ikkje lese versjonen.',
    none: 'Fann ingen app for videomøte på denne datamaskinen.',
    'appx-unknown': 'Klarte ikkje å lese om nye Microsoft Teams er installert.',
    'table-old': 'Tabellen over minsteversjonar i dette verktøyet er frå {date, date, long}. Oppdater homeoffice-check for å få gjeldande versjonar.',
    unknown: 'Klarte ikkje å lese kva appar for videomøte som er installerte.',
    'fix.update': 'Oppdater {apps} før møtet: vel «Se etter oppdateringer» i appen, eller spør IT.',
    'fix.retired.windows':
      'Avinstaller {apps} i Innstillinger → Apper → Installerte apper, og bruk etterfølgjaren som har støtte (for Teams: nye Microsoft Teams) eller nettlesarversjonen, eller spør IT.',
    'fix.retired.windows.10':
      'Avinstaller {apps} i Innstillinger → Apper → Apper og funksjoner, og bruk etterfølgjaren som har støtte (for Teams: nye Microsoft Teams) eller nettlesarversjonen, eller spør IT.',
    'fix.retired.macos':
      'Flytt {apps} frå Programmer-mappa til papirkorga, og bruk etterfølgjaren som har støtte (for Teams: nye Microsoft Teams) eller nettlesarversjonen, eller spør IT.',
    'fix.retired': 'Avinstaller {apps} og bruk etterfølgjaren som har støtte, eller nettlesarversjonen, eller spør IT.',
    'fix.none': 'Bruk nettlesarversjonen av videoverktøyet arbeidsgivaren din har godkjent, eller installer appen (frå IT eller leverandøren) før møtet.',
    'fix.unknown': 'Opne kvar app for videomøte og vel «Se etter oppdateringer», eller spør IT om appen er oppdatert.',
  },
} as const;

export type VideoAppsMessage = keyof typeof messages.en;
