import type { MessageId } from './en.js';
import type { nnGuidance } from './nn-guidance.js';

/**
 * Norsk nynorsk. With nn-guidance.ts, the same keys as en.ts (the types insist: a key is in exactly
 * one of the two), written for a colleague on the west coast rather than swapped word for word from
 * the Bokmål. Menu names of Windows and macOS stay as the machine shows them (their Norwegian user
 * interface is Bokmål).
 */
export const nn: Record<Exclude<MessageId, keyof typeof nnGuidance>, string> = {
  // --- engine ---
  'engine.timeout': 'Sjekken vart ikkje ferdig i tide, så vi veit ikkje kva resultatet er.',
  'engine.error': 'Sjekken kunne ikkje gjerast ferdig ({why}), så vi veit ikkje kva resultatet er.',
  'engine.skipped': 'Hoppa over: {why}.',
  'engine.unanswered': 'Ikkje svart på.',

  // --- why a check could not tell (codes in src/check.ts) ---
  'reason.lead': 'Grunn: {text}.',
  'reason.lead.tool': 'Grunn: {text} ({tool}).',
  'reason.not-found': 'det sjekken les, finst ikkje på denne maskinen',
  'reason.not-installed': 'det sjekken ser etter, er ikkje installert',
  'reason.no-device': 'maskinen har inga slik eining',
  'reason.not-connected': 'eininga er ikkje kopla til',
  'reason.timeout': 'svaret kom ikkje i tide',
  'reason.denied': 'operativsystemet gav ikkje tilgang',
  'reason.needs-admin': 'berre ein administrator kan lese dette',
  'reason.location-off': 'Windows viser opplysningar om det trådlause nettet berre til appar som får bruke posisjon, og posisjon er slått av',
  'reason.constrained-language': 'PowerShell er låst ned på denne maskinen (Constrained Language Mode)',
  'reason.service-account': 'verktøyet køyrer som ein tenestekonto og ser ikkje brukaren som er logga på',
  'reason.no-session': 'fann inga skrivebordsøkt å lese innstillingane frå',
  'reason.unreadable': 'svaret frå systemet såg annleis ut enn venta',
  'reason.failed': 'programmet stoppa med ein feil',
  'reason.unsupported': 'dette går ikkje på dette systemet',
  'reason.not-in-table': 'denne versjonen står ikkje i tabellen i verktøyet',
  'reason.network-error': 'fekk ikkje kontakt over nettet',
  'reason.internal': 'ein feil i sjølve homeoffice-check',
  'reason.disabled': 'slått av for denne køyringa',
  'reason.offline': 'ingen nettverksmålingar når verktøyet køyrer fråkopla',
  'reason.not-applicable': 'gjeld ikkje for dette operativsystemet',

  // --- verdicts and report text ---
  'verdict.ready': 'Klar',
  'verdict.ready-with-warnings': 'Klar, men med åtvaringar',
  'verdict.not-ready': 'Ikkje klar',
  'status.pass': 'OK',
  'status.warn': 'Åtvaring',
  'status.fail': 'Ikkje i orden',
  'status.unknown': 'Ukjent',
  'status.skipped': 'Hoppa over',
  'category.device': 'Datamaskinen',
  'category.network': 'Nettverket',
  'category.accounts': 'Kontoar',
  'category.room': 'Rommet',
  'category.conduct': 'I møtet',
  'category.data': 'Opplysningar',
  'category.incident': 'Avvik og hendingar',
  'plain.heading': 'Sjekk av heimekontoret før videomøte',
  'plain.blockers': 'Må rettast før møtet:',
  'plain.shortfalls': 'Rett dette snart:',
  'plain.unknown': 'Kunne ikkje avgjere:',
  'plain.fix': 'Slik rettar du det: {text}',

  // --- tui and questionnaire ---
  'q.yes': 'Ja',
  'q.no': 'Nei',
  'q.unsure': 'Veit ikkje',
  'q.not-used': 'Eg brukar det ikkje',
  'q.service.email': 'jobb-e-posten og Microsoft 365',
  'q.service.vpn': 'VPN',
  'q.service.video': 'videomøteverktøyet',
  'q.data-class.question': 'Kva er det mest følsame som skal takast opp i møtet?',
  'q.data-class.why': 'Di meir følsame opplysningane er, di strengare krav gjeld for rommet, utstyret og verktøyet.',
  'q.data-class.fix': 'Finn ut kor følsamt møtet er før det byrjar. Spør leiaren din om du er i tvil.',
  'q.data-class.green': 'Ope (grønt): kan delast med alle',
  'q.data-class.yellow': 'Internt (gult): berre for kollegaer',
  'q.data-class.red': 'Fortruleg (raudt): helseopplysningar, klientsaker og andre sensitive personopplysningar',
  'q.room-private.question': 'Kvar sit du medan møtet går føre seg?',
  'q.room-private.why': 'Ingen andre heime skal kunne sjå eller høyre ein fortruleg samtale.',
  'q.room-private.fix': 'Sit åleine i eit rom med døra att. Går ikkje det, bruk hovudtelefonar og sit der ingen kan høyre deg.',
  'q.room-private.alone-closed': 'Åleine i eit rom med døra att',
  'q.room-private.others-nearby': 'Andre kan vere i nærleiken',
  'q.room-private.open-area': 'I eit ope rom der andre går ut og inn',
  'q.room-headset.question': 'Brukar du hovudtelefonar eller headset?',
  'q.room-headset.why': 'Lyden frå ein høgtalar kan høyrast gjennom veggar og dører.',
  'q.room-headset.fix': 'Bruk hovudtelefonar eller headset, så er det berre du som høyrer dei andre.',
  'q.room-screen-privacy.question': 'Står skjermen slik at andre heime og folk utanfor vindauget ikkje ser han?',
  'q.room-screen-privacy.why': 'Det som står på skjermen, kan lesast over skuldra di eller gjennom vindauget.',
  'q.room-screen-privacy.fix': 'Snu skjermen bort frå dører og vindauge, eller bruk eit personvernfilter.',
  'q.room-background.question': 'Er bakgrunnen i kamerabiletet fri for noko følsamt (papir, tavler, bilete av andre)?',
  'q.room-background.why': 'Alle i møtet ser det som er bak deg, og eit opptak tek vare på det.',
  'q.room-background.fix': 'Rydd det kameraet ser, eller slå på uskarp bakgrunn.',
  'q.room-listening-devices.question': 'Er smarthøgtalarar og telefonar du ikkje brukar i møtet, slått av eller ute av rommet?',
  'q.room-listening-devices.why': 'Smarthøgtalarar og telefonar har mikrofonar som kan fange opp samtalen.',
  'q.room-listening-devices.fix': 'Slå av eller demp smarthøgtalarar, og la andre telefonar liggje utanfor rommet medan møtet varer.',
  'q.room-clean-desk.question': 'Er pulten fri for utskrifter og handskrivne notat med personopplysningar?',
  'q.room-clean-desk.why': 'Få har makuleringsmaskin heime, og notat som ligg framme, kan lesast eller kome bort.',
  'q.room-clean-desk.fix': 'Ikkje skriv notat for hand. Skriv notata i jobbsystema, og lås inne papir du må skrive ut.',
  'q.room-physical-access.question': 'Er det berre du som brukar jobbmaskinen, og kan du halde andre heime unna han?',
  'q.room-physical-access.why': 'Den som kjem til maskinen, kan lese eller endre jobbopplysningar.',
  'q.room-physical-access.fix': 'Ikkje la andre bruke jobbmaskinen, og lås skjermen (eller døra) når du går frå han.',
  'q.acc-mfa.question': 'Loggar du på {service} med totrinnsinnlogging (ein kode på SMS eller i ein app i tillegg til passordet)?',
  'q.acc-mfa.why': 'Eit stole passord åleine skal ikkje sleppe nokon inn på jobbkontoen din.',
  'q.acc-mfa.fix': 'Slå på totrinnsinnlogging for {service}, til dømes med ein app på mobilen. IT kan hjelpe deg.',
  'q.acc-passwords.question': 'Er jobbpassorda dine lange, og brukar du dei ingen andre stader?',
  'q.acc-passwords.why': 'Eit passord som har kome på avvegar frå ei anna nettside, blir prøvd alle andre stader først.',
  'q.acc-passwords.fix': 'Bruk ei lang passordfrase for kvar jobbkonto, og ta vare på dei i ein passordhandsamar som arbeidsgivaren din godkjenner.',
  'q.acc-approved-tool.question':
    'Er videoverktøyet det arbeidsgivaren din har godkjent, og brukar du det med lisensen til arbeidsgivaren, ikkje ein privat konto?',
  'q.acc-approved-tool.why': 'Berre eit godkjent verktøy har avtalte innstillingar, databehandlaravtale og kjend lagring av data.',
  'q.acc-approved-tool.fix': 'Bruk videoverktøyet arbeidsgivaren din har godkjent, og logg på med jobbkontoen. Spør IT kva for eitt det er.',
  'q.mtg-private-link.question': 'Er møtelenka privat og verna med passord (kode) eller venterom?',
  'q.mtg-private-link.why': 'Kjem lenka på avvegar, kan alle som har henne, gå rett inn i møtet.',
  'q.mtg-private-link.fix': 'Send lenka berre til dei som er inviterte, og slå på møtepassord eller venterom der du sjølv slepper folk inn.',
  'q.mtg-verify-participants.question': 'Veit du kven som er med i møtet, også dei som ringjer inn på telefon?',
  'q.mtg-verify-participants.why': 'Ein ukjend deltakar høyrer alt som blir sagt.',
  'q.mtg-verify-participants.fix': 'Sjå over deltakarlista når møtet byrjar og kvar gong nokon kjem til. Avslutt møtet med ein gong om ein ukjend kjem inn.',
  'q.mtg-no-chat.question': 'Seier du følsame opplysningar munnleg i staden for å skrive dei i chatten?',
  'q.mtg-no-chat.why': 'Chatten blir lagra, ofte lenger og fleire stader enn du trur.',
  'q.mtg-no-chat.fix': 'Sei følsame ting munnleg i staden for å skrive dei i chatten.',
  'q.mtg-no-recording.why': 'Eit opptak har med alt som vart sagt, og må lagrast og slettast etter reglane for personopplysningar.',
  'q.mtg-minimise-names.question': 'Omtalar du pasientar og klientar med ein ID i staden for namnet?',
  'q.mtg-minimise-names.why': 'Utan namn kan ikkje det som blir overhøyrt eller kjem på avvegar, knytast til ein person.',
  'q.mtg-minimise-names.fix': 'Omtal pasientar og klientar med ein ID frå fagsystemet, ikkje med namn.',
  'q.data-no-private-cloud.question':
    'Ligg jobbfilene berre der arbeidsgivaren din har godkjent, og ikkje i privat skylagring (Dropbox, Google Drive, iCloud)?',
  'q.data-no-private-cloud.why': 'Privat skylagring har arbeidsgivaren ingen kontroll over, og der kan jobbopplysningar kome på avvegar.',
  'q.data-no-private-cloud.fix': 'Flytt jobbfilene til lagringa arbeidsgivaren din har godkjent, og slett dei frå den private skylagringa.',
  'q.inc-reporting.question': 'Veit du korleis du straks melder avvik (mista utstyr, e-post til feil mottakar, ein ukjend i møtet)?',
  'q.inc-reporting.why': 'Di før IT får vite om ei hending, di meir skade kan ein unngå.',
  'q.inc-reporting.fix': 'Finn ut no korleis arbeidsgivaren din vil ha avvik melde (telefonnummer eller skjema), og ha det lett tilgjengeleg.',
  'q.net-router-hardened.question': 'Har du bytt fabrikkpassordet for å logge inn på ruteren heime?',
  'q.net-router-hardened.why': 'Fabrikkpassord er kjende, og den som kjem inn på ruteren, kan sjå eller omdirigere trafikken din.',
  'q.net-router-hardened.fix': 'Byt administratorpassordet på ruteren og installer oppdateringane, eller be internettleverandøren om hjelp.',
  'tui.why': 'Kvifor: {text}',
  'tui.background': 'Maskinen blir sjekka i bakgrunnen medan du svarar på spørsmåla.',
  'tui.keys': 'Vel med piltastane og Enter, eller trykk j (ja), n (nei) eller u (veit ikkje). Ctrl+C avbryt.',
  'tui.checking': 'sjekkar …',
  'tui.done-count': '{done, number} av {count, number} sjekkar er ferdige',
  'tui.phase.latency': 'svartid',
  'tui.phase.download': 'nedlasting',
  'tui.phase.upload': 'opplasting',
  'tui.answer-prompt': 'Svar (1-{count, number}):',
  'tui.answer-again': 'Skriv eit tal frå 1 til {count, number}, eller j, n eller u.',
  'tui.lines-intro': 'Svar på kvart spørsmål med talet (eller j, n, u) og Enter. Ctrl+C avbryt.',
  'tui.report-saved': 'Rapporten er lagra i {file}',

  // --- policy, upload, fleet summary ---
  'upload.failed': 'Åtvaring: rapporten kunne ikkje sendast til {url} ({reason}; {attempts, number} forsøk).',
  'upload.kept': 'Rapporten er lagra i {file}.',
  'summary.heading': 'Heimekontorsjekk: samla oversikt',
  'summary.reports': 'Las {valid, plural, one {# rapport} other {# rapportar}}; {broken, plural, one {# fil kunne} other {# filer kunne}} ikkje brukast.',
  'summary.period': 'Køyringar frå {first, date, long} til {last, date, long}.',
  'summary.verdicts': 'Resultat',
  'summary.score': 'Poengsum: median {median, number, ::.}, dei dårlegaste 10 % {worst, number, ::.}.',
  'summary.blockers': 'Dei vanlegaste stopparane',
  'summary.shortfalls': 'Dei vanlegaste manglane',
  'summary.checks': 'Sjekkar',
  'summary.questions': 'Spørsmål',
  'summary.by-os': 'Etter operativsystem',
  'summary.network': 'Nettverkskvalitet for video ({count, plural, one {# rapport} other {# rapportar}} med målingar)',
  'summary.network-note': 'Dei dårlegaste 10 %: 10-persentilen for fart og samtalekvalitet, 90-persentilen for svartid, variasjon og pakketap.',
  'summary.broken': 'Filer som ikkje kunne brukast',
  'summary.none': 'Ingen.',
  'summary.more': '… og {count, number} til.',
  'summary.no-valid': 'ingen gyldig rapport blant {count, plural, one {# fil} other {# filer}}',
  'summary.kind.check': 'sjekk',
  'summary.kind.question': 'spørsmål',
  'summary.col.item': 'Punkt',
  'summary.col.kind': 'Slag',
  'summary.col.count': 'Tal',
  'summary.col.share': 'Del',
  'summary.col.reports': 'Rapportar',
  'summary.col.os': 'Operativsystem',
  'summary.col.figure': 'Måltal',
  'summary.col.score': 'Klar-poeng',
  'summary.col.median': 'Median',
  'summary.col.worst': 'Dei dårlegaste 10 %',
  'summary.col.unanswered': 'Utan svar',
  'summary.col.blocker': 'Stoppar',
  'summary.col.file': 'Fil',
  'summary.col.reason': 'Grunn',
  'summary.metric.downloadMbps': 'Nedlasting (Mbit/s)',
  'summary.metric.uploadMbps': 'Opplasting (Mbit/s)',
  'summary.metric.latencyMs': 'Svartid tur-retur (ms)',
  'summary.metric.jitterMs': 'Variasjon i svartid (ms)',
  'summary.metric.lossPercent': 'Pakketap (%)',
  'summary.metric.mos': 'Samtalekvalitet (MOS, 1-5)',
  'summary.chart.verdicts': 'Resultat for {count, plural, one {# rapport} other {# rapportar}}',
  'summary.chart.items': 'Manglar per punkt: feil, åtvaringar og ukjent',
  'summary.chart.distribution': 'Fordelinga av {metric}',
  'summary.chart.scores': 'Klar-poeng for {count, plural, one {# rapport} other {# rapportar}}',
  'summary.counted':
    'Talt med: {counted, plural, one {# rapport} other {# rapportar}}, den nyaste frå kvar av {devices, plural, one {# eining som er kjend} other {# einingar som er kjende}} på vertsnamnet; {superseded, plural, one {# eldre rapport frå dei same einingane er ikkje teken med} other {# eldre rapportar frå dei same einingane er ikkje tekne med}}.',
  'summary.counted-all':
    'Talt med: alle {counted, plural, one {# rapport} other {# rapportar}}, også eldre frå same eining (--all-reports); {devices, plural, one {# eining er kjend} other {# einingar er kjende}} på vertsnamnet.',
  'summary.unidentified':
    '{count, plural, one {# rapport har ikkje vertsnamn: han kan ikkje knytast til ei eining og blir talt med for seg} other {# rapportar har ikkje vertsnamn: dei kan ikkje knytast til ei eining, og kvar av dei blir talt med}}.',
  'summary.count.valid': 'Gyldige rapportar lesne',
  'summary.count.counted': 'Rapportar talde med',
  'summary.count.superseded': 'Eldre rapportar frå same eining, ikkje talde med',
  'summary.count.identified': 'Einingar kjende på vertsnamnet',
  'summary.count.unidentified': 'Rapportar utan vertsnamn',
  'policy.help': 'Hjelp frå {organisation}: {contact}',
  'policy.by': 'Sjekka mot retningslinjene til {organisation}.',

  // --- more device checks ---

  // --- video tool advice ---
  'advice.need.one-to-one-client': 'éin til éin med ein klient eller ein annan part utanfrå',
  'advice.need.colleagues': 'kollegaer og faste kontaktar',
  'advice.need.many-international': 'mange deltakarar, også i andre land',
  'advice.need.health-consultation': 'ein helsekonsultasjon',
  'advice.class.green': 'open (grøn)',
  'advice.class.yellow': 'intern (gul)',
  'advice.class.red': 'fortruleg (raud)',
  'advice.class.unsure': 'enno ikkje klassifisert',
  'advice.fit.fits': 'passar',
  'advice.fit.not-suitable': 'passar ikkje',
  'advice.tool': '{name}: {fit}. {reasons}',
  'advice.e2ee.yes': 'Ende-til-ende-kryptert.',
  'advice.e2ee.setting': 'Ende-til-ende-kryptering må slåast på for kvart møte.',
  'advice.e2ee.not-stated': 'Kjeldene seier ikkje at det er ende-til-ende-kryptert.',
  'advice.storage.none': 'Samtalar og video blir ikkje lagra.',
  'advice.storage.eea': 'Data blir lagra innanfor EØS.',
  'advice.storage.eea-userdata-usa': 'Møta går i datasenter innanfor EØS, men brukardata blir lagra i USA.',
  'advice.storage.usa-unless-eea': 'Data blir lagra i USA, med mindre verksemda ber om at dei blir lagra innanfor EØS.',
  'advice.storage.usa': 'Data, også metadata, blir lagra i USA.',
  'advice.storage.provider': 'Køyrer på tenarane til verksemda sjølv eller hos ein leverandør.',
  'advice.storage.agreement': 'Blir drifta åtskilt frå den offentlege tenesta, med databehandlaravtale.',
  'advice.storage.not-stated': 'Kjeldene seier ikkje kvar data blir lagra.',
  'advice.guest.no-account': 'Gjester treng ingen konto.',
  'advice.guest.account': 'Gjester må registrere seg (konto eller e-postadresse).',
  'advice.guest.browser': 'Gjester er med frå nettlesaren, ingenting å installere.',
  'advice.guest.install': 'Gjester må installere appen.',
  'advice.red.approved': 'Nemnt i råda frå helsesektoren som eigna for fortrulege (raude) data.',
  'advice.red.conditional': 'Eigna for fortrulege (raude) data berre på vilkåra som følgjer.',
  'advice.red.not-assessed': 'Kjeldene vurderer det ikkje for fortrulege (raude) data: spør IT før du brukar det til slikt.',
  'advice.red.not-approved': 'Ikkje godkjent for fortrulege (raude) data.',
  'advice.note.pexip': 'Krev ein eigen leverandør for å setjast opp.',
  'advice.note.zoom': '«Vanleg» Zoom er ikkje godkjent for helseopplysningar: data og metadata blir lagra i USA; berre godkjent for grøne og gule data.',
  'advice.note.kry':
    'Gratis, men berre for autorisert helsepersonell; gjer ingen opptak og lagrar ingen pasientopplysningar; det er ditt ansvar å identifisere pasienten.',
  'advice.note.health-sector': 'Videotenester som alt er i bruk i helsesektoren; spør leverandøren av journalsystemet ditt.',
  'advice.general.video-not-chat': 'Bruk lyd og bilete til følsame samtalar, aldri chatten: chatmeldingar blir liggjande.',
  'advice.general.alternative': 'Ha eit anna godkjent verktøy klart i tilfelle det første ikkje verkar.',
  'advice.general.no-recording': 'Ikkje gjer opptak utan at det er avtalt på førehand og alle har samtykt.',
  'advice.general.unsure': 'Til du veit kor følsamt møtet er, vel som om det var fortruleg (raudt).',
  'advice.general.ask-it':
    'Kjeldene godkjenner ingen av desse verktøya utan vilkår for eit slikt møte med fortruleg informasjon: spør IT kva verktøy verksemda di har godkjent til det.',
  'vtq.need.question': 'Kva slags møte er det?',
  'vtq.need.why': 'Ulike verktøy passar for ein samtale éin til éin, eit møte med kollegaer, eit stort internasjonalt møte og ein helsekonsultasjon.',
  'vtq.need.fix': 'Vel den typen møte som passar best, så får du råd om videoverktøyet.',
  'vtq.need.one-to-one-client': 'Éin til éin med ein klient eller ein annan part utanfrå',
  'vtq.need.colleagues': 'Med kollegaer eller faste kontaktar',
  'vtq.need.many-international': 'Mange deltakarar, også i andre land',
  'vtq.need.health-consultation': 'Ein helsekonsultasjon med ein pasient',
  'vtq.not-offered': 'Verktøyet mitt har ikkje ei slik innstilling',
  'vtq.generated-id.question': 'Har møtet ein eigen generert møte-ID eller lenke, og ikkje det personlege møterommet ditt?',
  'vtq.generated-id.why': 'Eit personleg møterom har same adressa kvar gong, så alle som ein gong fekk lenka, kan kome inn.',
  'vtq.generated-id.fix': 'Opprett eit nytt møte med generert ID («Generate Automatically»), ikkje den personlege møte-ID-en din.',
  'vtq.passcode.question': 'Har møtet eit passord som du ikkje har brukt i tidlegare møte?',
  'vtq.passcode.why': 'Eit passord stoppar dei som gjettar eller finn møte-ID-en.',
  'vtq.passcode.fix': 'Set eit nytt passord for dette møtet; bruk aldri same passordet på nytt.',
  'vtq.waiting-room.question': 'Er venterommet (lobbyen) slått på, slik at du sjølv slepper inn kvar deltakar?',
  'vtq.waiting-room.why': 'Du ser kven som ventar, før dei kan sjå eller høyre noko.',
  'vtq.waiting-room.fix': 'Slå på venterommet (i Zoom: Security → Waiting Room; i Teams: lobbyen) før møtet.',
  'vtq.e2ee.question': 'Er ende-til-ende-kryptering slått på for møtet?',
  'vtq.e2ee.fix': 'Slå på ende-til-ende-kryptering i innstillingane for møtet. Kan ikkje verktøyet det, spør IT om det er godkjent for fortrulege møte.',
  'vtq.join-before-host.question': 'Er «Join before host» (bli med før verten) slått av?',
  'vtq.join-before-host.why': 'Deltakarar som kjem inn før deg, kan møte kvarandre, eller ein framand, utan at du er der.',
  'vtq.join-before-host.fix': 'Fjern haka ved «Join before host» (i Zoom under Advanced Options).',
  'vtq.lock.question': 'Kjem du til å låse møtet når alle som skal vere med, har kome inn?',
  'vtq.lock.why': 'Eit låst møte slepper ingen andre inn, sjølv med lenke og passord.',
  'vtq.lock.fix': 'Lås møtet når alle er inne (i Zoom: Security → Lock Meeting). Kjem det inn ein framand, avslutt møtet straks og meld frå.',
  'vtq.private-link.question': 'Blir lenka til møtet berre send direkte til deltakarane, og aldri lagd ut ope?',
  'vtq.private-link.why': 'Ei lenke i ein kalender andre kan sjå, i ein chatkanal eller på ei nettside slepper kven som helst inn.',
  'vtq.private-link.fix': 'Send lenka direkte til kvar deltakar (e-post, SMS); merk ei Outlook-innkalling som privat.',
  // --- score v2: the result in words, question titles, what IT receives ---
  'q.data-class.title': 'Kor følsamt møtet er',
  'q.data-class.black': 'Strengt fortruleg eller gradert (svart): skal ikkje takast i videomøte',
  'q.data-class.fix-black':
    'Ikkje hald dette møtet på video. Bruk kanalen arbeidsgivaren din har godkjent for strengt fortrulege eller graderte opplysningar. Spør leiaren din eller den som har ansvar for tryggleik, om du ikkje veit kva kanal det er.',
  'q.room-private.title': 'Rommet',
  'q.room-headset.title': 'Hovudtelefonar',
  'q.room-headset.relief': 'Du sit åleine bak ei lukka dør, så hovudtelefonar er ikkje kravd. Rådet er å bruke dei når det let seg gjere.',
  'q.room-screen-privacy.title': 'Skjermen i skjul for andre',
  'q.room-background.title': 'Bakgrunnen i biletet',
  'q.room-listening-devices.title': 'Smarthøgtalarar og telefonar',
  'q.room-clean-desk.title': 'Ryddig pult',
  'q.room-physical-access.title': 'Kven som kjem til maskinen',
  'q.acc-mfa.title': 'Totrinnsinnlogging: {service}',
  'q.acc-passwords.title': 'Passord',
  'q.acc-approved-tool.title': 'Godkjent videoverktøy',
  'q.mtg-private-link.title': 'Privat møtelenke',
  'q.mtg-verify-participants.title': 'Kven som er med i møtet',
  'q.mtg-no-chat.title': 'Ikkje noko følsamt i chatten',
  'q.mtg-sharing.title': 'Skjermdeling',
  'q.mtg-no-recording.title': 'Opptak',
  'q.mtg-minimise-names.title': 'Ikkje namn på pasientar og klientar',
  'q.mtg-minimise-names.no-clients': 'Ingen pasientar eller klientar i dette møtet',
  'q.data-no-private-cloud.title': 'Jobbfiler på godkjend lagring',
  'q.inc-reporting.title': 'Melde avvik',
  'q.net-router-hardened.title': 'Ruterpassordet',
  'q.net-router-hardened.isp-managed': 'Det er internettleverandøren som styrer ruteren',
  'vtq.need.title': 'Kva slags møte',
  'vtq.generated-id.title': 'Generert møte-ID',
  'vtq.passcode.title': 'Nytt møtepassord',
  'vtq.waiting-room.title': 'Venterom',
  'vtq.e2ee.title': 'Ende-til-ende-kryptering',
  'vtq.join-before-host.title': 'Ingen inn før verten',
  'vtq.lock.title': 'Låse møtet',
  'vtq.private-link.title': 'Lenka berre til deltakarane',
  'result.head': '{verdict}. Poengsum {score, number} av 100.',
  'result.verdict.not-ready': 'Ikkje klar',
  'result.verdict.fix-soon': 'Du kan halde møtet, men rett dette snart',
  'result.verdict.notes': 'Klar, men sjå merknadene',
  'result.verdict.ready': 'Klar',
  'result.machine.not-ready': 'Maskinen er ikkje klar',
  'result.machine.fix-soon': 'Maskinen kan brukast, men rett dette snart',
  'result.machine.notes': 'Maskinen er klar, men sjå merknadene',
  'result.machine.ready': 'Maskinen er klar',
  'result.scope.machine': 'Berre maskinen er sjekka: ingen spørsmål har fått svar, så rommet og vanane dine er ikkje vurderte.',
  'result.parts': 'Maskinen {machine, number} av 100 (målt), møtet {meeting, number} av 100 (svara dine).',
  'result.class.red': 'Eit fortruleg (raudt) møte: dei strenge reglane gjeld.',
  'result.class.unsure': 'Du veit ikkje kor følsamt møtet er, så reglane for fortrulege (raude) møte gjeld til du veit det.',
  'result.class.unanswered': 'Ingen har svart på kor følsamt møtet er, så reglane for fortrulege (raude) møte gjeld.',
  'result.class.black':
    'Strengt fortrulege eller graderte opplysningar (svart) skal ikkje takast opp i videomøte i det heile. Bruk kanalen arbeidsgivaren din har godkjent for slike opplysningar.',
  'result.measured': 'målt på maskinen',
  'result.declared': 'svaret ditt',
  'result.answered': 'Du svarte {answer}.',
  'result.unanswered': 'Ikkje svart på.',
  'result.counts-as-no': 'I eit fortruleg møte tel det som {no}.',
  'result.unanswered-earns-nothing': 'Eit spørsmål utan svar gjev ingen poeng.',
  'result.unanswered-list': 'Ikkje svart på ({count, number}):',
  'result.not-applicable': 'Gjeld ikkje ({count, number}):',
  'result.fine-measured': 'I orden, målt på maskinen ({count, number}):',
  'result.fine-declared': 'I orden etter svara dine ({count, number}):',
  'result.more': 'og {count, number} til',
  'share.heading.url': 'Dette får IT (blir sendt til {host} no):',
  'share.heading.file': 'Dette står i rapporten til IT ({file}):',
  'share.nothing': 'Ingenting frå denne køyringa blir sendt til IT eller lagra.',
  'share.result': 'vurderinga, poengsummen og kvar linje over, med det kvar sjekk las på maskinen (versjonar, innstillingar, utstyrsmodellar)',
  'share.answers': 'svara dine på spørsmåla',
  'share.system': 'operativsystemet og versjonen, språket og når sjekken vart køyrd',
  'share.hostname': 'namnet på maskinen, fordi retningslinjene til arbeidsgivaren din ber om det',
  'share.username': 'brukarnamnet ditt, fordi retningslinjene til arbeidsgivaren din ber om det',
  'share.not': 'Blir ikkje sendt: {items}.',
  'share.item.network': 'namnet på nettverket',
  'share.item.address': 'IP- eller MAC-adresser',
  'share.item.hostname': 'namnet på maskinen',
  'share.item.username': 'brukarnamnet ditt',
  // fleet summary v2 and the collector (summarize, serve)
  'summary.generated': 'Oversikta er laga {date, date, long} kl. {date, time, short} UTC.',
  'summary.since':
    'Rapportar frå {since, date, long}; {count, plural, one {# eldre rapport er ikkje teken med} other {# eldre rapportar er ikkje tekne med}} (--since).',
  'summary.unknown-incl': 'ukjent (med spørsmål utan svar)',
  'summary.devices-attention': 'Einingar som treng oppfølging',
  'summary.devices': 'Alle einingar',
  'summary.col.host': 'Eining',
  'summary.col.user': 'Brukar',
  'summary.col.last': 'Siste rapport',
  'summary.col.verdict': 'Resultat',
  'summary.col.blockers': 'Stopparar',
  'summary.col.week': 'Veke',
  'summary.col.from': 'Frå',
  'summary.col.scope': 'Omfang',
  'summary.stale-days': 'ikkje sett på {days, plural, one {# dag} other {# dagar}}',
  'summary.devices-note':
    'Einingar som ikkje er klare, kjem først, så einingar som ikkje er sette på meir enn {days, plural, one {# dag} other {# dagar}} ({stale, number}). Einingane blir kjende att på vertsnamnet; ein rapport utan vertsnamn står for seg sjølv.',
  'summary.trend': 'Utviklinga veke for veke',
  'summary.trend-table': 'Vekene som tabell',
  'summary.trend-note': 'Kvar veke tel den nyaste rapporten frå kvar eining den veka (måndag til søndag, UTC), og kvar rapport utan vertsnamn.',
  'summary.chart.trend': 'Delen av kvart resultat per veke',
  'summary.no-host': '(utan vertsnamn)',
  'summary.count.stale': 'Einingar som ikkje er sette på meir enn {days, plural, one {# dag} other {# dagar}}',
  'summary.network-short': 'Nettverk',
  'summary.card.stale': 'ikkje sett på {days, number}+ dagar',
  'summary.more-devices': '… og {count, number} til: heile lista står i --format devices-csv og json.',
  'summary.of-them-unanswered': '(av dei {count, number} utan svar)',
  'summary.unanswered-note': 'Ukjent tek med spørsmål som ingen har svart på (ei køyring utan spørsmål lèt alle spørsmåla stå utan svar).',
  'summary.by-item': 'Einingar per sjekk og spørsmål',
  'summary.filter': 'Filtrer einingar:',
  'summary.scope.machine': 'maskinen',
  'summary.scope.machine-and-meeting': 'maskinen og møtet',
  'summary.col.why': 'Kvifor',
  'summary.low-score': 'poeng {score, number}',
  'summary.item-none': 'Inga eining har manglar her.',
  'summary.item-unanswered': 'Inga eining har manglar her; {count, number} har late det stå utan svar.',
  'serve.listening': 'homeoffice-check serve: lyttar på {url} (lagring: {storage})',
  'serve.storage.folder': 'mappa {path}',
  'serve.no-token': 'serve: set HOMEOFFICE_CHECK_SERVE_TOKEN til tokenet klientane sender (Authorization: Bearer TOKEN); det blir aldri lese frå kommandolinja',
  'serve.token-short': 'serve: {name} må ha minst {min, number} teikn (til dømes openssl rand -hex 24)',
  'serve.port': 'serve: --port må vere eit portnummer, ikkje «{value}»',
  'serve.data-and-db': 'serve: --data og --db kan ikkje brukast saman',
  'serve.stale-days': 'serve: --stale-days må vere eit heilt tal dagar, ikkje «{value}»',
  'serve.cert-and-key': 'serve: --cert og --key må givast saman',
  'serve.cert-unreadable': 'serve: kan ikkje lese sertifikatet eller nøkkelen «{path}»: {problem}',
  'serve.unverified': 'serve: --unverified må vere reject eller mark, ikkje «{value}»',
  'serve.unverified-needs-key': 'serve: --unverified blir berre brukt saman med --verify-key',
  'serve.mark-needs-folder': 'serve: --unverified mark krev mappelagring (--data); med --db, bruk reject',
  'serve.db-url': 'serve: --db må vere ein postgres://-URL',
  'serve.db-unusable': 'serve: kan ikkje bruke databasen: {text}',
  'serve.folder-unusable': 'serve: kan ikkje bruke mappa «{path}»: {problem}',
  'serve.listen': 'serve: kan ikkje lytte på {address}: {problem}',
  'serve.listen.in-use': 'porten er allereie i bruk',
  'remember.heading': 'Dette svarte du sist (lagra på denne maskinen):',
  'remember.confirm': 'Stemmer desse svara framleis?',
  'remember.confirm-why': 'Ja: du blir ikkje spurd om dei igjen. Nei: du svarar på dei på nytt.',
  'remember.confirm-yes': 'Ja, dei stemmer',
  'remember.confirm-no': 'Nei, spør meg igjen',
  'remember.consent':
    'Skal denne datamaskina hugse {count, number} svar som ikkje endrar seg frå møte til møte (innlogging, passord, arbeidsplassen heime, vanar i møte, hendingar), slik at neste sjekk berre spør om møtet?',
  'remember.consent-why': 'Dei blir lagra berre på denne maskinen, i {file}, utan namn eller maskinnamn. «homeoffice-check --forget» slettar dei.',
  'remember.consent-yes': 'Ja, hugs dei',
  'remember.consent-no': 'Nei',
  'remember.saved': 'Svara er lagra til neste gong.',
  'remember.not-saved': 'Svara kunne ikkje lagrast',

  // --- the result's actions: open a setting, check again ---
  'tui.act.heading': 'Rett det no',
  'tui.act.keys': 'Pil opp og ned: vel · Enter: opne innstillinga · r: sjekk på nytt · q: ferdig',
  'tui.act.keys-one': 'Enter: opne innstillinga · r: sjekk på nytt · q: ferdig',
  'tui.act.now': 'No: {head}',
  'tui.act.opening': 'Opnar innstillinga …',
  'tui.act.opened': 'Innstillinga er opna. Endre ho der, og trykk r for å sjekke på nytt.',
  'tui.act.open-failed': 'Innstillinga kunne ikkje opnast herifrå: følg stega i rådet over.',
  'tui.act.checking': 'Sjekkar på nytt …',
  'tui.act.checked': 'Sjekka på nytt.',

  // the fleet summary: reports judged again, replayed ones left out, signatures
  'summary.replayed':
    '{count, plural, one {# rapport laga ved å spele av eit opptak er utelaten} other {# rapportar laga ved å spele av eit opptak er utelatne}}: ei avspeling kan kome frå kva maskin som helst, når som helst (--include-replayed tek dei med).',
  'summary.rederived':
    'Kvar rapport er vurdert på nytt ut frå sine eigne fakta og svar: {disagreeing, number} stemmer ikkje med det rapporten sjølv seier, og {unknown, number} er laga under ein policy som ikkje er gitt med --policy. Dei vert talde som ikkje klare.',
  'summary.signatures':
    'Signaturar (--verify-key): {valid, number} gyldige, {unsigned, number} usignerte, {tampered, number} endra etter signering eller signerte med ein annan nøkkel.',
  'summary.flagged': 'Rapportar som ikkje vert tekne på ordet',
  'summary.flagged-note':
    'Desse rapportane vert talde som ikkje klare, kva dei enn seier. Sjå på kvar av dei: ein rapport som er endra etter køyringa, ein som er laga under ein policy du ikkje har gitt til summarize, eller ein der signaturen ikkje stemmer.',
  'summary.flag.disagreeing': 'stemmer ikkje med sine eigne fakta og svar',
  'summary.flag.policy-unknown': 'laga under ein policy som ikkje er gitt med --policy ({policy})',
  'summary.flag.tampered': 'endra etter signering, eller signert med ein annan nøkkel',
  'summary.diff.verdict': 'vurdering {stored}, fakta gir {derived}',
  'summary.diff.score': 'poengsum {stored, number}, fakta gir {derived, number}',
  'summary.diff.item': '{item}: {stored}, fakta gir {derived}',
  'summary.diff.missing': 'manglar',
  'summary.diff.incomplete': 'ikkje ein heil rapport frå dette verktøyet: fakta kan ikkje vurderast på nytt',

  // --- the command line: help, --list, errors, the fleet summary's files and columns ---
  'cli.help': `Bruk: homeoffice-check [val]
      homeoffice-check schema <report|answers|policy|summary>
      homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [--format table|csv|json|html|devices-csv] [-o FIL]
      homeoffice-check serve [--port N] [--host H] [--data MAPPE | --db URL]

Sjekkar om denne maskinen og dette rommet er klare for eit trygt videomøte heimanfrå,
og seier kva du bør ordne.

Val:
  --json                JSON-rapport på standard ut, ingenting anna der
  -o, --output FIL      skriv JSON-rapporten til FIL òg
  --lang nb|nn|en       språk (standard: frå språkinnstillinga i systemet; «nb» og «no» gir bokmål, «nn» nynorsk)
  --answers FIL         svar på spørsmåla (JSON) for køyringar utan spørsmål
  --policy FIL|URL      retningslinjer frå IT (JSON; ein URL må byrje med https://): sjekkar, vekter, grenser
  --no-questions        spør ikkje om noko; spørsmåla blir rapporterte som utan svar
  --forget              slett svara som denne maskinen hugsar, og stopp
  --only ID[,ID...]     køyr berre desse sjekkane
  --skip ID[,ID...]     hopp over desse sjekkane
  --offline             ingen målingar av nettverket (blir rapporterte som hoppa over)
  --speed-url URL       adressa for måling av fart og svartid (standard {speedUrl})
  --stun VERT:PORT      STUN-tenar for UDP-testen (standard {stun})
  --record FIL          ta opp alt programmet les frå maskinen, til FIL (med --replay: det avspelinga spurde om)
  --replay FIL          les alt frå eit opptak i FIL i staden for frå denne maskinen
  --report-url URL      send JSON-rapporten med POST til URL òg (https://, eller http:// til
                        denne maskinen); ein nøkkel i HOMEOFFICE_CHECK_REPORT_AUTH blir send i ein header
                        (sjå README)
  --report-timeout SEK  sekund per forsøk på å sende rapporten (standard 10)
  --plain               lesbare linjer i staden for den interaktive visninga
  --list                vis sjekkane og spørsmåla med kjeldene deira
                        (homeoffice-check summarize --help: vala for den samla oversikta)
  -h, --help            denne hjelpa
  -v, --version         versjonen

Avslutningskodar: 0 klar (åtvaringar er lov), 1 ikkje klar, 2 feil i bruk eller inndata,
3 intern feil, 130 avbrote.
`,
  'cli.summarize-help': `Bruk: homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [val]

Set saman mange JSON-rapportar: resultata, einingane og kva som stoppar dei, dei vanlegaste
stopparane og manglane med einingane bak kvar av dei, utviklinga veke for veke, einingar
som ikkje er sette på ei stund, operativsystem og nettverkstal. I mapper blir *.json, *.ndjson
og *.jsonl lesne; ei NDJSON-fil (eller - for standard inn) har éin rapport per linje, eller
ein eksport frå ei loggplattform (Elasticsearch-treff med _source, Splunk-linjer frå
output_mode=json med result._raw). Berre vanlege filer blir lesne; alt som ikkje er ein
gyldig rapport, blir lista opp med grunnen. Ei eining som har sendt fleire rapportar, blir
talt med éin gong, etter den nyaste rapporten, når rapportane har vertsnamnet
(report.include: ["hostname"] i policyen); ein rapport utan vertsnamn blir talt med for seg.

Kvar rapport blir vurdert på nytt ut frå sine eigne fakta og svar. Ein rapport der lagra status,
poengsum eller vurdering ikkje stemmer, ein som viser til ein policy som ikkje er gitt med
--policy, og (med --verify-key) ein som er endra etter signering, blir lista etter filnamn og
talt som ikkje klar.

Val:
  --format FORMAT                table (standard) for terminalen, csv for Excel, json for
                                 vidare handsaming, html for éi sjølvstendig side med
                                 diagram, devices-csv for éi linje per eining
  -o, --output FIL               skriv til FIL i staden for standard ut
  --lang nb|nn|en                språk (standard: frå språkinnstillinga i systemet)
  --delimiter ';'|','|tab        skiljeteikn i CSV (standard ';' med desimalkomma for nb og nn,
                                 ',' med desimalpunktum for en)
  --all-reports                  tel alle rapportar, også eldre frå same eining
  --since DATO                   ta ikkje med rapportar frå før DATO («2026-11-01»,
                                 eller eit ISO 8601-tidspunkt)
  --stale-days N                 ei eining blir rekna som borte etter N dagar utan rapport
                                 (standard 14)
  --policy FIL|URL               ein policy rapportane kan vise til (kan gjentakast): kvar rapport
                                 blir vurdert på nytt ut frå sine eigne fakta og svar etter
                                 policyen han viser til (etter SHA-256); rapportar frå tidlegare
                                 versjonar, som ikkje viser til nokon, etter den eine --policy som
                                 er gitt, elles standardinnstillingane
  --include-replayed             tel med rapportar laga ved å spele av eit opptak (utelatne
                                 som standard)
  --verify-key FIL|env[:NAMN]    kontroller signaturen på kvar rapport med nøkkelen i FIL (eigd
                                 av deg eller root, modus 600) eller i miljøvariabelen NAMN
                                 (standard HOMEOFFICE_CHECK_SIGNING_KEY); aldri sjølve nøkkelen
  -h, --help                     denne hjelpa

Avslutningskodar: 0 minst éin gyldig rapport, 2 ingen (eller feil i bruken), 3 intern feil.
`,
  'cli.serve-help': `Bruk: homeoffice-check serve [--port N] [--host H] [--data MAPPE | --db URL] [val]

Ein innsamlar for rapportane: verktøyet sender kvar rapport med --report-url
https://VERT:PORT/reports (http:// berre til localhost), og oversiktssida ligg på / (oversikta
som JSON på /summary.json, éi linje per eining på /devices.csv).

Tokenet klientane sender (Authorization: Bearer TOKEN), blir lese frå
HOMEOFFICE_CHECK_SERVE_TOKEN, aldri frå kommandolinja; minst 16 teikn. For å lese sida og
oversikta trengst HOMEOFFICE_CHECK_SERVE_READ_TOKEN (som Bearer, eller som passordet nettlesaren
spør om), eller det same tokenet når han ikkje er sett. Set eit eige: tokenet til klientane ligg
på kvar maskin.

Val:
  --port N            port (standard 8765; 0 vel ein ledig)
  --host H            adressa det blir lytta på (standard 127.0.0.1: berre denne maskinen)
  --data MAPPE        lagra rapportane i MAPPE, éi fil per rapport (standard
                      ./homeoffice-check-data)
  --db URL            lagra rapportane i PostgreSQL i staden (postgres://brukar@vert:5432/db;
                      eit passord i PGPASSWORD eller ~/.pgpass heller enn i URL-en)
  --cert FIL --key FIL   bruk HTTPS med dette sertifikatet og denne nøkkelen (PEM)
  --lang nb|nn|en     språket på sida (standard: frå språkinnstillinga i systemet)
  --stale-days N      ei eining blir rekna som borte etter N dagar utan rapport (standard 14)
  --verify-key FIL|env[:NAMN]
                      kontroller signaturen på kvar rapport når han kjem inn, med nøkkelen i
                      FIL (eigd av deg eller root, modus 600) eller i miljøvariabelen NAMN
                      (standard HOMEOFFICE_CHECK_SIGNING_KEY); aldri sjølve nøkkelen
  --unverified reject|mark
                      med --verify-key: reject (standard) svarar 403 på ein usignert eller
                      endra rapport og tek ikkje vare på noko; mark tek vare på han, og
                      oversikta merkjer han (ein endra rapport blir talt som ikkje klar). mark
                      krev mappelagring (--data)
  --policy FIL|URL    ein policy rapportane kan vise til (kan gjentakast): oversikta vurderer
                      kvar rapport på nytt etter han, slik summarize --policy gjer
                      (mappelagring)
  --include-replayed  tel med rapportar laga ved å spele av eit opptak (utelatne som standard)
  -h, --help          denne hjelpa

Svar på POST /reports: 201 lagra, 200 lagra frå før, 400 ikkje JSON, 401 manglar token eller
feil token, 403 usignert eller endra (med --verify-key, --unverified reject), 413 for stor,
415 ikkje JSON, 422 ikkje ein gyldig rapport.

Avslutningskodar: 2 feil i bruken (manglar token, porten er i bruk, ei fil som ikkje kan lesast),
3 intern feil, 130 stoppa.
`,
  'list.check': 'sjekk    {id}  {title}  [{category}, vekt {weight, number}]  kjelder: {sources}',
  'list.question': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}]  kjelder: {sources}',
  'list.question-when': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}, berre når dataklassen er {classes}]  kjelder: {sources}',
  'list.sources': 'kjelder:',
  'list.seed': '(kjeldetekst {seed})',
  'error.internal': 'intern feil: {text}',
  'error.internal-reported': 'intern feil: {text} (rapporten viser det som vart funne fram til då)',
  'error.schema-usage': 'bruk: homeoffice-check schema <report|answers|policy|summary>',
  'error.schema-kind': 'schema: venta report, answers, policy eller summary, fekk «{kind}»',
  'error.unexpected-argument': 'uventa argument «{arg}»',
  'error.unknown-option': 'ukjent val «{option}»',
  'error.option-value': 'valet «{option}» treng ein verdi',
  'error.option-no-value': 'valet «{option}» tek ingen verdi',
  'error.ids-empty': '--{flag} treng minst éin sjekk-id',
  'error.ids-unknown': '--{flag}: ukjend sjekk «{id}» (kjende: {known})',
  'error.lang': '--lang må vere nb, nn eller en, ikkje «{value}»',
  'error.speed-url': '--speed-url må vere ei http://- eller https://-adresse, ikkje «{value}»',
  'error.stun': '--stun må vere VERT:PORT, ikkje «{value}»',
  'error.report-url': '--report-url «{url}»: {problem}',
  'error.report-url.not-url': 'ikkje ei gyldig adresse',
  'error.report-url.credentials': 'brukarnamn eller passord i adressa er ikkje lov; bruk HOMEOFFICE_CHECK_REPORT_AUTH',
  'error.report-url.http': 'http:// er berre lov til denne maskinen (localhost); bruk https://',
  'error.report-url.scheme': 'adressa må byrje med https:, ikkje {scheme}',
  'error.report-timeout': '--report-timeout må vere sekund mellom 0 og 300, ikkje «{value}»',
  'error.header-name': 'HOMEOFFICE_CHECK_REPORT_HEADER er ikkje eit gyldig namn på ein header',
  'error.needs-file': '--{flag} treng eit filnamn',
  'error.policy-needs-source': '--policy treng eit filnamn eller ei https://-adresse',
  'error.file.policy': 'policyfila «{path}»',
  'error.file.answers': 'svarfila «{path}»',
  'error.file.replay': 'opptaksfila «{path}»',
  'error.file.signing-key': 'signeringsnøkkelen «{path}»',
  'error.url.policy': 'policyen på «{url}»',
  'error.in': '{label}: {problem}',
  'error.in-path': '{label}: {path}: {problem}',
  'error.file.missing': 'fila finst ikkje',
  'error.file.folder': 'er ei mappe',
  'error.file.denied': 'manglar tilgang',
  'error.file.socket': 'er ikkje ei vanleg fil (ein socket)',
  'error.file.fifo': 'er ikkje ei vanleg fil (ein FIFO)',
  'error.file.device': 'er ikkje ei vanleg fil (ei eining)',
  'error.file.not-regular': 'er ikkje ei vanleg fil',
  'error.file.unreadable': 'kan ikkje lesast',
  'error.file.too-large': 'er større enn {mib, number} MiB',
  'error.file.too-large-kib': 'er større enn {kib, number} KiB',
  'error.file.changed': 'vart endra medan ho vart lesen',
  'error.file.not-root': 'er ikkje eigd av root (eigaren har uid {uid})',
  'error.file.mode': 'kan lesast eller endrast av andre (modus {mode}); ho må ha modus 600 eller 400',
  'error.json.deep': '{label} går djupare enn {max, number} nivå',
  'error.json.invalid': '{label} er ikkje gyldig JSON: {detail}',
  'error.json.at-line': 'feil på linje {line, number}, kolonne {column, number}',
  'error.json.at-position': 'feil ved teikn nummer {position, number}',
  'error.json.ends-early': 'teksten sluttar for tidleg',
  'error.json.token': 'uventa teikn «{token}»',
  'error.json.other': '«{message}»',
  'error.policy.unknown-check': 'ukjend sjekk (kjende: {known})',
  'error.policy.service-ids': 'kvar teneste (id) kan berre stå éin gong',
  'error.policy.limit-order': '{lowName} ({lowValue, number}) må vere lågare enn {highName} ({highValue, number})',
  'error.json.key-forbidden': 'nøkkelen «{key}» er ikkje lov',
  'error.json.key-twice': 'nøkkelen «{key}» står to gonger',
  'error.json.top': '(øvste nivå)',
  'error.json.unknown-key': 'ukjend nøkkel {keys}',
  'error.json.unknown-question': 'ukjent spørsmål (kjende: {known})',
  'error.json.expected': 'skal vere {expected}',
  'error.json.one-of': 'må vere ein av {values}',
  'error.json.too-small': 'må vere minst {limit}',
  'error.json.too-big': 'må vere høgst {limit}',
  'error.json.format': 'har feil form',
  'error.json.invalid-value': 'er ikkje ein gyldig verdi',
  'error.type.string': 'ein tekst',
  'error.type.number': 'eit tal',
  'error.type.boolean': 'true eller false',
  'error.type.object': 'eit objekt',
  'error.type.array': 'ei liste',
  'error.fetch.bad-url': 'ikkje ei gyldig adresse',
  'error.fetch.scheme': 'berre https:// blir godteke, ikkje {scheme}//',
  'error.fetch.status': 'HTTP {status}',
  'error.fetch.redirect': 'HTTP {status} (vidaresendingar blir ikkje følgde)',
  'error.fetch.too-large': 'større enn {kib, number} KiB',
  'error.fetch.timeout': 'fekk ikkje svar innan {seconds, number} s',
  'error.fetch.self-signed': 'sertifikatet til tenaren er sjølvsignert og ikkje godkjent (sjå NODE_EXTRA_CA_CERTS)',
  'error.fetch.untrusted': 'kjeda av sertifikat frå tenaren er ikkje godkjend (sjå NODE_EXTRA_CA_CERTS)',
  'error.fetch.unverified': 'sertifikatet til tenaren kan ikkje stadfestast (sjå NODE_EXTRA_CA_CERTS)',
  'error.fetch.expired': 'sertifikatet til tenaren har gått ut',
  'error.fetch.altname': 'sertifikatet til tenaren gjeld eit anna namn',
  'error.fetch.network': 'fekk ikkje kontakt med tenaren ({code})',
  'error.summarize.format': 'summarize: --format må vere ein av {formats}, ikkje «{value}»',
  'error.summarize.delimiter': 'summarize: --delimiter må vere «;», «,» eller tab, ikkje «{value}»',
  'error.summarize.since': 'summarize: --since må vere ein dato («2026-11-01») eller eit ISO 8601-tidspunkt, ikkje «{value}»',
  'error.summarize.stale-days': 'summarize: --stale-days må vere eit heilt tal dagar frå 0 til 3650, ikkje «{value}»',
  'error.summarize.usage': 'bruk: homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [--format table|csv|json|html|devices-csv] [-o FIL]',
  'error.summarize.none': 'summarize: {text}',
  'error.summarize.before-since': '({count, number} frå før --since)',
  'error.write': '{label} «{path}»: {reason}',
  'error.write.output-file': 'utfila',
  'error.write.missing': 'finst ikkje',
  'error.write.read-only': 'filsystemet kan berre lesast',
  'error.write.no-space': 'det er ikkje meir plass på disken',
  'error.write.quota': 'diskkvoten er brukt opp',
  'error.write.not-folder': 'er ikkje ei mappe',
  'error.write.loop': 'for mange symbolske lenker',
  'error.write.name-too-long': 'namnet er for langt',
  'error.write.fifo-unread': 'ein FIFO som ingen les frå',
  'error.write.reader-gone': 'den som las, forsvann',
  'error.write.io': 'feil ved lesing eller skriving på disken',
  'error.write.unwritable': 'kan ikkje skrivast',
  'error.write.block-device': 'er ei blokkeining (ein disk), ikkje ei fil',
  'error.write.socket': 'er ein socket, ikkje ei fil',
  'error.write.no-folder': 'mappa «{dir}» finst ikkje',
  'error.write.dir-not-folder': '«{dir}» er ikkje ei mappe',
  'error.write.folder-problem': 'mappa «{dir}»: {reason}',
  'error.write.folder-closed': 'mappa «{dir}» tek ikkje imot nye filer: {reason}',
  'list.source.nsm-home-office': 'Nasjonal sikkerhetsmyndighet (NSM): Råd for hjemmekontor, mars 2020, slik ein kommune gjev dei att',
  'list.source.nsm-grunnprinsipper':
    'Nasjonal sikkerhetsmyndighet (NSM): Grunnprinsipper for IKT-sikkerhet 2.0 (2.1.2 produkt med støtte, 2.3.1 tryggingsoppdateringar, 2.6.7 totrinnsinnlogging, 2.7.3 kryptert lagring)',
  'list.source.nettvett-hjemmekontor': 'nettvett.no (NorSIS, NSM, Nkom): Jobb trygt på hjemmekontoret',
  'list.source.normen-faktaark-29': 'Norsk helsenett / Normen: Normen faktaark 29: Hjemmekontor',
  'list.source.normen-faktaark-54': 'Norsk helsenett / Normen: Normen faktaark 54: Videokonsultasjon',
  'list.source.video-checklist': 'Ein norsk kommune: Kom i gang med videokonferanse (sjekkliste)',
  'list.source.datatilsynet-breach': 'Datatilsynet: Meld avvik (brot på tryggleiken for personopplysningar) innan 72 timar',
  'list.source.ncsc-home-working': 'NCSC (Storbritannia): Råd om heimekontor og videokonferansar',
  'list.source.cisa-video': 'CISA (USA): Råd om å sikre videokonferansar',
  'list.source.apple-wifi-router-settings':
    'Apple: Tilrådde innstillingar for trådlause ruterar og tilgangspunkt (WPA3 Personal eller WPA2/WPA3 Transitional, elles WPA2 Personal med AES; unngå blanda WPA/WPA2, WPA Personal, WEP og TKIP)',
  'list.source.microsoft-teams-network': 'Microsoft: Slik gjer du nettverket klart for Microsoft Teams (mål for svartid, variasjon i svartid og pakketap)',
  'list.source.zoom-lifecycle': 'Zoom: Zoom Software Quarterly Lifecycle Policy: den lågaste versjonen av appen som blir godteken kvart kvartal',
  'list.source.microsoft-teams-update':
    'Microsoft: Kvifor Teams må haldast oppdatert (versjonar som er meir enn tre månader gamle, blir stengde ute; klassisk Teams har ikkje lenger støtte)',
  'csv.col.section': 'seksjon',
  'csv.col.kind': 'slag',
  'csv.col.id': 'id',
  'csv.col.title': 'tittel',
  'csv.col.reports': 'rapportar',
  'csv.col.ready': 'klar',
  'csv.col.ready_with_warnings': 'klar_med_åtvaringar',
  'csv.col.not_ready': 'ikkje_klar',
  'csv.col.pass': 'ok',
  'csv.col.warn': 'åtvaring',
  'csv.col.fail': 'feil',
  'csv.col.unknown': 'ukjent',
  'csv.col.skipped': 'hoppa_over',
  'csv.col.unanswered': 'utan_svar',
  'csv.col.blocker': 'stoppar',
  'csv.col.median': 'median',
  'csv.col.p10': 'p10',
  'csv.col.p90': 'p90',
  'csv.col.reason': 'grunn',
  'csv.col.host': 'eining',
  'csv.col.user': 'brukar',
  'csv.col.os': 'operativsystem',
  'csv.col.organisation': 'verksemd',
  'csv.col.last_report': 'siste_rapport',
  'csv.col.days_since_report': 'dagar_sidan_rapport',
  'csv.col.stale': 'ikkje_sett',
  'csv.col.verdict': 'resultat',
  'csv.col.score': 'poeng',
  'csv.col.scope': 'omfang',
  'csv.col.blockers': 'stopparar',
  'broken.missing': 'fila finst ikkje',
  'broken.denied': 'manglar tilgang',
  'broken.folder': 'er ei mappe',
  'broken.loop': 'symbolske lenker i ring',
  'broken.unreadable': 'kan ikkje lesast',
  'broken.fifo': 'ein FIFO, ikkje ei vanleg fil: hoppa over',
  'broken.device': 'ei eining, ikkje ei vanleg fil: hoppa over',
  'broken.socket': 'ein socket, ikkje ei vanleg fil: hoppa over',
  'broken.not-regular': 'ikkje ei vanleg fil: hoppa over',
  'broken.twice': 'lesen to gonger',
  'broken.too-large': 'større enn {mib, number} MiB: ikkje ein rapport',
  'broken.line-too-large': 'linja er større enn {mib, number} MiB: ikkje ein rapport',
  'broken.json': 'ikkje gyldig JSON: {detail}',
  'broken.invalid': 'ikkje ein gyldig rapport: {problem}',
  'broken.no-report': 'ikkje ein gyldig rapport: det er ingen rapport i fila',
  'broken.empty': 'tom fil',
  'list.source.confrere-on-normen':
    'Confrere (leverandøren): leverandøren si eiga side om kva Normen krev ved videokonsultasjonar (identifisering, ende-til-ende-kryptering, databehandlaravtale, pasientar haldne frå kvarandre, risikovurdering)',
  'list.source.nsm-video':
    'Nasjonal sikkerhetsmyndighet (NSM), Nasjonalt cybersikkerhetssenter: råd om trygge videomøte (passordrutinar, vit kven som er med, kva skjerm og lyd avslører)',
  'list.source.ehelse-video-minimum':
    'Direktoratet for e-helse: minstekrav til videokonsultasjonar (kryptert, nøklane hos verksemda, pasienten identifisert, alle deltakarane synlege)',
  'list.question-need': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}, berre for møtetypen {needs}]  kjelder: {sources}',
  'list.undated': 'udatert',
  'error.file.not-root-or-self': 'er verken eigd av root eller deg (eigaren har uid {uid})',
  'list.source.nettvett-video':
    'nettvett.no (NorSIS, NSM, Nkom): Bruk av videomøter i små og mellomstore bedrifter (med Advokatforeningen si liste over videoverktøy)',
  'list.source.nfkut-video-tools': 'NFKUT: Tilrådde videoverktøy for psykoterapeutar (2021): raude, gule og grøne data, trygge innstillingar i Zoom',
  'list.source.municipal-meeting-rules':
    'Ein norsk kommune: Reglar for videomøte i Teams/Skype: berre tale, ingen chat eller skjermdeling med sensitive opplysningar, id i staden for namn, lukka rom eller hovudtelefonar, ryddig skrivebord',
};
