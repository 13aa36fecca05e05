/** The screen-lock check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Screen lock',
    'on.minute': 'The screen locks by itself within a minute without use.',
    'on.minutes': 'The screen locks by itself after {minutes, plural, one {# minute} other {# minutes}} without use.',
    'on-no-time': 'The screen locks after the screen saver or sleep, but how soon that starts could not be read.',
    slow: 'The screen locks only after {minutes, plural, one {# minute} other {# minutes}} without use; at most {max, plural, one {# minute} other {# minutes}} is recommended.',
    'at-most':
      'The screen locks by itself after {minutes, plural, one {# minute} other {# minutes}} at the latest; whether something locks it sooner could not be read.',
    off: 'The screen does not lock by itself when you leave the computer.',
    unknown: 'Could not tell whether the screen locks by itself.',
    'fix.windows':
      'Make Windows ask you to sign in again when the PC wakes (Settings → Accounts → Sign-in options), and let the screen turn off or sleep after at most {max, plural, one {# minute} other {# minutes}} (Settings → System → Power & battery → Screen and sleep). Lock with Windows+L when you leave.',
    'fix.windows.10':
      'Make Windows ask you to sign in again when the PC wakes (Settings → Accounts → Sign-in options), and let the screen turn off or sleep after at most {max, plural, one {# minute} other {# minutes}} (Settings → System → Power & sleep). Lock with Windows+L when you leave.',
    'fix.macos':
      'Set "Require password after screen saver begins or display is turned off" to immediately, and start the screen saver or turn the display off after at most {max, plural, one {# minute} other {# minutes}} (System Settings → Lock Screen). Lock with Control+Command+Q when you leave.',
    'fix.macos.12':
      'Turn on "Require password immediately after sleep or screen saver begins" (System Preferences → Security & Privacy → General), and start the screen saver or let the display sleep after at most {max, plural, one {# minute} other {# minutes}}. Lock with Control+Command+Q when you leave.',
    'fix.linux':
      'Turn on automatic screen lock, and let the screen go blank after at most {max, plural, one {# minute} other {# minutes}} (Settings → Privacy → Screen Lock). Lock with Super+L when you leave.',
    'fix.unknown':
      'Check that the screen locks by itself after at most {max, plural, one {# minute} other {# minutes}}, and lock it yourself whenever you leave the computer.',
  },
  nb: {
    title: 'Skjermlås',
    'on.minute': 'Skjermen låses av seg selv innen ett minutt uten bruk.',
    'on.minutes': 'Skjermen låses av seg selv etter {minutes, plural, one {# minutt} other {# minutter}} uten bruk.',
    'on-no-time': 'Skjermen låses etter skjermsparer eller hvilemodus, men klarte ikke å lese hvor fort det skjer.',
    slow: 'Skjermen låses først etter {minutes, plural, one {# minutt} other {# minutter}} uten bruk; anbefalt er høyst {max, plural, one {# minutt} other {# minutter}}.',
    'at-most': 'Skjermen låses av seg selv senest etter {minutes, plural, one {# minutt} other {# minutter}}; klarte ikke å lese om noe låser den tidligere.',
    off: 'Skjermen låses ikke av seg selv når du går fra datamaskinen.',
    unknown: 'Klarte ikke å se om skjermen låses av seg selv.',
    'fix.windows':
      'Sørg for at Windows krever ny pålogging når maskinen våkner (Innstillinger → Kontoer → Påloggingsalternativer), og at skjermen slås av eller går i hvilemodus etter høyst {max, plural, one {# minutt} other {# minutter}} (Innstillinger → System → Strøm og batteri). Lås med Windows+L når du går fra.',
    'fix.windows.10':
      'Sørg for at Windows krever ny pålogging når maskinen våkner (Innstillinger → Kontoer → Påloggingsalternativer), og at skjermen slås av eller går i hvilemodus etter høyst {max, plural, one {# minutt} other {# minutter}} (Innstillinger → System → Strøm og hvilemodus). Lås med Windows+L når du går fra.',
    'fix.macos':
      'Krev passord straks skjermspareren starter eller skjermen slås av, og la skjermspareren starte eller skjermen slås av etter høyst {max, plural, one {# minutt} other {# minutter}} (Systeminnstillinger → Låst skjerm). Lås med Control+Kommando+Q når du går fra.',
    'fix.macos.12':
      'Krev passord straks etter dvale eller skjermsparer (Systemvalg → Sikkerhet og personvern → Generelt), og la skjermspareren starte eller skjermen gå i dvale etter høyst {max, plural, one {# minutt} other {# minutter}}. Lås med Control+Kommando+Q når du går fra.',
    'fix.linux':
      'Slå på automatisk skjermlås, og la skjermen bli svart etter høyst {max, plural, one {# minutt} other {# minutter}} (Innstillinger → Personvern → Skjermlås). Lås med Super+L når du går fra.',
    'fix.unknown':
      'Sjekk at skjermen låses av seg selv etter høyst {max, plural, one {# minutt} other {# minutter}}, og lås den selv hver gang du går fra datamaskinen.',
  },
  nn: {
    title: 'Skjermlås',
    'on.minute': 'Skjermen blir låst av seg sjølv innan eitt minutt utan bruk.',
    'on.minutes': 'Skjermen blir låst av seg sjølv etter {minutes, number} minutt utan bruk.',
    'on-no-time': 'Skjermen blir låst etter skjermsparar eller kvilemodus, men sjekken fekk ikkje lese kor fort det skjer.',
    slow: 'Skjermen blir låst først etter {minutes, number} minutt utan bruk; tilrådd er høgst {max, number} minutt.',
    'at-most': 'Skjermen blir låst av seg sjølv seinast etter {minutes, number} minutt; sjekken fekk ikkje lese om noko låser han tidlegare.',
    off: 'Skjermen blir ikkje låst av seg sjølv når du går frå datamaskinen.',
    unknown: 'Klarte ikkje å sjå om skjermen blir låst av seg sjølv.',
    'fix.windows':
      'Sjå til at Windows krev ny pålogging når maskinen vaknar (Innstillinger → Kontoer → Påloggingsalternativer), og at skjermen blir slått av eller går i kvilemodus etter høgst {max, number} minutt (Innstillinger → System → Strøm og batteri). Lås med Windows+L når du går frå maskinen.',
    'fix.windows.10':
      'Sjå til at Windows krev ny pålogging når maskinen vaknar (Innstillinger → Kontoer → Påloggingsalternativer), og at skjermen blir slått av eller går i kvilemodus etter høgst {max, number} minutt (Innstillinger → System → Strøm og hvilemodus). Lås med Windows+L når du går frå maskinen.',
    'fix.macos':
      'Krev passord med ein gong skjermspararen startar eller skjermen blir slått av, og la skjermspararen starte eller skjermen bli slått av etter høgst {max, number} minutt (Systeminnstillinger → Låst skjerm). Lås med Control+Kommando+Q når du går frå maskinen.',
    'fix.macos.12':
      'Krev passord straks etter dvale eller skjermsparar (Systemvalg → Sikkerhet og personvern → Generelt), og la skjermspararen starte eller skjermen gå i dvale etter høgst {max, number} minutt. Lås med Control+Kommando+Q når du går frå maskinen.',
    'fix.linux':
      'Slå på automatisk skjermlås, og la skjermen bli svart etter høgst {max, number} minutt (Innstillinger → Personvern → Skjermlås). Lås med Super+L når du går frå maskinen.',
    'fix.unknown': 'Sjekk at skjermen blir låst av seg sjølv etter høgst {max, number} minutt, og lås han sjølv kvar gong du går frå datamaskinen.',
  },
} as const;

export type ScreenLockMessage = keyof typeof messages.en;
