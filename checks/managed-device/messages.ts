/** The managed-device check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Employer-managed computer',
    'managed.hybrid': 'This computer is joined to an Active Directory domain and to Microsoft Entra ID (hybrid join): an organisation manages it.',
    'managed.entra': 'This computer is joined to Microsoft Entra ID: an organisation manages it.',
    'managed.ad': 'This computer is joined to an Active Directory domain: an organisation manages it.',
    'managed.realm': 'This computer is joined to a directory domain (realmd): an organisation manages it.',
    'managed.intune': 'This computer is enrolled in Microsoft Intune, the device management of an organisation.',
    'managed.mdm': 'This computer is enrolled in the device management (MDM) of an organisation.',
    'managed.dep': 'This Mac was enrolled in device management through Apple Business Manager or Apple School Manager when it was set up.',
    'unmanaged.windows':
      'This computer does not look like a work computer: it is not joined to a domain or to Microsoft Entra ID, and no organisation manages it.',
    'unmanaged.macos': 'This Mac does not look like a work computer: no organisation manages it.',
    registered:
      'A work or school account has been added to this computer. That gives access to work services, but it does not make the computer one your employer manages.',
    'why.meeting':
      'Information in this meeting should only be handled on equipment your employer manages. NSM advises using your employer\u2019s equipment when working from home.',
    'why.policy': 'Your employer requires you to use equipment the organisation manages.',
    unknown: 'Could not tell whether an organisation manages this computer.',
    'unknown.linux': 'Linux has no standard sign that shows whether an organisation manages the computer, and no directory domain was found.',
    'fix.windows':
      'Use the computer your employer gave you for this meeting. If this is a work computer, ask IT to connect it to the organisation (Settings → Accounts → Access work or school).',
    'fix.macos':
      'Use the computer your employer gave you for this meeting. If this Mac is a work computer, ask IT to enrol it in the organisation\u2019s device management.',
    'fix.ask': 'If you are not sure whether this is a work computer, ask IT. For confidential meetings, use the computer your employer gave you.',
  },
  nb: {
    title: 'Maskin fra arbeidsgiveren',
    'managed.hybrid': 'Denne datamaskinen er meldt inn i et Active Directory-domene og i Microsoft Entra ID (hybrid): en virksomhet styrer den.',
    'managed.entra': 'Denne datamaskinen er meldt inn i Microsoft Entra ID: en virksomhet styrer den.',
    'managed.ad': 'Denne datamaskinen er meldt inn i et Active Directory-domene: en virksomhet styrer den.',
    'managed.realm': 'Denne datamaskinen er meldt inn i et katalogdomene (realmd): en virksomhet styrer den.',
    'managed.intune': 'Denne datamaskinen er registrert i Microsoft Intune, enhetsstyringen til en virksomhet.',
    'managed.mdm': 'Denne datamaskinen er registrert i enhetsstyringen (MDM) til en virksomhet.',
    'managed.dep': 'Denne Mac-en ble registrert i enhetsstyring gjennom Apple Business Manager eller Apple School Manager da den ble satt opp.',
    'unmanaged.windows':
      'Denne datamaskinen ser ikke ut som en jobbmaskin: den er ikke meldt inn i et domene eller i Microsoft Entra ID, og ingen virksomhet styrer den.',
    'unmanaged.macos': 'Denne Mac-en ser ikke ut som en jobbmaskin: ingen virksomhet styrer den.',
    registered:
      'En jobb- eller skolekonto er lagt til på denne datamaskinen. Den gir tilgang til tjenester på jobben, men gjør ikke maskinen til en som arbeidsgiveren din styrer.',
    'why.meeting':
      'Informasjonen i dette møtet skal bare behandles på utstyr som arbeidsgiveren din styrer. NSM råder deg til å bruke arbeidsgiverens utstyr på hjemmekontoret.',
    'why.policy': 'Arbeidsgiveren din krever at du bruker utstyr som virksomheten styrer.',
    unknown: 'Klarte ikke å se om en virksomhet styrer denne datamaskinen.',
    'unknown.linux': 'Linux har ikke noe fast tegn som viser om en virksomhet styrer maskinen, og sjekken fant ikke noe katalogdomene.',
    'fix.windows':
      'Bruk datamaskinen du har fått av arbeidsgiveren din i dette møtet. Er dette en jobbmaskin, be IT koble den til virksomheten (Innstillinger → Kontoer → Tilgang til arbeid eller skole).',
    'fix.macos':
      'Bruk datamaskinen du har fått av arbeidsgiveren din i dette møtet. Er denne Mac-en en jobbmaskin, be IT registrere den i enhetsstyringen til virksomheten.',
    'fix.ask': 'Er du usikker på om dette er en jobbmaskin, spør IT. Til fortrolige møter bruker du datamaskinen du har fått av arbeidsgiveren din.',
  },
  nn: {
    title: 'Maskin frå arbeidsgivaren',
    'managed.hybrid': 'Denne datamaskina er meldt inn i eit Active Directory-domene og i Microsoft Entra ID (hybrid): ei verksemd styrer ho.',
    'managed.entra': 'Denne datamaskina er meldt inn i Microsoft Entra ID: ei verksemd styrer ho.',
    'managed.ad': 'Denne datamaskina er meldt inn i eit Active Directory-domene: ei verksemd styrer ho.',
    'managed.realm': 'Denne datamaskina er meldt inn i eit katalogdomene (realmd): ei verksemd styrer ho.',
    'managed.intune': 'Denne datamaskina er registrert i Microsoft Intune, einingsstyringa til ei verksemd.',
    'managed.mdm': 'Denne datamaskina er registrert i einingsstyringa (MDM) til ei verksemd.',
    'managed.dep': 'Denne Mac-en vart registrert i einingsstyring gjennom Apple Business Manager eller Apple School Manager då han vart sett opp.',
    'unmanaged.windows':
      'Denne datamaskina ser ikkje ut som ei jobbmaskin: ho er ikkje meldt inn i eit domene eller i Microsoft Entra ID, og inga verksemd styrer ho.',
    'unmanaged.macos': 'Denne Mac-en ser ikkje ut som ei jobbmaskin: inga verksemd styrer han.',
    registered:
      'Ein jobb- eller skulekonto er lagd til på denne datamaskina. Han gjev tilgang til tenester på jobben, men gjer ikkje maskina til ei som arbeidsgivaren din styrer.',
    'why.meeting':
      'Informasjonen i dette møtet skal berre handsamast på utstyr som arbeidsgivaren din styrer. NSM rår deg til å bruke utstyret til arbeidsgivaren når du arbeider heime.',
    'why.policy': 'Arbeidsgivaren din krev at du bruker utstyr som verksemda styrer.',
    unknown: 'Klarte ikkje å sjå om ei verksemd styrer denne datamaskina.',
    'unknown.linux': 'Linux har ikkje noko fast teikn som viser om ei verksemd styrer maskina, og sjekken fann ikkje noko katalogdomene.',
    'fix.windows':
      'Bruk datamaskina du har fått frå arbeidsgivaren din i dette møtet. Er dette ei jobbmaskin, be IT kople ho til verksemda (i Windows: Innstillinger → Kontoer → Tilgang til arbeid eller skole).',
    'fix.macos':
      'Bruk datamaskina du har fått frå arbeidsgivaren din i dette møtet. Er denne Mac-en ei jobbmaskin, be IT registrere han i einingsstyringa til verksemda.',
    'fix.ask': 'Er du usikker på om dette er ei jobbmaskin, spør IT. Til fortrulege møte bruker du datamaskina du har fått frå arbeidsgivaren din.',
  },
} as const;

export type ManagedDeviceMessage = keyof typeof messages.en;
