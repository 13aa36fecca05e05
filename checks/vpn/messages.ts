/** The vpn check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'VPN',
    up: 'A VPN connection is up ({kinds}).',
    'client-running': 'A VPN program is running ({clients}), but no VPN tunnel was found.',
    none: 'No VPN connection was found.',
    required: 'Your employer requires a VPN connection for home-office work.',
    'no-rule': 'No rule from your employer says that a VPN is required, so this does not count in the score. Ask IT whether you should use one.',
    unknown: 'Could not tell whether a VPN is connected.',
    'fix.connect.windows':
      'Connect to your employer\u2019s VPN (in its own program, or in Settings → Network & internet → VPN) before the meeting and before you open work systems.',
    'fix.connect.macos':
      'Connect to your employer\u2019s VPN (in its own app, or in System Settings → VPN) before the meeting and before you open work systems.',
    'fix.connect.macos.12':
      'Connect to your employer\u2019s VPN (in its own app, or in System Preferences → Network) before the meeting and before you open work systems.',
    'fix.connect': 'Connect to your employer\u2019s VPN before the meeting and before you open work systems.',
  },
  nb: {
    title: 'VPN',
    up: 'VPN er tilkoblet ({kinds}).',
    'client-running': 'Et VPN-program kjører ({clients}), men fant ingen VPN-tunnel.',
    none: 'Fant ingen VPN-tilkobling.',
    required: 'Arbeidsgiveren din krever VPN-tilkobling ved arbeid på hjemmekontor.',
    'no-rule': 'Ingen regel fra arbeidsgiveren din sier at VPN kreves, så dette teller ikke i poengsummen. Spør IT om du skal bruke VPN.',
    unknown: 'Klarte ikke å se om VPN er tilkoblet.',
    'fix.connect.windows':
      'Koble til arbeidsgiverens VPN (i VPN-programmet, eller i Innstillinger → Nettverk og Internett → VPN) før møtet og før du åpner jobbsystemer.',
    'fix.connect.macos': 'Koble til arbeidsgiverens VPN (i VPN-appen, eller i Systeminnstillinger → VPN) før møtet og før du åpner jobbsystemer.',
    'fix.connect.macos.12': 'Koble til arbeidsgiverens VPN (i VPN-appen, eller i Systemvalg → Nettverk) før møtet og før du åpner jobbsystemer.',
    'fix.connect': 'Koble til arbeidsgiverens VPN før møtet og før du åpner jobbsystemer.',
  },
  nn: {
    title: 'VPN',
    up: 'VPN er kopla til ({kinds}).',
    'client-running': 'Eit VPN-program køyrer ({clients}), men sjekken fann ingen VPN-tunnel.',
    none: 'Fann inga VPN-tilkopling.',
    required: 'Arbeidsgivaren din krev VPN-tilkopling når du arbeider på heimekontor.',
    'no-rule': 'Ingen regel frå arbeidsgivaren din seier at VPN er kravd, så dette tel ikkje i poengsummen. Spør IT om du skal bruke VPN.',
    unknown: 'Klarte ikkje å sjå om VPN er kopla til.',
    'fix.connect.windows':
      'Kople til VPN-en til arbeidsgivaren din (i VPN-programmet, eller i Innstillinger → Nettverk og Internett → VPN) før møtet og før du opnar jobbsystem.',
    'fix.connect.macos': 'Kople til VPN-en til arbeidsgivaren din (i VPN-appen, eller i Systeminnstillinger → VPN) før møtet og før du opnar jobbsystem.',
    'fix.connect.macos.12': 'Kople til VPN-en til arbeidsgivaren din (i VPN-appen, eller i Systemvalg → Nettverk) før møtet og før du opnar jobbsystem.',
    'fix.connect': 'Kople til VPN-en til arbeidsgivaren din før møtet og før du opnar jobbsystem.',
  },
} as const;

export type VpnMessage = keyof typeof messages.en;
