/** The wifi-security check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Wi-Fi encryption',
    open: 'The Wi-Fi network has no password and no encryption: others nearby can see your traffic and lure you onto fake networks with the same name.',
    wep: 'The Wi-Fi network uses WEP, an encryption that can be broken in minutes.',
    wpa: 'The Wi-Fi network uses the outdated WPA/TKIP encryption.',
    owe: 'The Wi-Fi network is encrypted but open to anyone (OWE, "Enhanced Open"): there is no password keeping others out.',
    protected: 'The Wi-Fi network is protected with {method}.',
    several: '{count, plural, one {# Wi-Fi connection is} other {# Wi-Fi connections are}} active; the weakest one is judged.',
    wired: 'Connected by cable. People nearby cannot listen in on a cable the way they can on Wi-Fi, so this is fine.',
    none: 'No active network connection was found, so there is nothing to judge yet.',
    unknown: 'Could not tell how this computer is connected to the network.',
    'unknown.virtual': 'Only virtual network interfaces are up (a virtual machine or a container?), so the real connection cannot be seen from here.',
    'unknown-security': 'Connected to Wi-Fi, but its encryption could not be read.',
    'fix.open':
      'Connect to a network that asks for a password (WPA2 or WPA3), such as your own home router, or use a network cable. Avoid free and open networks for work.',
    'fix.wep': 'Change the router\u2019s Wi-Fi security to WPA2 or WPA3 (AES) with a strong password; until then, use a network cable.',
    'fix.wpa': 'Change the router\u2019s Wi-Fi security to WPA2 (AES) or WPA3, not WPA, TKIP or a WPA/WPA2 mixed mode.',
    'fix.owe': 'For work, use your own network protected with a password (WPA2 or WPA3), or a network cable.',
    'fix.unknown': 'Check that the network uses WPA2 or WPA3 with a password.',
    'fix.none': 'Connect to your home network (by cable or a password-protected Wi-Fi) and run the check again.',
    'fix.settings.windows': 'In Settings → Network & internet → Wi-Fi you can choose another network; the properties of a network show its security type.',
    'fix.settings.macos':
      'In System Settings → Wi-Fi you can choose another network; hold the Option key and click the Wi-Fi icon in the menu bar to see the security of the current one.',
    'fix.settings.macos.12':
      'In System Preferences → Network → Wi-Fi you can choose another network; hold the Option key and click the Wi-Fi icon in the menu bar to see the security of the current one.',
    'fix.settings.linux': 'In the network settings of your desktop you can choose another network and see the security of the current one.',
    'fix.location.windows':
      'For the check to read the Wi-Fi encryption, turn on Location services, for desktop apps too, in Settings → Privacy & security → Location, then run the check again. If those switches are greyed out, your IT department decides this: ask them.',
  },
  nb: {
    title: 'Kryptering av trådløst nettverk',
    open: 'Det trådløse nettverket har verken passord eller kryptering: andre i nærheten kan se trafikken din og lure deg over til falske nettverk med samme navn.',
    wep: 'Det trådløse nettverket bruker WEP, en kryptering som kan knekkes på minutter.',
    wpa: 'Det trådløse nettverket bruker den utdaterte krypteringen WPA/TKIP.',
    owe: 'Det trådløse nettverket er kryptert, men åpent for alle (OWE): ingen passord holder andre ute.',
    protected: 'Det trådløse nettverket er beskyttet med {method}.',
    several: '{count, plural, one {# trådløs tilkobling er aktiv} other {# trådløse tilkoblinger er aktive}}; den svakeste er vurdert.',
    wired: 'Koblet til med kabel. Folk i nærheten kan ikke avlytte en kabel slik de kan avlytte et trådløst nettverk, så dette er i orden.',
    none: 'Fant ingen aktiv nettverkstilkobling, så det er ingenting å vurdere ennå.',
    unknown: 'Kunne ikke se hvordan maskinen er koblet til nettverket.',
    'unknown.virtual': 'Bare virtuelle nettverkskort er i bruk (en virtuell maskin eller en beholder?), så den egentlige tilkoblingen kan ikke ses herfra.',
    'unknown-security': 'Koblet til trådløst nettverk, men krypteringen kunne ikke leses.',
    'fix.open':
      'Koble til et nettverk som krever passord (WPA2 eller WPA3), for eksempel din egen hjemmeruter, eller bruk nettverkskabel. Unngå gratis og åpne nettverk til jobb.',
    'fix.wep': 'Endre sikkerheten for det trådløse nettverket i ruteren til WPA2 eller WPA3 (AES) med et sterkt passord; bruk nettverkskabel fram til da.',
    'fix.wpa': 'Endre sikkerheten for det trådløse nettverket i ruteren til WPA2 (AES) eller WPA3, ikke WPA, TKIP eller blandet WPA/WPA2.',
    'fix.owe': 'Bruk ditt eget passordbeskyttede nettverk (WPA2 eller WPA3) eller nettverkskabel til jobb.',
    'fix.unknown': 'Sjekk at nettverket bruker WPA2 eller WPA3 med passord.',
    'fix.none': 'Koble til hjemmenettverket (med kabel eller et passordbeskyttet trådløst nettverk) og kjør sjekken på nytt.',
    'fix.settings.windows':
      'I Innstillinger → Nettverk og Internett → Wi-Fi kan du velge et annet nettverk; egenskapene til et nettverk viser sikkerhetstypen.',
    'fix.settings.macos':
      'I Systeminnstillinger → Wi-Fi kan du velge et annet nettverk; hold inne Tilvalg-tasten og klikk på Wi-Fi-symbolet i menylinjen for å se sikkerheten til det du er koblet til.',
    'fix.settings.macos.12':
      'I Systemvalg → Nettverk → Wi-Fi kan du velge et annet nettverk; hold inne Tilvalg-tasten og klikk på Wi-Fi-symbolet i menylinjen for å se sikkerheten til det du er koblet til.',
    'fix.settings.linux': 'I nettverksinnstillingene på skrivebordet kan du velge et annet nettverk og se sikkerheten til det du er koblet til.',
    'fix.location.windows':
      'For at sjekken skal kunne lese krypteringen av det trådløse nettverket, slå på plasseringstjenester, også for skrivebordsapper, i Innstillinger → Personvern og sikkerhet → Plassering, og kjør sjekken på nytt. Er bryterne grå, er det IT-avdelingen som bestemmer dette: spør dem.',
  },
  nn: {
    title: 'Kryptering av trådlaust nett',
    open: 'Det trådlause nettet har verken passord eller kryptering: andre i nærleiken kan sjå trafikken din og lokke deg over på falske nett med same namn.',
    wep: 'Det trådlause nettet brukar WEP, ei kryptering som kan knekkjast på nokre minutt.',
    wpa: 'Det trådlause nettet brukar den utdaterte krypteringa WPA/TKIP.',
    owe: 'Det trådlause nettet er kryptert, men ope for alle (OWE): det er ikkje noko passord som held andre ute.',
    protected: 'Det trådlause nettet er verna med {method}.',
    several: '{count, number} trådlause tilkoplingar er aktive; den svakaste er vurdert.',
    wired: 'Kopla til med kabel. Folk i nærleiken kan ikkje lytte på ein kabel slik dei kan lytte på eit trådlaust nett, så dette er i orden.',
    none: 'Fann inga aktiv nettverkstilkopling, så det er ingenting å vurdere enno.',
    unknown: 'Kunne ikkje sjå korleis maskinen er kopla til nettverket.',
    'unknown.virtual':
      'Berre virtuelle nettverkskort er i bruk (ein virtuell maskin eller ein behaldar?), så den verkelege tilkoplinga kan ikkje sjåast herifrå.',
    'unknown-security': 'Kopla til trådlaust nett, men krypteringa kunne ikkje lesast.',
    'fix.open':
      'Kople til eit nett som krev passord (WPA2 eller WPA3), til dømes din eigen heimeruter, eller bruk nettverkskabel. Unngå gratis og opne nett til jobb.',
    'fix.wep': 'Endre tryggleiken for det trådlause nettet i ruteren til WPA2 eller WPA3 (AES) med eit sterkt passord; bruk nettverkskabel fram til då.',
    'fix.wpa': 'Endre tryggleiken for det trådlause nettet i ruteren til WPA2 (AES) eller WPA3, ikkje WPA, TKIP eller blanda WPA/WPA2.',
    'fix.owe': 'Bruk ditt eige nett med passord (WPA2 eller WPA3) eller nettverkskabel til jobb.',
    'fix.unknown': 'Sjekk at nettet brukar WPA2 eller WPA3 med passord.',
    'fix.none': 'Kople til heimenettet (med kabel eller eit trådlaust nett med passord) og køyr sjekken på nytt.',
    'fix.settings.windows':
      'I Innstillinger → Nettverk og Internett → Wi-Fi kan du velje eit anna nett; eigenskapane til eit nett viser kva tryggleik det har.',
    'fix.settings.macos':
      'I Systeminnstillinger → Wi-Fi kan du velje eit anna nett; hald inne Tilvalg-tasten og klikk på Wi-Fi-symbolet i menylinja for å sjå tryggleiken til nettet du er kopla til.',
    'fix.settings.macos.12':
      'I Systemvalg → Nettverk → Wi-Fi kan du velje eit anna nett; hald inne Tilvalg-tasten og klikk på Wi-Fi-symbolet i menylinja for å sjå tryggleiken til nettet du er kopla til.',
    'fix.settings.linux': 'I nettverksinnstillingane på skrivebordet kan du velje eit anna nett og sjå tryggleiken til nettet du er kopla til.',
    'fix.location.windows':
      'For at sjekken skal kunne lese krypteringa av det trådlause nettet, slå på plasseringstenester, også for skrivebordsappar, i Innstillinger → Personvern og sikkerhet → Plassering, og køyr sjekken på nytt. Er brytarane grå, er det IT-avdelinga som bestemmer dette: spør dei.',
  },
} as const;

export type WifiMessage = keyof typeof messages.en;
