/** The risky-apps check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Remote-access tools and private cloud storage',
    none: 'No remote-access tools or private cloud storage software found.',
    'remote-running': 'Remote-access software is running: {apps}. Is this agreed with your employer?',
    'remote-installed': 'Remote-access software is installed: {apps}. Is this agreed with your employer?',
    'cloud-running': 'Private cloud storage software is running: {apps}. Is storing work files there agreed with your employer?',
    unknown: 'Could not read the list of running programs.',
    'fix.remote': 'Never let anyone who calls or writes to you connect to your computer, even if they say they are from Microsoft, the bank or IT.',
    'fix.remote.windows': 'If you did not install the tool for work, uninstall it in Settings → Apps → Installed apps and tell IT.',
    'fix.remote.windows.10': 'If you did not install the tool for work, uninstall it in Settings → Apps → Apps & features and tell IT.',
    'fix.remote.macos': 'If you did not install the tool for work, remove it (drag it from Applications to the Bin, or use its own uninstaller) and tell IT.',
    'fix.remote.linux': 'If you did not install the tool for work, remove it with the software manager or package manager and tell IT.',
    'fix.remote.other': 'If you did not install the tool for work, remove it and tell IT.',
    'fix.cloud': 'Keep work files only where your employer has approved; sign out of private cloud storage on the work computer.',
  },
  nb: {
    title: 'Fjernstyringsverktøy og privat skylagring',
    none: 'Fant verken fjernstyringsverktøy eller programvare for privat skylagring.',
    'remote-running': 'Fjernstyringsverktøy kjører: {apps}. Er dette avtalt med arbeidsgiveren din?',
    'remote-installed': 'Fjernstyringsverktøy er installert: {apps}. Er dette avtalt med arbeidsgiveren din?',
    'cloud-running': 'Programvare for privat skylagring kjører: {apps}. Er det avtalt med arbeidsgiveren din at jobbfiler lagres der?',
    unknown: 'Klarte ikke å lese listen over programmer som kjører.',
    'fix.remote': 'La aldri noen som ringer eller skriver til deg, koble seg til datamaskinen din, selv om de sier at de er fra Microsoft, banken eller IT.',
    'fix.remote.windows': 'Har du ikke installert verktøyet til jobb, avinstaller det i Innstillinger → Apper → Installerte apper, og si fra til IT.',
    'fix.remote.windows.10': 'Har du ikke installert verktøyet til jobb, avinstaller det i Innstillinger → Apper → Apper og funksjoner, og si fra til IT.',
    'fix.remote.macos':
      'Har du ikke installert verktøyet til jobb, fjern det (dra det fra Programmer til papirkurven, eller bruk verktøyets eget avinstalleringsprogram), og si fra til IT.',
    'fix.remote.linux': 'Har du ikke installert verktøyet til jobb, fjern det med programvaresenteret eller pakkebehandleren, og si fra til IT.',
    'fix.remote.other': 'Har du ikke installert verktøyet til jobb, fjern det og si fra til IT.',
    'fix.cloud': 'Lagre jobbfiler bare der arbeidsgiveren din har godkjent det, og logg ut av privat skylagring på jobbmaskinen.',
  },
  nn: {
    title: 'Fjernstyringsverktøy og privat skylagring',
    none: 'Fann verken fjernstyringsverktøy eller program for privat skylagring.',
    'remote-running': 'Eit fjernstyringsverktøy køyrer: {apps}. Er dette avtalt med arbeidsgivaren din?',
    'remote-installed': 'Eit fjernstyringsverktøy er installert: {apps}. Er dette avtalt med arbeidsgivaren din?',
    'cloud-running': 'Eit program for privat skylagring køyrer: {apps}. Er det avtalt med arbeidsgivaren din at jobbfiler blir lagra der?',
    unknown: 'Klarte ikkje å lese lista over program som køyrer.',
    'fix.remote':
      'La aldri nokon som ringjer eller skriv til deg, kople seg til datamaskinen din, sjølv om dei seier at dei er frå Microsoft, banken eller IT.',
    'fix.remote.windows': 'Har du ikkje installert verktøyet til jobben, avinstaller det i Innstillinger → Apper → Installerte apper, og sei frå til IT.',
    'fix.remote.windows.10': 'Har du ikkje installert verktøyet til jobben, avinstaller det i Innstillinger → Apper → Apper og funksjoner, og sei frå til IT.',
    'fix.remote.macos':
      'Har du ikkje installert verktøyet til jobben, fjern det (dra det frå Programmer til papirkorga, eller bruk avinstalleringsprogrammet som følgjer med), og sei frå til IT.',
    'fix.remote.linux': 'Har du ikkje installert verktøyet til jobben, fjern det med programvaresenteret eller pakkehandsamaren, og sei frå til IT.',
    'fix.remote.other': 'Har du ikkje installert verktøyet til jobben, fjern det og sei frå til IT.',
    'fix.cloud': 'Lagre jobbfiler berre der arbeidsgivaren din har godkjent det, og logg ut av privat skylagring på jobbmaskinen.',
  },
} as const;

export type RiskyAppsMessage = keyof typeof messages.en;
