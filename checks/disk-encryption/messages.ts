/** The disk-encryption check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Disk encryption',
    'state.on': 'The system disk is encrypted.',
    'state.encrypting': 'Encryption of the system disk has started but is not finished.',
    'state.suspended': 'The system disk is encrypted, but the protection is suspended: the key lies open on the disk.',
    'state.waiting':
      'The system disk is encrypted, but BitLocker is waiting for activation: the key lies unprotected on the disk, so the encryption does not protect anything yet.',
    'state.partial': 'Only part of the disk is encrypted: the system and the home folder are not both protected.',
    'state.converting': 'The system disk is only partly encrypted ({percent, number} %): encryption or decryption is under way.',
    'state.off': 'The system disk is not encrypted: anyone who gets hold of the computer can read its files.',
    'state.decrypting': 'The encryption of the system disk is being removed.',
    unknown: 'Could not tell whether the disk is encrypted.',
    'fix.windows': 'Turn on BitLocker or Device encryption (Settings → Privacy & security → Device encryption), or ask IT to do it.',
    'fix.windows.10': 'Turn on BitLocker or Device encryption (Settings → Update & Security → Device encryption), or ask IT to do it.',
    'fix.windows.suspended':
      'Resume the BitLocker protection (Control Panel → BitLocker Drive Encryption); a restart often resumes it by itself. Ask IT if it stays suspended.',
    'fix.windows.waiting':
      'Finish turning encryption on: sign in to Windows with your work account so that Device encryption completes (Settings → Privacy & security → Device encryption), or turn on BitLocker in Control Panel → BitLocker Drive Encryption. Ask IT if it keeps waiting.',
    'fix.windows.waiting.10':
      'Finish turning encryption on: sign in to Windows with your work account so that Device encryption completes (Settings → Update & Security → Device encryption), or turn on BitLocker in Control Panel → BitLocker Drive Encryption. Ask IT if it keeps waiting.',
    'fix.macos': 'Turn on FileVault (System Settings → Privacy & Security → FileVault), or ask IT to do it.',
    'fix.macos.12': 'Turn on FileVault (System Preferences → Security & Privacy → FileVault), or ask IT to do it.',
    'fix.linux': 'Ask IT to set up full-disk encryption (LUKS); it is usually chosen when the system is installed.',
    'fix.wait': 'Keep the computer switched on and connected to power until the encryption is finished.',
    'fix.unknown': 'Check in the system settings that disk encryption (BitLocker, FileVault or LUKS) is on, or ask IT.',
  },
  nb: {
    title: 'Diskkryptering',
    'state.on': 'Systemdisken er kryptert.',
    'state.encrypting': 'Krypteringen av systemdisken er startet, men ikke ferdig.',
    'state.suspended': 'Systemdisken er kryptert, men beskyttelsen er satt på pause: nøkkelen ligger åpent på disken.',
    'state.waiting':
      'Systemdisken er kryptert, men BitLocker venter på aktivering: nøkkelen ligger ubeskyttet på disken, så krypteringen beskytter ingenting ennå.',
    'state.partial': 'Bare deler av disken er kryptert: systemet og hjemmemappen er ikke begge beskyttet.',
    'state.converting': 'Systemdisken er bare delvis kryptert ({percent, number} %): kryptering eller dekryptering pågår.',
    'state.off': 'Systemdisken er ikke kryptert: den som får tak i datamaskinen, kan lese filene på den.',
    'state.decrypting': 'Krypteringen av systemdisken er i ferd med å fjernes.',
    unknown: 'Klarte ikke å se om disken er kryptert.',
    'fix.windows': 'Slå på BitLocker eller enhetskryptering (Innstillinger → Personvern og sikkerhet → Enhetskryptering), eller be IT gjøre det.',
    'fix.windows.10': 'Slå på BitLocker eller enhetskryptering (Innstillinger → Oppdatering og sikkerhet → Enhetskryptering), eller be IT gjøre det.',
    'fix.windows.suspended':
      'Slå BitLocker-beskyttelsen på igjen (Kontrollpanel → BitLocker-stasjonskryptering); ofte skjer det av seg selv ved neste omstart. Spør IT hvis den fortsatt står på pause.',
    'fix.windows.waiting':
      'Gjør krypteringen ferdig: logg på Windows med jobbkontoen din, så fullføres enhetskrypteringen (Innstillinger → Personvern og sikkerhet → Enhetskryptering), eller slå på BitLocker i Kontrollpanel → BitLocker-stasjonskryptering. Spør IT hvis den fortsatt venter.',
    'fix.windows.waiting.10':
      'Gjør krypteringen ferdig: logg på Windows med jobbkontoen din, så fullføres enhetskrypteringen (Innstillinger → Oppdatering og sikkerhet → Enhetskryptering), eller slå på BitLocker i Kontrollpanel → BitLocker-stasjonskryptering. Spør IT hvis den fortsatt venter.',
    'fix.macos': 'Slå på FileVault (Systeminnstillinger → Personvern og sikkerhet → FileVault), eller be IT gjøre det.',
    'fix.macos.12': 'Slå på FileVault (Systemvalg → Sikkerhet og personvern → FileVault), eller be IT gjøre det.',
    'fix.linux': 'Be IT sette opp kryptering av hele disken (LUKS); det velges vanligvis når systemet installeres.',
    'fix.wait': 'La datamaskinen stå på og være koblet til strøm til krypteringen er ferdig.',
    'fix.unknown': 'Sjekk i systeminnstillingene at diskkryptering (BitLocker, FileVault eller LUKS) er slått på, eller spør IT.',
  },
  nn: {
    title: 'Diskkryptering',
    'state.on': 'Systemdisken er kryptert.',
    'state.encrypting': 'Krypteringa av systemdisken har starta, men er ikkje ferdig.',
    'state.suspended': 'Systemdisken er kryptert, men vernet er sett på pause: nøkkelen ligg ope på disken.',
    'state.waiting':
      'Systemdisken er kryptert, men BitLocker ventar på å bli aktivert: nøkkelen ligg utan vern på disken, så krypteringa vernar ingenting enno.',
    'state.partial': 'Berre delar av disken er krypterte: systemet og heimemappa er ikkje begge verna.',
    'state.converting': 'Systemdisken er berre delvis kryptert ({percent, number} %): kryptering eller dekryptering er i gang.',
    'state.off': 'Systemdisken er ikkje kryptert: den som får tak i datamaskinen, kan lese filene på han.',
    'state.decrypting': 'Krypteringa av systemdisken er i ferd med å bli fjerna.',
    unknown: 'Klarte ikkje å sjå om disken er kryptert.',
    'fix.windows': 'Slå på BitLocker eller einingskryptering (Innstillinger → Personvern og sikkerhet → Enhetskryptering), eller be IT gjere det.',
    'fix.windows.10': 'Slå på BitLocker eller einingskryptering (Innstillinger → Oppdatering og sikkerhet → Enhetskryptering), eller be IT gjere det.',
    'fix.windows.suspended':
      'Slå BitLocker-vernet på att (Kontrollpanel → BitLocker-stasjonskryptering); ofte skjer det av seg sjølv ved neste omstart. Spør IT om det framleis står på pause.',
    'fix.windows.waiting':
      'Gjer krypteringa ferdig: logg på Windows med jobbkontoen din, så blir einingskrypteringa fullført (Innstillinger → Personvern og sikkerhet → Enhetskryptering), eller slå på BitLocker i Kontrollpanel → BitLocker-stasjonskryptering. Spør IT om det framleis ventar.',
    'fix.windows.waiting.10':
      'Gjer krypteringa ferdig: logg på Windows med jobbkontoen din, så blir einingskrypteringa fullført (Innstillinger → Oppdatering og sikkerhet → Enhetskryptering), eller slå på BitLocker i Kontrollpanel → BitLocker-stasjonskryptering. Spør IT om det framleis ventar.',
    'fix.macos': 'Slå på FileVault (Systeminnstillinger → Personvern og sikkerhet → FileVault), eller be IT gjere det.',
    'fix.macos.12': 'Slå på FileVault (Systemvalg → Sikkerhet og personvern → FileVault), eller be IT gjere det.',
    'fix.linux': 'Be IT setje opp kryptering av heile disken (LUKS); det blir vanlegvis valt når systemet blir installert.',
    'fix.wait': 'La datamaskinen stå på og vere kopla til straum til krypteringa er ferdig.',
    'fix.unknown': 'Sjekk i systeminnstillingane at diskkryptering (BitLocker, FileVault eller LUKS) er slått på, eller spør IT.',
  },
} as const;

export type DiskEncryptionMessage = keyof typeof messages.en;
