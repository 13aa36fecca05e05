/** The camera-mic check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Camera and microphone',
    'cameras.one': 'Found one camera: {names}.',
    'cameras.many': 'Found {count, plural, one {# camera} other {# cameras}}: {names}.',
    'microphones.one': 'Found one microphone: {names}.',
    'microphones.many': 'Found {count, plural, one {# microphone} other {# microphones}}: {names}.',
    'cameras.none': 'No camera found.',
    'microphones.none': 'No microphone found.',
    'cameras.unknown': 'Could not tell whether there is a camera.',
    'microphones.unknown': 'Could not tell whether there is a microphone.',
    unknown: 'Could not list the cameras and microphones.',
    problems: 'Present but reporting a problem: {names}.',
    'cameras.denied': 'The privacy settings block apps from using the camera.',
    'microphones.denied': 'The privacy settings block apps from using the microphone.',
    'cameras.in-use': 'The camera is in use by another app right now ({apps}).',
    'microphones.in-use': 'The microphone is in use by another app right now ({apps}).',
    'cameras.not-required': 'Your employer allows meetings with sound only, so a missing camera is a warning here.',
    'fix.no-camera': 'Connect a webcam (or open the laptop lid if the camera is built in), then run the check again.',
    'fix.no-mic': 'Connect a headset or microphone, then run the check again.',
    'fix.camera.windows':
      'Turn on camera access, for apps and for desktop apps (Settings → Privacy & security → Camera). If the switch is greyed out, IT has locked it: ask IT.',
    'fix.camera.windows.10':
      'Turn on camera access, for apps and for desktop apps (Settings → Privacy → Camera). If the switch is greyed out, IT has locked it: ask IT.',
    'fix.mic.windows':
      'Turn on microphone access, for apps and for desktop apps (Settings → Privacy & security → Microphone). If the switch is greyed out, IT has locked it: ask IT.',
    'fix.mic.windows.10':
      'Turn on microphone access, for apps and for desktop apps (Settings → Privacy → Microphone). If the switch is greyed out, IT has locked it: ask IT.',
    'fix.camera.macos': 'Allow the meeting app to use the camera (System Settings → Privacy & Security → Camera).',
    'fix.camera.macos.12': 'Allow the meeting app to use the camera (System Preferences → Security & Privacy → Privacy → Camera).',
    'fix.mic.macos': 'Allow the meeting app to use the microphone (System Settings → Privacy & Security → Microphone).',
    'fix.mic.macos.12': 'Allow the meeting app to use the microphone (System Preferences → Security & Privacy → Privacy → Microphone).',
    'fix.privacy': "Allow the meeting app to use the camera and microphone in the system's privacy settings.",
    'fix.in-use': 'Close the other app that uses the camera or microphone before the meeting starts.',
    'fix.test': 'Test the camera and microphone in the meeting app before the meeting.',
  },
  nb: {
    title: 'Kamera og mikrofon',
    'cameras.one': 'Fant ett kamera: {names}.',
    'cameras.many': 'Fant {count, plural, one {# kamera} other {# kameraer}}: {names}.',
    'microphones.one': 'Fant én mikrofon: {names}.',
    'microphones.many': 'Fant {count, plural, one {# mikrofon} other {# mikrofoner}}: {names}.',
    'cameras.none': 'Fant ikke noe kamera.',
    'microphones.none': 'Fant ingen mikrofon.',
    'cameras.unknown': 'Klarte ikke å se om det finnes et kamera.',
    'microphones.unknown': 'Klarte ikke å se om det finnes en mikrofon.',
    unknown: 'Klarte ikke å liste opp kameraer og mikrofoner.',
    problems: 'Koblet til, men melder om feil: {names}.',
    'cameras.denied': 'Personverninnstillingene hindrer apper i å bruke kameraet.',
    'microphones.denied': 'Personverninnstillingene hindrer apper i å bruke mikrofonen.',
    'cameras.in-use': 'Kameraet brukes av en annen app akkurat nå ({apps}).',
    'microphones.in-use': 'Mikrofonen brukes av en annen app akkurat nå ({apps}).',
    'cameras.not-required': 'Arbeidsgiveren din godtar møter med bare lyd, så et manglende kamera gir bare en advarsel her.',
    'fix.no-camera': 'Koble til et webkamera (eller åpne lokket på den bærbare hvis kameraet er innebygd), og kjør sjekken på nytt.',
    'fix.no-mic': 'Koble til et hodesett eller en mikrofon, og kjør sjekken på nytt.',
    'fix.camera.windows':
      'Slå på tilgang til kameraet, både for apper og for skrivebordsapper (Innstillinger → Personvern og sikkerhet → Kamera). Er bryteren grå, har IT låst den: spør IT.',
    'fix.camera.windows.10':
      'Slå på tilgang til kameraet, både for apper og for skrivebordsapper (Innstillinger → Personvern → Kamera). Er bryteren grå, har IT låst den: spør IT.',
    'fix.mic.windows':
      'Slå på tilgang til mikrofonen, både for apper og for skrivebordsapper (Innstillinger → Personvern og sikkerhet → Mikrofon). Er bryteren grå, har IT låst den: spør IT.',
    'fix.mic.windows.10':
      'Slå på tilgang til mikrofonen, både for apper og for skrivebordsapper (Innstillinger → Personvern → Mikrofon). Er bryteren grå, har IT låst den: spør IT.',
    'fix.camera.macos': 'Gi møteappen lov til å bruke kameraet (Systeminnstillinger → Personvern og sikkerhet → Kamera).',
    'fix.camera.macos.12': 'Gi møteappen lov til å bruke kameraet (Systemvalg → Sikkerhet og personvern → Personvern → Kamera).',
    'fix.mic.macos': 'Gi møteappen lov til å bruke mikrofonen (Systeminnstillinger → Personvern og sikkerhet → Mikrofon).',
    'fix.mic.macos.12': 'Gi møteappen lov til å bruke mikrofonen (Systemvalg → Sikkerhet og personvern → Personvern → Mikrofon).',
    'fix.privacy': 'Gi møteappen lov til å bruke kameraet og mikrofonen i personverninnstillingene til systemet.',
    'fix.in-use': 'Lukk den andre appen som bruker kameraet eller mikrofonen, før møtet starter.',
    'fix.test': 'Test kameraet og mikrofonen i møteappen før møtet.',
  },
} as const;

export type CameraMicMessage = keyof typeof messages.en;
