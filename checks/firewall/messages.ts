/** The firewall check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Firewall',
    on: 'The firewall is on.',
    'on.block-all': 'The firewall is on and blocks all incoming connections.',
    'on.windows': 'Windows Defender Firewall is on for every network profile.',
    off: 'The firewall is off.',
    'off.windows.domain': 'Windows Defender Firewall is off for the Domain network profile.',
    'off.windows.private': 'Windows Defender Firewall is off for the Private network profile (home networks).',
    'off.windows.public': 'Windows Defender Firewall is off for the Public network profile (cafés, hotels, airports).',
    'unread.windows': 'The state of some network profiles could not be read.',
    unknown: 'Could not tell whether the firewall is on.',
    'third-party': 'Another firewall product is registered with Windows: {product}.',
    'fix.third-party': 'Ask IT to confirm that {product} protects this computer on home networks; if it does not, turn Windows Defender Firewall back on.',
    'fix.windows':
      'Turn the firewall on in Windows Security → Firewall & network protection, for every profile. If your employer uses another firewall product, ask IT to confirm it.',
    'fix.macos': 'Turn the firewall on in System Settings → Network → Firewall.',
    'fix.macos.12': 'Turn the firewall on in System Preferences → Security & Privacy → Firewall.',
    'fix.linux': 'Turn the firewall on (for example `sudo ufw enable`), or ask IT.',
    'fix.unknown': 'Check in the system settings that the firewall is on, or ask IT.',
  },
  nb: {
    title: 'Brannmur',
    on: 'Brannmuren er slått på.',
    'on.block-all': 'Brannmuren er slått på og blokkerer alle innkommende tilkoblinger.',
    'on.windows': 'Windows Defender-brannmuren er slått på for alle nettverksprofiler.',
    off: 'Brannmuren er slått av.',
    'off.windows.domain': 'Windows Defender-brannmuren er slått av for nettverksprofilen Domene.',
    'off.windows.private': 'Windows Defender-brannmuren er slått av for nettverksprofilen Privat (hjemmenettverk).',
    'off.windows.public': 'Windows Defender-brannmuren er slått av for nettverksprofilen Offentlig (kafeer, hoteller, flyplasser).',
    'unread.windows': 'Klarte ikke å lese tilstanden for noen av nettverksprofilene.',
    unknown: 'Klarte ikke å se om brannmuren er slått på.',
    'third-party': 'Et annet brannmurprodukt er registrert i Windows: {product}.',
    'fix.third-party': 'Be IT bekrefte at {product} beskytter maskinen på hjemmenettverk. Gjør det ikke det, slå Windows Defender-brannmuren på igjen.',
    'fix.windows':
      'Slå på brannmuren i Windows-sikkerhet → Brannmur og nettverksbeskyttelse, for alle profiler. Bruker arbeidsgiveren din et annet brannmurprodukt, be IT bekrefte det.',
    'fix.macos': 'Slå på brannmuren i Systeminnstillinger → Nettverk → Brannmur.',
    'fix.macos.12': 'Slå på brannmuren i Systemvalg → Sikkerhet og personvern → Brannmur.',
    'fix.linux': 'Slå på brannmuren (for eksempel `sudo ufw enable`), eller spør IT.',
    'fix.unknown': 'Sjekk i systeminnstillingene at brannmuren er slått på, eller spør IT.',
  },
} as const;

export type FirewallMessage = keyof typeof messages.en;
