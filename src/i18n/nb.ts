import type { MessageId } from './en.js';

/** Norsk bokmål. Same keys as en.ts; written for a colleague, with the terms Norwegian authorities use. */
export const nb: Record<MessageId, string> = {
  // --- engine ---
  'engine.timeout': 'Sjekken ble ikke ferdig i tide, så resultatet er ukjent.',
  'engine.error': 'Ble ikke fullført ({why}), så resultatet er ukjent.',
  'engine.skipped': 'Hoppet over: {why}.',
  'engine.unanswered': 'Ikke besvart.',

  // --- why a check could not tell (codes in src/check.ts) ---
  'reason.lead': 'Årsak: {text}.',
  'reason.lead.tool': 'Årsak: {text} ({tool}).',
  'reason.not-found': 'det sjekken leser, finnes ikke på denne maskinen',
  'reason.not-installed': 'det sjekken ser etter, er ikke installert',
  'reason.no-device': 'maskinen har ingen slik enhet',
  'reason.not-connected': 'enheten er ikke tilkoblet',
  'reason.timeout': 'svaret kom ikke i tide',
  'reason.denied': 'operativsystemet ga ikke tilgang',
  'reason.needs-admin': 'bare en administrator kan lese dette',
  'reason.location-off': 'Windows viser detaljer om det trådløse nettverket bare til apper som får bruke plassering, og plasseringstjenester er slått av',
  'reason.constrained-language': 'PowerShell er låst ned på denne maskinen (Constrained Language Mode)',
  'reason.service-account': 'verktøyet kjører som en tjenestekonto og ser ikke brukeren som er logget på',
  'reason.no-session': 'fant ingen skrivebordsøkt å lese innstillingene fra',
  'reason.unreadable': 'svaret fra systemet hadde en uventet form',
  'reason.failed': 'programmet stoppet med en feil',
  'reason.unsupported': 'dette støttes ikke på dette systemet',
  'reason.not-in-table': 'denne versjonen står ikke i tabellen i verktøyet',
  'reason.network-error': 'fikk ikke kontakt over nettet',
  'reason.internal': 'en feil i homeoffice-check selv',
  'reason.disabled': 'slått av for denne kjøringen',
  'reason.offline': 'ingen nettverksmålinger i frakoblet modus',
  'reason.not-applicable': 'gjelder ikke for dette operativsystemet',

  // --- verdicts and report text ---
  'verdict.ready': 'Klar',
  'verdict.ready-with-warnings': 'Klar, men se merknadene',
  'verdict.not-ready': 'Ikke klar',
  'status.pass': 'OK',
  'status.warn': 'Advarsel',
  'status.fail': 'Ikke i orden',
  'status.unknown': 'Ukjent',
  'status.skipped': 'Hoppet over',
  'category.device': 'Datamaskinen',
  'category.network': 'Nettverket',
  'category.accounts': 'Kontoer',
  'category.room': 'Rommet',
  'category.conduct': 'I møtet',
  'category.data': 'Opplysninger',
  'category.incident': 'Avvik og hendelser',
  'plain.heading': 'Sjekk av hjemmekontoret før videomøter',
  'plain.blockers': 'Må rettes før møtet:',
  'plain.shortfalls': 'Rett snart:',
  'plain.unknown': 'Kunne ikke avgjøre:',
  'plain.fix': 'Slik retter du det: {text}',

  // --- tui and questionnaire ---
  'q.yes': 'Ja',
  'q.no': 'Nei',
  'q.unsure': 'Vet ikke',
  'q.not-used': 'Jeg bruker det ikke',
  'q.service.email': 'jobb-e-posten og Microsoft 365',
  'q.service.vpn': 'VPN',
  'q.service.video': 'videomøteverktøyet',
  'q.data-class.question': 'Hva er det mest følsomme som skal tas opp i møtet?',
  'q.data-class.why': 'Jo mer følsomme opplysninger, desto strengere krav til rommet, utstyret og verktøyet.',
  'q.data-class.fix': 'Finn ut hvor følsomt møtet er før det starter. Spør lederen din hvis du er i tvil.',
  'q.data-class.green': 'Åpent (grønt): kan deles med alle',
  'q.data-class.yellow': 'Internt (gult): bare for kolleger',
  'q.data-class.red': 'Fortrolig (rødt): helseopplysninger, klientsaker og andre sensitive personopplysninger',
  'q.room-private.question': 'Hvor sitter du under møtet?',
  'q.room-private.why': 'Ingen andre i hjemmet skal kunne se eller høre en fortrolig samtale.',
  'q.room-private.fix': 'Sitt alene i et rom med lukket dør. Går ikke det, bruk hodetelefoner og sitt der ingen kan høre deg.',
  'q.room-private.alone-closed': 'Alene i et rom med lukket dør',
  'q.room-private.others-nearby': 'Andre kan være i nærheten',
  'q.room-private.open-area': 'I et åpent rom der andre går ut og inn',
  'q.room-headset.question': 'Bruker du hodetelefoner eller headset?',
  'q.room-headset.why': 'Lyd fra høyttaleren kan høres gjennom vegger og dører.',
  'q.room-headset.fix': 'Bruk hodetelefoner eller headset, så bare du hører de andre.',
  'q.room-screen-privacy.question': 'Står skjermen slik at andre i hjemmet og folk utenfor vinduet ikke ser den?',
  'q.room-screen-privacy.why': 'Det som står på skjermen, kan leses over skulderen din eller gjennom vinduet.',
  'q.room-screen-privacy.fix': 'Snu skjermen bort fra dører og vinduer, eller bruk et personvernfilter.',
  'q.room-background.question': 'Er bakgrunnen i kamerabildet fri for noe følsomt (papirer, tavler, bilder av andre)?',
  'q.room-background.why': 'Alle i møtet ser det som er bak deg, og et opptak tar vare på det.',
  'q.room-background.fix': 'Rydd det kameraet ser, eller slå på uskarp bakgrunn.',
  'q.room-listening-devices.question': 'Er smarthøyttalere og telefoner du ikke bruker i møtet, slått av eller ute av rommet?',
  'q.room-listening-devices.why': 'Smarthøyttalere og telefoner har mikrofoner som kan fange opp samtalen.',
  'q.room-listening-devices.fix': 'Slå av eller demp smarthøyttalere, og la andre telefoner ligge utenfor rommet under møtet.',
  'q.room-clean-desk.question': 'Er pulten fri for utskrifter og håndskrevne notater med personopplysninger?',
  'q.room-clean-desk.why': 'De færreste har makuleringsmaskin hjemme, og notater som ligger fremme, kan leses eller bli borte.',
  'q.room-clean-desk.fix': 'Ikke ta notater for hånd. Skriv notatene i jobbsystemene, og lås inn papirer du må skrive ut.',
  'q.room-physical-access.question': 'Er du den eneste som bruker jobbmaskinen, og kan du holde andre i hjemmet unna den?',
  'q.room-physical-access.why': 'Den som kommer til maskinen, kan lese eller endre jobbopplysninger.',
  'q.room-physical-access.fix': 'Ikke la andre bruke jobbmaskinen, og lås skjermen (eller døren) når du går fra den.',
  'q.acc-mfa.question': 'Logger du deg på {service} med totrinnsinnlogging (en kode på SMS eller i en app i tillegg til passordet)?',
  'q.acc-mfa.why': 'Et stjålet passord alene skal ikke slippe noen inn på jobbkontoen din.',
  'q.acc-mfa.fix': 'Slå på totrinnsinnlogging for {service}, for eksempel med en app på mobilen. IT kan hjelpe deg.',
  'q.acc-passwords.question': 'Er jobbpassordene dine lange, og brukes de ingen andre steder?',
  'q.acc-passwords.why': 'Et passord som har lekket fra et annet nettsted, blir prøvd alle andre steder først.',
  'q.acc-passwords.fix': 'Bruk en lang passordfrase for hver jobbkonto, og ta vare på dem i en passordbehandler arbeidsgiveren godkjenner.',
  'q.acc-approved-tool.question': 'Er videoverktøyet det arbeidsgiveren din har godkjent, og bruker du det med arbeidsgiverens lisens, ikke en privat konto?',
  'q.acc-approved-tool.why': 'Bare et godkjent verktøy har avtalte innstillinger, databehandleravtale og kjent lagring av data.',
  'q.acc-approved-tool.fix': 'Bruk videoverktøyet arbeidsgiveren din har godkjent, og logg på med jobbkontoen. Spør IT hvilket det er.',
  'q.mtg-private-link.question': 'Er møtelenken privat og beskyttet med passord (kode) eller venterom?',
  'q.mtg-private-link.why': 'En lenke som kommer på avveie, slipper alle som har den, inn i møtet.',
  'q.mtg-private-link.fix': 'Send lenken bare til dem som er invitert, og slå på møtepassord eller venterom der du selv slipper folk inn.',
  'q.mtg-verify-participants.question': 'Vet du hvem som er med i møtet, også de som ringer inn på telefon?',
  'q.mtg-verify-participants.why': 'En ukjent deltaker hører alt som blir sagt.',
  'q.mtg-verify-participants.fix':
    'Se over deltakerlisten når møtet starter og hver gang noen kommer til. Avslutt møtet med en gang hvis en ukjent kommer inn.',
  'q.mtg-no-chat.question': 'Sier du følsomme opplysninger muntlig i stedet for å skrive dem i chatten?',
  'q.mtg-no-chat.why': 'Chatten blir lagret, ofte lenger og flere steder enn du tror.',
  'q.mtg-no-chat.fix': 'Si følsomme ting muntlig i stedet for å skrive dem i chatten.',
  'q.mtg-sharing.question': 'Skal du dele skjermen i møtet?',
  'q.mtg-sharing.why':
    'I fortrolige møter sier reglene at du skal unngå skjermdeling: et varsel eller et åpent vindu kan vise fortrolige opplysninger til alle.',
  'q.mtg-sharing.fix':
    'I et fortrolig møte: ikke del skjermen, men si det muntlig, eller send dokumentet slik arbeidsgiveren din har godkjent. Må du dele, del bare ett vindu, lukk andre programmer og slå på «Ikke forstyrr» først.',
  'q.mtg-no-recording.question': 'Blir møtet tatt opp?',
  'q.mtg-no-recording.why': 'Et opptak inneholder alt som ble sagt, og må lagres og slettes etter reglene for personopplysninger.',
  'q.mtg-no-recording.fix':
    'Ikke ta opp møtet med mindre det er avtalt på forhånd og alle har samtykket. I et fortrolig møte skal opptaket bare lagres der arbeidsgiveren din har godkjent for slike opplysninger; i helsesektoren sier NFKUT at det må være en sikker lagringstjeneste, som TSD (Tjenester for sensitive data).',
  'q.mtg-minimise-names.question': 'Omtaler du pasienter og klienter med ID i stedet for navn?',
  'q.mtg-minimise-names.why': 'Uten navn kan det som blir overhørt eller lekker ut, ikke knyttes til en person.',
  'q.mtg-minimise-names.fix': 'Omtal pasienter og klienter med en ID fra fagsystemet, ikke med navn.',
  'q.data-no-private-cloud.question': 'Ligger jobbfilene bare der arbeidsgiveren har godkjent, og ikke i privat skylagring (Dropbox, Google Drive, iCloud)?',
  'q.data-no-private-cloud.why': 'Privat skylagring er utenfor arbeidsgiverens kontroll, og jobbopplysninger kan komme på avveie der.',
  'q.data-no-private-cloud.fix': 'Flytt jobbfilene til lagringen arbeidsgiveren har godkjent, og slett dem fra den private skylagringen.',
  'q.inc-reporting.question': 'Vet du hvordan du straks melder avvik (tapt utstyr, e-post til feil mottaker, en ukjent i møtet)?',
  'q.inc-reporting.why': 'Jo før IT får vite om en hendelse, desto mer skade kan unngås.',
  'q.inc-reporting.fix': 'Finn ut nå hvordan arbeidsgiveren din vil ha avvik meldt (telefonnummer eller skjema), og ha det lett tilgjengelig.',
  'q.inc-72h.question':
    'Vet du at brudd på personopplysningssikkerheten skal meldes til Datatilsynet snarest, og senest innen 72 timer etter at det ble oppdaget?',
  'q.inc-72h.why':
    'Fristen løper fra bruddet blir oppdaget, så si fra til arbeidsgiveren din med en gang: det er arbeidsgiveren, som behandlingsansvarlig, som melder. Driver du egen praksis, er du selv behandlingsansvarlig og melder selv.',
  'q.inc-72h.fix':
    'Si straks fra til lederen din eller personvernombudet hvis personopplysninger kommer på avveie. Arbeidsgiveren melder til Datatilsynet i Altinn snarest, og senest innen 72 timer, med mindre det er lite sannsynlig at bruddet fører til en risiko for personene det gjelder. Driver du egen praksis, er du behandlingsansvarlig og melder selv i Altinn.',
  'q.net-router-hardened.question': 'Har du byttet fabrikkpassordet for å logge inn på ruteren hjemme?',
  'q.net-router-hardened.why': 'Fabrikkpassord er kjent, og den som kommer inn på ruteren, kan se eller omdirigere trafikken din.',
  'q.net-router-hardened.fix': 'Bytt administratorpassordet på ruteren og installer oppdateringene, eller be internettleverandøren om hjelp.',
  'tui.why': 'Hvorfor: {text}',
  'tui.background': 'Maskinen blir sjekket i bakgrunnen mens du svarer på spørsmålene.',
  'tui.keys': 'Velg med piltastene og Enter, eller trykk j (ja), n (nei) eller u (vet ikke). Ctrl+C avbryter.',
  'tui.checking': 'sjekker …',
  'tui.done-count': '{done, number} av {count, plural, one {# sjekk} other {# sjekker}} ferdige',
  'tui.phase.latency': 'svartid',
  'tui.phase.download': 'nedlasting',
  'tui.phase.upload': 'opplasting',
  'tui.answer-prompt': 'Svar (1-{count, number}):',
  'tui.answer-again': 'Skriv et tall fra 1 til {count, number}, eller j, n eller u.',
  'tui.lines-intro': 'Svar på hvert spørsmål med tallet (eller j, n, u) og Enter. Ctrl+C avbryter.',
  'tui.report-saved': 'Rapporten er lagret i {file}',
  'tui.act.heading': 'Rett det nå',
  'tui.act.keys': 'Pil opp og ned: velg · Enter: åpne innstillingen · r: sjekk på nytt · q: ferdig',
  'tui.act.keys-one': 'Enter: åpne innstillingen · r: sjekk på nytt · q: ferdig',
  'tui.act.now': 'Nå: {head}',
  'tui.act.opening': 'Åpner innstillingen …',
  'tui.act.opened': 'Innstillingen er åpnet. Endre den der, og trykk r for å sjekke på nytt.',
  'tui.act.open-failed': 'Innstillingen kunne ikke åpnes herfra: følg stegene i rådet over.',
  'tui.act.checking': 'Sjekker på nytt …',
  'tui.act.checked': 'Sjekket på nytt.',

  // --- policy, upload, fleet summary ---
  'upload.failed': 'Advarsel: rapporten kunne ikke sendes til {url} ({reason}; {attempts, plural, one {# forsøk} other {# forsøk}}).',
  'upload.kept': 'Rapporten er lagret i {file}.',
  'summary.heading': 'Hjemmekontorsjekk: samlet oversikt',
  'summary.reports': '{valid, plural, one {# rapport} other {# rapporter}} lest, {broken, plural, one {# fil} other {# filer}} kunne ikke brukes.',
  'summary.period': 'Kjøringer fra {first, date, long} til {last, date, long}.',
  'summary.verdicts': 'Resultat',
  'summary.blockers': 'Dette stopper flest møter',
  'summary.score': 'Poengsum: median {median, number, ::.}, dårligste 10 % {worst, number, ::.}.',
  'summary.shortfalls': 'Vanligste mangler',
  'summary.checks': 'Sjekker',
  'summary.questions': 'Spørsmål',
  'summary.by-os': 'Etter operativsystem',
  'summary.network': 'Nettverkskvalitet for video ({count, plural, one {# rapport} other {# rapporter}} med målinger)',
  'summary.network-note': 'Dårligste 10 %: 10-persentilen for hastighet og samtalekvalitet, 90-persentilen for forsinkelse, jitter og pakketap.',
  'summary.broken': 'Filer som ikke kunne brukes',
  'summary.none': 'Ingen.',
  'summary.kind.check': 'sjekk',
  'summary.more': '… og {count, number} til.',
  'summary.no-valid': 'ingen gyldig rapport blant {count, plural, one {# fil} other {# filer}}',
  'summary.kind.question': 'spørsmål',
  'summary.col.item': 'Punkt',
  'summary.col.kind': 'Type',
  'summary.col.count': 'Antall',
  'summary.col.share': 'Andel',
  'summary.col.reports': 'Rapporter',
  'summary.col.os': 'Operativsystem',
  'summary.col.figure': 'Måltall',
  'summary.col.score': 'Poengsum',
  'summary.col.median': 'Median',
  'summary.col.worst': 'Dårligste 10 %',
  'summary.col.unanswered': 'Ubesvart',
  'summary.col.blocker': 'Hindrer møtet',
  'summary.col.file': 'Fil',
  'summary.col.reason': 'Årsak',
  'summary.metric.downloadMbps': 'Nedlasting (Mbit/s)',
  'summary.metric.uploadMbps': 'Opplasting (Mbit/s)',
  'summary.metric.latencyMs': 'Svartid tur-retur (ms)',
  'summary.metric.jitterMs': 'Jitter (ms)',
  'summary.metric.lossPercent': 'Pakketap (%)',
  'summary.metric.mos': 'Samtalekvalitet (MOS, 1-5)',
  'summary.chart.verdicts': 'Resultat for {count, plural, one {# rapport} other {# rapporter}}',
  'summary.chart.items': 'Mangler per punkt: feil, advarsler og ukjent',
  'summary.chart.distribution': 'Fordeling av {metric}',
  'summary.chart.scores': 'Klar-poeng for {count, plural, one {# rapport} other {# rapporter}}',
  'summary.counted':
    'Telt med: {counted, plural, one {# rapport} other {# rapporter}}, den nyeste fra hver av {devices, plural, one {# enhet} other {# enheter}} kjent ved vertsnavn; {superseded, plural, one {# eldre rapport} other {# eldre rapporter}} fra de samme enhetene er utelatt.',
  'summary.counted-all':
    'Telt med: alle {counted, plural, one {# rapport} other {# rapporter}}, også eldre fra samme enhet (--all-reports); {devices, plural, one {# enhet} other {# enheter}} kjent ved vertsnavn.',
  'summary.unidentified':
    '{count, plural, one {# rapport} other {# rapporter}} har ikke vertsnavn: de kan ikke knyttes til en enhet, og hver av dem telles med.',
  'summary.count.valid': 'Gyldige rapporter lest',
  'summary.count.counted': 'Rapporter telt med',
  'summary.count.superseded': 'Eldre rapporter fra samme enhet, ikke telt med',
  'summary.count.identified': 'Enheter kjent ved vertsnavn',
  'summary.count.unidentified': 'Rapporter uten vertsnavn',
  'policy.help': 'Hjelp fra {organisation}: {contact}',
  'policy.by': 'Sjekket mot retningslinjene til {organisation}.',

  // --- more device checks ---

  // --- video tool advice ---
  'advice.heading': 'Råd om valg av videoverktøy (teller ikke i poengsummen):',
  'advice.intro':
    'For et slikt møte ({need}) med {dataClass} informasjon passer disse typene verktøy, etter kildene som er nevnt ved hvert verktøy. Har arbeidsgiveren din godkjent et verktøy, skal du bruke det.',
  'advice.need.one-to-one-client': 'én til én med en klient eller en annen ekstern part',
  'advice.need.colleagues': 'kolleger og faste kontakter',
  'advice.need.many-international': 'mange deltakere, også i andre land',
  'advice.need.health-consultation': 'en helsekonsultasjon',
  'advice.class.green': 'åpen (grønn)',
  'advice.class.yellow': 'intern (gul)',
  'advice.class.red': 'fortrolig (rød)',
  'advice.class.unsure': 'ennå ikke klassifisert',
  'advice.fit.fits': 'passer',
  'advice.fit.conditions': 'passer med forbehold',
  'advice.fit.not-suitable': 'passer ikke',
  'advice.tool': '{name}: {fit}. {reasons}',
  'advice.e2ee.yes': 'Ende-til-ende-kryptert.',
  'advice.e2ee.setting': 'Ende-til-ende-kryptering må slås på for hvert møte.',
  'advice.e2ee.not-stated': 'Kildene sier ikke at det er ende-til-ende-kryptert.',
  'advice.storage.none': 'Samtaler og video lagres ikke.',
  'advice.storage.eea': 'Data lagres innenfor EØS.',
  'advice.storage.eea-userdata-usa': 'Møtene går i datasentre innenfor EØS, men brukerdata lagres i USA.',
  'advice.storage.usa-unless-eea': 'Data lagres i USA hvis ikke arbeidsgiveren ber om at de lagres innenfor EØS.',
  'advice.storage.usa': 'Data, også metadata, lagres i USA.',
  'advice.storage.provider': 'Kjører på arbeidsgiverens egne servere eller hos en leverandør.',
  'advice.storage.agreement': 'Driftes adskilt fra den offentlige tjenesten, med databehandleravtale.',
  'advice.storage.not-stated': 'Kildene sier ikke hvor data lagres.',
  'advice.guest.no-account': 'Gjester trenger ingen konto.',
  'advice.guest.account': 'Gjester må registrere seg (konto eller e-postadresse).',
  'advice.guest.browser': 'Gjester deltar i nettleseren, ingenting å installere.',
  'advice.guest.install': 'Gjester må installere appen.',
  'advice.red.approved': 'Nevnt i helsesektorens råd som egnet for fortrolige (røde) data.',
  'advice.red.conditional': 'Egnet for fortrolige (røde) data bare på vilkårene som følger.',
  'advice.red.not-assessed': 'Kildene vurderer det ikke for fortrolige (røde) data: spør IT før du bruker det til det.',
  'advice.red.not-approved': 'Ikke godkjent for fortrolige (røde) data.',
  'advice.note.confrere':
    'Laget for samtaler én til én; kan bekrefte hvem den andre er, med BankID. Leverandøren oppgir på sin egen side at løsningen oppfyller kravene i Normen, blant dem ende-til-ende-kryptering.',
  'advice.note.whereby': 'I 2020 var den gratis for opptil 4 deltakere, etter Advokatforeningens liste; prisene kan ha endret seg siden.',
  'advice.note.pexip': 'Krever en egen leverandør for å settes opp.',
  'advice.note.zoom': '«Vanlig» Zoom er ikke godkjent for helseopplysninger: data og metadata lagres i USA; bare godkjent for grønne og gule data.',
  'advice.note.zoom-sikt':
    'Bare for universiteter og høyskoler med avtale (Feide-innlogging); opprett møter i den installerte appen med de sikre innstillingene denne sjekken spør om. Opptak skal ikke lagres i helsesektoren, bortsett fra hos en sikker lagringstjeneste som TSD (Tjenester for sensitive data).',
  'advice.note.teams':
    'NFKUT: ikke tilrettelagt for helsetjenesten; innstillingene fra Direktoratet for e-helse («Microsoft Teams for helsepersonell») må være satt opp før konsultasjoner med pasienter.',
  'advice.note.kry':
    'Gratis, men bare for autorisert helsepersonell; gjør ingen opptak og lagrer ingen pasientopplysninger; identifisering av pasienten er ditt ansvar.',
  'advice.note.health-sector': 'Videotjenester som allerede brukes i helsesektoren; spør leverandøren av journalsystemet ditt.',
  'advice.general.video-not-chat': 'Bruk lyd og bilde til følsomme samtaler, aldri chatten: chatmeldinger blir liggende.',
  'advice.general.alternative': 'Ha et annet godkjent verktøy klart i tilfelle det første er nede.',
  'advice.general.no-recording': 'Ikke gjør opptak uten at det er avtalt på forhånd og samtykke er innhentet.',
  'advice.general.unsure': 'Til du vet hvor følsomt møtet er, velg som om det var fortrolig (rødt).',
  'advice.general.ask-it':
    'Kildene godkjenner ingen av disse verktøyene uten vilkår for et slikt møte med fortrolig informasjon: spør IT hvilket verktøy arbeidsgiveren din har godkjent til det.',
  'advice.general.health':
    'For helsekonsultasjoner krever Normens faktaark 54 databehandleravtale med leverandøren, en risikovurdering og entydig identifisering av pasienten (BankID eller ID-porten, eller gyldig legitimasjon for en pasient du ikke kjenner). At pasienter aldri skal møte hverandre i verktøyet, er slik leverandøren Confrere leser Normen; NFKUT ber om venterom.',
  'vtq.need.question': 'Hva slags møte er det?',
  'vtq.need.why': 'Ulike verktøy passer for en samtale én til én, et møte med kolleger, et stort internasjonalt møte og en helsekonsultasjon.',
  'vtq.need.fix': 'Velg den typen møte som passer best, så får du råd om videoverktøyet.',
  'vtq.need.one-to-one-client': 'Én til én med en klient eller en annen ekstern part',
  'vtq.need.colleagues': 'Med kolleger eller faste kontakter',
  'vtq.need.many-international': 'Mange deltakere, også i andre land',
  'vtq.need.health-consultation': 'En helsekonsultasjon med en pasient',
  'vtq.not-offered': 'Verktøyet mitt har ikke en slik innstilling',
  'vtq.generated-id.question': 'Har møtet en egen generert møte-ID eller lenke, ikke det personlige møterommet ditt?',
  'vtq.generated-id.why': 'Et personlig møterom har samme adresse hver gang, så alle som en gang fikk lenken, kan komme inn.',
  'vtq.generated-id.fix': 'Opprett et nytt møte med generert ID («Generate Automatically»), ikke personlig møte-ID.',
  'vtq.passcode.question': 'Har møtet et passord du ikke har brukt i tidligere møter?',
  'vtq.passcode.why': 'Et passord stopper dem som gjetter eller finner møte-ID-en.',
  'vtq.passcode.fix': 'Sett et nytt passord for dette møtet; gjenbruk aldri passord.',
  'vtq.waiting-room.question': 'Er venterommet (lobbyen) slått på, slik at du selv slipper inn hver deltaker?',
  'vtq.waiting-room.why': 'Du ser hvem som venter før de kan se eller høre noe.',
  'vtq.waiting-room.fix': 'Slå på venterommet (i Zoom: Security → Waiting Room; i Teams: lobbyen) før møtet.',
  'vtq.e2ee.question': 'Er ende-til-ende-kryptering slått på for møtet?',
  'vtq.e2ee.why':
    'Bare med ende-til-ende-kryptering kan ingen underveis, heller ikke leverandøren, se eller høre møtet; NFKUT sier at det skal slås på når møtet gjelder røde data.',
  'vtq.e2ee.fix': 'Slå på ende-til-ende-kryptering i innstillingene for møtet. Kan ikke verktøyet det, spør IT om det er godkjent for fortrolige møter.',
  'vtq.join-before-host.question': 'Er «Join before host» (delta før verten) slått av?',
  'vtq.join-before-host.why': 'Deltakere som kommer inn før deg, kan møte hverandre, eller en fremmed, uten deg.',
  'vtq.join-before-host.fix': 'Fjern avhukingen for «Join before host» (i Zoom under Advanced Options).',
  'vtq.lock.question': 'Kommer du til å låse møtet når alle som skal delta, har kommet inn?',
  'vtq.lock.why': 'Et låst møte slipper ingen andre inn, selv med lenke og passord.',
  'vtq.lock.fix': 'Lås møtet når alle er inne (i Zoom: Security → Lock Meeting). Kommer en uvedkommende inn, avslutt møtet straks og meld fra.',
  'vtq.private-link.question': 'Sendes lenken til møtet bare direkte til deltakerne, og legges aldri ut åpent?',
  'vtq.private-link.why': 'En lenke i en kalender andre kan se, i en chatkanal eller på en nettside, slipper hvem som helst inn.',
  'vtq.private-link.fix': 'Send lenken direkte til hver deltaker (e-post, SMS); merk en Outlook-innkalling som privat.',
  // --- score v2: the result in words, question titles, what IT receives ---
  'q.data-class.title': 'Hvor følsomt møtet er',
  'q.data-class.black': 'Strengt fortrolig eller gradert (svart): skal ikke tas i videomøte',
  'q.data-class.fix-black':
    'Ikke hold dette møtet på video. Bruk kanalen arbeidsgiveren din har godkjent for strengt fortrolige eller graderte opplysninger. Spør lederen din eller sikkerhetsansvarlig hvis du ikke vet hvilken det er.',
  'q.room-private.title': 'Rommet',
  'q.room-headset.title': 'Hodetelefoner',
  'q.room-headset.relief': 'Du sitter alene bak lukket dør, så hodetelefoner er ikke påkrevd. Rådet er å bruke dem når det lar seg gjøre.',
  'q.room-screen-privacy.title': 'Skjermen utenfor innsyn',
  'q.room-background.title': 'Bakgrunnen i bildet',
  'q.room-listening-devices.title': 'Smarthøyttalere og telefoner',
  'q.room-clean-desk.title': 'Ryddig pult',
  'q.room-physical-access.title': 'Hvem som kommer til maskinen',
  'q.acc-mfa.title': 'Totrinnsinnlogging: {service}',
  'q.acc-passwords.title': 'Passord',
  'q.acc-approved-tool.title': 'Godkjent videoverktøy',
  'q.mtg-private-link.title': 'Privat møtelenke',
  'q.mtg-verify-participants.title': 'Hvem som er med i møtet',
  'q.mtg-no-chat.title': 'Ikke noe følsomt i chatten',
  'q.mtg-sharing.title': 'Skjermdeling',
  'q.mtg-sharing.no-sharing': 'Nei, jeg skal ikke dele skjermen',
  'q.mtg-no-recording.title': 'Opptak',
  'q.mtg-minimise-names.title': 'Ikke navn på pasienter og klienter',
  'q.mtg-minimise-names.no-clients': 'Ingen pasienter eller klienter i dette møtet',
  'q.data-no-private-cloud.title': 'Jobbfiler på godkjent lagring',
  'q.inc-reporting.title': 'Melde avvik',
  'q.inc-72h.title': '72-timersfristen',
  'q.net-router-hardened.title': 'Ruterpassordet',
  'q.net-router-hardened.isp-managed': 'Ruteren styres av internettleverandøren',
  'vtq.need.title': 'Type møte',
  'vtq.generated-id.title': 'Generert møte-ID',
  'vtq.passcode.title': 'Nytt møtepassord',
  'vtq.waiting-room.title': 'Venterom',
  'vtq.e2ee.title': 'Ende-til-ende-kryptering',
  'vtq.join-before-host.title': 'Ingen inn før verten',
  'vtq.lock.title': 'Låse møtet',
  'vtq.private-link.title': 'Lenken bare til deltakerne',
  'result.head': '{verdict}. Poengsum {score, number} av 100.',
  'result.verdict.not-ready': 'Ikke klar',
  'result.verdict.fix-soon': 'Du kan holde møtet, men rett dette snart',
  'result.verdict.notes': 'Klar, men se merknadene',
  'result.verdict.ready': 'Klar',
  'result.machine.not-ready': 'Maskinen er ikke klar',
  'result.machine.fix-soon': 'Maskinen kan brukes, men rett dette snart',
  'result.machine.notes': 'Maskinen er klar, men se merknadene',
  'result.machine.ready': 'Maskinen er klar',
  'result.scope.machine': 'Bare maskinen er sjekket: ingen spørsmål er besvart, så rommet og vanene dine er ikke vurdert.',
  'result.parts': 'Maskinen {machine, number} av 100 (målt), møtet {meeting, number} av 100 (svarene dine).',
  'result.class.red': 'Et fortrolig (rødt) møte: de strenge reglene gjelder.',
  'result.class.unsure': 'Du vet ikke hvor følsomt møtet er, så reglene for fortrolige (røde) møter gjelder til du vet det.',
  'result.class.unanswered': 'Hvor følsomt møtet er, ble ikke besvart, så reglene for fortrolige (røde) møter gjelder.',
  'result.class.black':
    'Strengt fortrolige eller graderte opplysninger (svart) skal ikke tas opp i videomøte i det hele tatt. Bruk kanalen arbeidsgiveren din har godkjent for slike opplysninger.',
  'result.measured': 'målt på maskinen',
  'result.declared': 'svaret ditt',
  'result.answered': 'Du svarte {answer}.',
  'result.unanswered': 'Ikke besvart.',
  'result.counts-as-no': 'I et fortrolig møte teller det som {no}.',
  'result.unanswered-earns-nothing': 'Et ubesvart spørsmål gir ingen poeng.',
  'result.unanswered-list': 'Ikke besvart ({count, number}):',
  'result.not-applicable': 'Gjelder ikke ({count, number}):',
  'result.fine-measured': 'I orden, målt på maskinen ({count, number}):',
  'result.fine-declared': 'I orden etter svarene dine ({count, number}):',
  'result.more': 'og {count, number} til',
  'share.heading.url': 'Dette får IT (sendes nå til {host}):',
  'share.heading.file': 'Dette står i rapporten til IT ({file}):',
  'share.nothing': 'Ingenting fra denne kjøringen sendes til IT eller lagres.',
  'share.result': 'vurderingen, poengsummen og hver linje over, med det hver sjekk leste på maskinen (versjoner, innstillinger, utstyrsmodeller)',
  'share.answers': 'svarene dine på spørsmålene',
  'share.system': 'operativsystemet og versjonen, språket og når sjekken ble kjørt',
  'share.hostname': 'navnet på maskinen, fordi retningslinjene til arbeidsgiveren din ber om det',
  'share.username': 'brukernavnet ditt, fordi retningslinjene til arbeidsgiveren din ber om det',
  'share.not': 'Sendes ikke: {items}.',
  'share.item.network': 'navnet på nettverket',
  'share.item.address': 'IP- eller MAC-adresser',
  'share.item.hostname': 'navnet på maskinen',
  'share.item.username': 'brukernavnet ditt',
  // fleet summary v2 and the collector (summarize, serve)
  'summary.generated': 'Oversikten er laget {date, date, long} kl. {date, time, short} UTC.',
  'summary.since': 'Rapporter fra {since, date, long}; {count, plural, one {# eldre rapport} other {# eldre rapporter}} er utelatt (--since).',
  'summary.unknown-incl': 'ukjent (ubesvarte medregnet)',
  'summary.devices-attention': 'Enheter som trenger oppfølging',
  'summary.devices': 'Alle enheter',
  'summary.col.host': 'Enhet',
  'summary.col.user': 'Bruker',
  'summary.col.last': 'Siste rapport',
  'summary.col.verdict': 'Resultat',
  'summary.col.blockers': 'Hindrer møtet',
  'summary.col.week': 'Uke',
  'summary.col.from': 'Fra',
  'summary.col.scope': 'Omfang',
  'summary.stale-days': 'ikke sett på {days, plural, one {# dag} other {# dager}}',
  'summary.devices-note':
    'Ikke klar først, så enheter som ikke er sett på mer enn {days, plural, one {# dag} other {# dager}} ({stale, number}). Enheter kjennes på vertsnavnet; en rapport uten vertsnavn står for seg selv.',
  'summary.trend': 'Utvikling per uke',
  'summary.trend-table': 'Ukene som tabell',
  'summary.trend-note': 'Hver uke teller den nyeste rapporten fra hver enhet den uken (mandag til søndag, UTC), og hver rapport uten vertsnavn.',
  'summary.chart.trend': 'Andel av hvert resultat per uke',
  'summary.no-host': '(uten vertsnavn)',
  'summary.count.stale': 'Enheter som ikke er sett på mer enn {days, plural, one {# dag} other {# dager}}',
  'summary.network-short': 'Nettverk',
  'summary.card.stale': 'ikke sett på {days, plural, one {# dag} other {# dager}} eller mer',
  'summary.more-devices': '… og {count, number} til: hele listen står i --format devices-csv og json.',
  'summary.of-them-unanswered': '(av dem {count, number} ubesvart)',
  'summary.unanswered-note': 'Ukjent omfatter spørsmål ingen har svart på (en kjøring uten spørsmål lar alle spørsmål stå ubesvart).',
  'summary.by-item': 'Enheter per sjekk og spørsmål',
  'summary.filter': 'Filtrer enheter:',
  'summary.scope.machine': 'maskinen',
  'summary.scope.machine-and-meeting': 'maskinen og møtet',
  'summary.col.why': 'Hvorfor',
  'summary.low-score': 'poeng {score, number}',
  'summary.item-none': 'Ingen enhet har mangler her.',
  'summary.item-unanswered': 'Ingen enhet har mangler her; {count, plural, one {# enhet} other {# enheter}} har latt det stå ubesvart.',
  'serve.listening': 'homeoffice-check serve: lytter på {url} (lagring: {storage})',
  'serve.storage.folder': 'mappen {path}',
  'serve.no-token': 'serve: sett HOMEOFFICE_CHECK_SERVE_TOKEN til tokenet klientene sender (Authorization: Bearer TOKEN); det leses aldri fra kommandolinjen',
  'serve.token-short': 'serve: {name} må ha minst {min, number} tegn (for eksempel openssl rand -hex 24)',
  'serve.port': 'serve: --port må være et portnummer, ikke «{value}»',
  'serve.data-and-db': 'serve: --data og --db kan ikke brukes sammen',
  'serve.stale-days': 'serve: --stale-days må være et helt antall dager, ikke «{value}»',
  'serve.cert-and-key': 'serve: --cert og --key må gis sammen',
  'serve.cert-unreadable': 'serve: kan ikke lese sertifikatet eller nøkkelen «{path}»: {problem}',
  'serve.unverified': 'serve: --unverified må være reject eller mark, ikke «{value}»',
  'serve.unverified-needs-key': 'serve: --unverified brukes bare sammen med --verify-key',
  'serve.mark-needs-folder': 'serve: --unverified mark krever mappelagring (--data); med --db, bruk reject',
  'serve.db-url': 'serve: --db må være en postgres://-URL',
  'serve.db-unusable': 'serve: kan ikke bruke databasen: {text}',
  'serve.folder-unusable': 'serve: kan ikke bruke mappen «{path}»: {problem}',
  'serve.listen': 'serve: kan ikke lytte på {address}: {problem}',
  'serve.listen.in-use': 'porten er allerede i bruk',
  'remember.heading': 'Dette svarte du sist (lagret på denne maskinen):',
  'remember.confirm': 'Stemmer disse svarene fortsatt?',
  'remember.confirm-why': 'Ja: de blir ikke spurt om igjen. Nei: du svarer på dem på nytt.',
  'remember.confirm-yes': 'Ja, de stemmer',
  'remember.confirm-no': 'Nei, spør meg igjen',
  'remember.consent':
    'Skal denne maskinen huske {count, number} svar som ikke endrer seg fra møte til møte (innlogging, passord, arbeidsplassen hjemme, vaner i møter, hendelser), så neste sjekk bare spør om møtet?',
  'remember.consent-why': 'De lagres bare på denne maskinen, i {file}, uten navn eller maskinnavn. «homeoffice-check --forget» sletter dem.',
  'remember.consent-yes': 'Ja, husk dem',
  'remember.consent-no': 'Nei',
  'remember.saved': 'Svarene er lagret til neste gang.',
  'remember.not-saved': 'Svarene kunne ikke lagres',
  // --- guidance: the work computer, fraud, USB sticks, home Wi-Fi, NCSC's test and mute, health consultations, dated sources ---
  'q.dev-managed.title': 'Jobbmaskin fra arbeidsgiveren',
  'q.dev-managed.question': 'Er dette en maskin arbeidsgiveren din har levert og tar seg av (IT installerer oppdateringer og programmer på den)?',
  'q.dev-managed.why':
    'Det første rådet NSM gir for hjemmekontor, er å bruke arbeidsgiverens utstyr: IT holder det oppdatert og beskyttet, og kan hjelpe når noe går galt.',
  'q.dev-managed.fix': 'Bruk maskinen arbeidsgiveren din har gitt deg til jobb. Må du bruke din egen, spør IT først om den er god nok for dette møtet.',
  'q.dev-managed.own-business': 'Jeg driver egen praksis eller bedrift, og maskinen brukes bare til det arbeidet',
  'q.net-wifi-password.title': 'Hvem som kjenner passordet til det trådløse nettverket',
  'q.net-wifi-password.question':
    'Er det bare du og husstanden din som kjenner passordet til det trådløse nettverket hjemme (ikke naboer eller tidligere gjester)?',
  'q.net-wifi-password.why': 'Alle som har passordet, er på samme nettverk som jobbmaskinen din.',
  'q.net-wifi-password.fix':
    'Bytt passordet til det trådløse nettverket (i ruteren, eller be internettleverandøren om hjelp), gi det bare til husstanden, og la gjester bruke gjestenettet hvis ruteren har det.',
  'q.net-wifi-password.no-wifi': 'Jeg har ikke trådløst nettverk hjemme (bare kabel eller mobildata)',
  'q.data-removable-media.title': 'Minnepinner',
  'q.data-removable-media.question':
    'Holder du jobbfiler unna minnepinner og andre flyttbare lagringsenheter, og lar du være å koble til minnepinner du ikke kjenner?',
  'q.data-removable-media.why': 'En minnepinne med jobbfiler blir lett borte, og en ukjent minnepinne kan inneholde skadelig programvare.',
  'q.data-removable-media.fix':
    'Ha jobbfilene på lagringen arbeidsgiveren din har godkjent, ikke på minnepinner eller minnekort. Gi en minnepinne du finner eller får, til IT i stedet for å koble den til.',
  'q.inc-phishing.title': 'Svindel og falske meldinger',
  'q.inc-phishing.question':
    'Vet du at du aldri skal oppgi brukernavn, passord eller kontonummer når noen ber om det på e-post, SMS eller telefon, uansett hvor ekte det ser ut?',
  'q.inc-phishing.why': 'Svindlere sender e-post og SMS som ser ut til å komme fra jobben, banken eller myndighetene, for å få tak i passordet ditt.',
  'q.inc-phishing.fix':
    'Oppgi aldri brukernavn, passord eller kontonummer til noen som ber om det på e-post, SMS eller telefon. Er du i tvil, ta kontakt med avsenderen på en annen måte, og meld fra om meldingen til IT.',
  'q.mtg-sharing.one-window': 'Ja, bare ett vindu, med andre programmer lukket og varsler av',
  'q.mtg-sharing.unprepared': 'Ja, uten å rydde først',
  'q.mtg-no-recording.no-recording': 'Nei',
  'q.mtg-no-recording.consented': 'Ja, alle har samtykket på forhånd',
  'q.mtg-no-recording.no-consent': 'Ja, uten at alle har samtykket',
  'q.mtg-test-av.title': 'Lyd og bilde testet',
  'q.mtg-test-av.question': 'Har du testet lyd og bilde i møteappen før (en testsamtale eller appens egen test)?',
  'q.mtg-test-av.why': 'Kjenner du appen før møtet, finner du innstillingene (demping, kamera, venterom) og slipper å bytte til et annet verktøy i all hast.',
  'q.mtg-test-av.fix': 'Ta en testsamtale, eller bruk appens egen test av lyd og bilde, før det første møtet i appen.',
  'q.mtg-mute.title': 'Mikrofonen av når du ikke snakker',
  'q.mtg-mute.question': 'Slår du av mikrofonen når du ikke snakker, og kameraet når det ikke trengs?',
  'q.mtg-mute.why': 'En åpen mikrofon fanger opp det som skjer hjemme hos deg, og alle i møtet hører det.',
  'q.mtg-mute.fix': 'Slå av mikrofonen når du ikke snakker, og kameraet når det ikke trengs. Lær deg hurtigtastene for det i appen.',
  'q.health-dpa.title': 'Databehandleravtale',
  'q.health-dpa.question': 'Har arbeidsgiveren din (eller praksisen din) databehandleravtale med leverandøren av videoverktøyet?',
  'q.health-dpa.why': 'Normens faktaark 54 om videokonsultasjon krever det: avtalen binder leverandøren til å beskytte pasientenes opplysninger.',
  'q.health-dpa.fix':
    'Bruk bare et videoverktøy arbeidsgiveren din (eller praksisen din) har databehandleravtale med. Spør lederen din eller IT hvilket det er. Driver du egen praksis, inngår du avtalen med leverandøren før den første konsultasjonen.',
  'q.health-risk-assessment.title': 'Risikovurdering av videoverktøyet',
  'q.health-risk-assessment.question': 'Har arbeidsgiveren din (eller praksisen din) gjort en risikovurdering av videokonsultasjoner med dette verktøyet?',
  'q.health-risk-assessment.why':
    'Normens faktaark 54 krever en risikovurdering, og en vurdering av personvernkonsekvensene, før videokonsultasjoner tas i bruk.',
  'q.health-risk-assessment.fix':
    'Spør lederen din, eller den som har ansvaret for informasjonssikkerheten, om risikovurderingen er gjort. Driver du egen praksis, gjør du den selv; be leverandøren om deres vurdering som et utgangspunkt.',
  'q.health-patient-id.title': 'Pasienten identifisert',
  'q.health-patient-id.question':
    'Identifiserer du pasienter du ikke har møtt før på et høyt sikkerhetsnivå, med BankID eller ID-porten i videoverktøyet, eller med gyldig legitimasjon?',
  'q.health-patient-id.why': 'Normens faktaark 54 krever entydig identifisering, så du vet at du snakker med rett person.',
  'q.health-patient-id.fix':
    'La pasienter du ikke kjenner, logge inn med BankID (eller ID-porten) i videoverktøyet, eller se gyldig legitimasjon, før dere snakker om helsen deres. En pasient du kjenner godt, kan du kjenne igjen på video, slik leverandøren Confrere leser Normen.',
  'q.health-consent.title': 'Pasienten informert og samtykker',
  'q.health-consent.question': 'Forteller du pasienter før timen at den blir på video, så de kan si ja eller velge å møte opp?',
  'q.health-consent.why':
    'Det er frivillig for pasienten å delta på video. NFKUT sier at du skal informere om videoløsningen før timen, og at et samtykkeskjema kan brukes.',
  'q.health-consent.fix':
    'Fortell pasienten før timen at den blir på video, og hvordan, og la pasienten velge en annen måte. Et samtykkeskjema pasienten godtar før timen, dokumenterer det.',
  'q.health-patients-apart.title': 'Pasientene holdes fra hverandre',
  'q.health-patients-apart.question': 'Holder videoverktøyet pasientene fra hverandre, slik at hver venter alene og bare du ser hvem som venter?',
  'q.health-patients-apart.why':
    'Ellers kan en pasient se hvem andre som får behandling. Leverandøren Confrere oppgir at Normen krever det, og NFKUT ber om venterom.',
  'q.health-patients-apart.fix':
    'Bruk et verktøy der hver pasient venter i sitt eget venterom, og slipp dem inn én og én selv. Bruk aldri det samme åpne møterommet for flere pasienter.',
  'advice.note.teams-classes': 'NFKUT: mest egnet til grønne og gule data; data, også metadata, lagres innenfor EØS i stedet for i Norge.',
  'advice.note.teams-no-sensitive':
    'En kommunes regler for Teams: sensitive personopplysninger skal ikke deles eller lagres i Teams, selv om du er logget på med totrinnsinnlogging.',
  'advice.sources': 'Kilder: {list}.',
  'advice.source.dated': '{name} ({when})',
  'advice.source.undated': '{name} (udatert)',
  'advice.date': '{precision, select, year {{d, date, ::y}} month {{d, date, ::MMMMy}} other {{d, date, long}}}',
  'advice.age':
    'Kildene er fra {oldest} til {newest}: rådene er {years, plural, =0 {under ett år} other {minst # år}} gamle, og priser, funksjoner og godkjenninger kan ha endret seg siden.',
  'advice.age.one':
    'Kilden er fra {oldest}: rådene er {years, plural, =0 {under ett år} other {minst # år}} gamle, og priser, funksjoner og godkjenninger kan ha endret seg siden.',
  'source.nettvett-video': 'Advokatforeningens liste på nettvett.no',
  'source.nfkut-video-tools': 'NFKUTs liste for psykoterapeuter',
  'source.confrere-on-normen': 'Confreres egen side',
  'source.municipal-meeting-rules': 'en kommunes regler for videomøter',
  // the fleet summary: reports judged again, replayed ones left out, signatures
  'summary.replayed':
    '{count, plural, one {# rapport laget ved å spille av et opptak er utelatt} other {# rapporter laget ved å spille av et opptak er utelatt}}: en avspilling kan komme fra hvilken som helst maskin og tid (--include-replayed tar dem med).',
  'summary.rederived':
    'Hver rapport er vurdert på nytt ut fra sine egne fakta og svar: {disagreeing, number} stemmer ikke med det rapporten selv sier, og {unknown, number} er laget under en policy som ikke er gitt med --policy. De telles som ikke klare.',
  'summary.signatures':
    'Signaturer (--verify-key): {valid, number} gyldige, {unsigned, number} usignerte, {tampered, number} endret etter signering eller signert med en annen nøkkel.',
  'summary.flagged': 'Rapporter som ikke tas på ordet',
  'summary.flagged-note':
    'Disse rapportene telles som ikke klare, uansett hva de sier. Se på hver av dem: en rapport som er endret etter kjøringen, en som er laget under en policy du ikke har gitt til summarize, eller en der signaturen ikke stemmer.',
  'summary.flag.disagreeing': 'stemmer ikke med sine egne fakta og svar',
  'summary.flag.policy-unknown': 'laget under en policy som ikke er gitt med --policy ({policy})',
  'summary.flag.tampered': 'endret etter signering, eller signert med en annen nøkkel',
  'summary.diff.verdict': 'vurdering {stored}, faktaene gir {derived}',
  'summary.diff.score': 'poengsum {stored, number}, faktaene gir {derived, number}',
  'summary.diff.item': '{item}: {stored}, faktaene gir {derived}',
  'summary.diff.missing': 'mangler',
  'summary.diff.incomplete': 'ikke en hel rapport fra dette verktøyet: faktaene kan ikke vurderes på nytt',
  // --- kommandolinjen: hjelp, bruk og feil i filer ---
  'cli.help': `Bruk: homeoffice-check [valg]
      homeoffice-check schema <report|answers|policy|summary>
      homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [--format table|csv|json|html|devices-csv] [-o FIL]
      homeoffice-check serve [--port N] [--host H] [--data MAPPE | --db URL]

Sjekker om denne maskinen og dette rommet er klare for et sikkert videomøte hjemmefra,
og sier hva du bør ordne.

Valg:
  --json                JSON-rapport på standard ut, ingenting annet der
  -o, --output FIL      skriv også JSON-rapporten til FIL
  --lang nb|nn|en       språk (standard: fra systemets språkinnstilling; «nb» og «no» gir bokmål, «nn» nynorsk)
  --answers FIL         svar på spørsmålene (JSON) for kjøringer uten spørsmål
  --policy FIL|URL      IT-retningslinjer (JSON; en URL må begynne med https://): sjekker, vekter, grenser
  --no-questions        spør ikke om noe; spørsmålene rapporteres som ubesvart
  --forget              slett svarene som er husket på denne maskinen, og stopp
  --only ID[,ID...]     kjør bare disse sjekkene
  --skip ID[,ID...]     hopp over disse sjekkene
  --offline             ingen målinger av nettverket (rapporteres som hoppet over)
  --speed-url URL       adressen for måling av hastighet og svartid (standard {speedUrl})
  --stun VERT:PORT      STUN-tjener for UDP-testen (standard {stun})
  --record FIL          ta opp alt programmet leser fra maskinen, til FIL (med --replay: det avspillingen spurte om)
  --replay FIL          les alt fra et opptak i FIL i stedet for fra denne maskinen
  --report-url URL      send også JSON-rapporten med POST til URL (https://, eller http:// til
                        denne maskinen); en nøkkel i HOMEOFFICE_CHECK_REPORT_AUTH sendes i en header
                        (se README)
  --report-timeout SEK  sekunder per forsøk på å sende rapporten (standard 10)
  --plain               lesbare linjer i stedet for den interaktive visningen
  --list                vis sjekkene og spørsmålene med kildene deres
                        (homeoffice-check summarize --help: valgene for den samlede oversikten)
  -h, --help            denne hjelpen
  -v, --version         versjonen

Avslutningskoder: 0 klar (advarsler tillatt), 1 ikke klar, 2 feil i bruk eller inndata,
3 intern feil, 130 avbrutt.
`,
  'cli.summarize-help': `Bruk: homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [valg]

Setter sammen mange JSON-rapporter: resultatene, enhetene og hva som stopper dem, de vanligste
stopperne og manglene med enhetene bak hver av dem, utviklingen uke for uke, enheter som ikke er
sett på en stund, operativsystemer og nettverkstall. I mapper leses *.json, *.ndjson og *.jsonl;
en NDJSON-fil (eller - for standard inn) har én rapport per linje, eller en eksport fra en
loggplattform (Elasticsearch-treff med _source, Splunk-linjer fra output_mode=json med
result._raw). Bare vanlige filer leses; alt som ikke er en gyldig rapport, listes med årsaken.
En enhet som har sendt flere rapporter, telles én gang, etter den nyeste rapporten, når
rapportene har vertsnavnet (retningslinjene report.include: ["hostname"]); en rapport uten
vertsnavn telles for seg.

Hver rapport vurderes på nytt ut fra sine egne fakta og svar. En rapport der lagret status,
poengsum eller vurdering ikke stemmer, en som viser til retningslinjer som ikke er gitt med
--policy, og (med --verify-key) en som er endret etter signering, listes etter filnavn og
telles som ikke klar.

Valg:
  --format FORMAT                table (standard) for terminalen, csv for Excel, json for
                                 videre behandling, html for én selvstendig side med
                                 diagrammer, devices-csv for én linje per enhet
  -o, --output FIL               skriv til FIL i stedet for standard ut
  --lang nb|nn|en                språk (standard: fra systemets språkinnstilling)
  --delimiter ';'|','|tab        skilletegn i CSV (standard ';' med desimalkomma for nb og nn,
                                 ',' med desimalpunktum for en)
  --all-reports                  tell alle rapporter, også eldre fra samme enhet
  --since DATO                   utelat rapporter fra før DATO («2026-11-01», eller et
                                 ISO 8601-tidspunkt)
  --stale-days N                 en enhet regnes som borte etter N dager uten rapport
                                 (standard 14)
  --policy FIL|URL               retningslinjer rapportene kan vise til (kan gjentas): hver
                                 rapport vurderes på nytt ut fra sine egne fakta og svar etter
                                 retningslinjene den viser til (etter SHA-256); rapporter fra
                                 tidligere versjoner, som ikke viser til noen, etter den ene
                                 --policy som er gitt, ellers standardinnstillingene
  --include-replayed             tell med rapporter laget ved å spille av et opptak (utelatt
                                 som standard)
  --verify-key FIL|env[:NAVN]    kontroller signaturen på hver rapport med nøkkelen i FIL (eid
                                 av deg eller root, modus 600) eller i miljøvariabelen NAVN
                                 (standard HOMEOFFICE_CHECK_SIGNING_KEY); aldri selve nøkkelen
  -h, --help                     denne hjelpen

Avslutningskoder: 0 minst én gyldig rapport, 2 ingen (eller feil i bruken), 3 intern feil.
`,
  'cli.serve-help': `Bruk: homeoffice-check serve [--port N] [--host H] [--data MAPPE | --db URL] [valg]

En innsamler for rapportene: verktøyet sender hver rapport med --report-url
https://VERT:PORT/reports (http:// bare til localhost), og oversiktssiden ligger på /
(oversikten som JSON på /summary.json, én linje per enhet på /devices.csv).

Tokenet klientene sender (Authorization: Bearer TOKEN), leses fra HOMEOFFICE_CHECK_SERVE_TOKEN,
aldri fra kommandolinjen; minst 16 tegn. For å lese siden og oversikten trengs
HOMEOFFICE_CHECK_SERVE_READ_TOKEN (som Bearer, eller som passordet nettleseren spør om), eller
det samme tokenet når den ikke er satt. Sett et eget: klientenes token ligger på hver maskin.

Valg:
  --port N            port (standard 8765; 0 velger en ledig)
  --host H            adressen det lyttes på (standard 127.0.0.1: bare denne maskinen)
  --data MAPPE        lagre rapportene i MAPPE, én fil per rapport (standard
                      ./homeoffice-check-data)
  --db URL            lagre rapportene i PostgreSQL i stedet (postgres://bruker@vert:5432/db;
                      et passord i PGPASSWORD eller ~/.pgpass heller enn i URL-en)
  --cert FIL --key FIL   bruk HTTPS med dette sertifikatet og denne nøkkelen (PEM)
  --lang nb|nn|en     språket på siden (standard: fra systemets språkinnstilling)
  --stale-days N      en enhet regnes som borte etter N dager uten rapport (standard 14)
  --verify-key FIL|env[:NAVN]
                      kontroller signaturen på hver rapport når den kommer inn, med nøkkelen i
                      FIL (eid av deg eller root, modus 600) eller i miljøvariabelen NAVN
                      (standard HOMEOFFICE_CHECK_SIGNING_KEY); aldri selve nøkkelen
  --unverified reject|mark
                      med --verify-key: reject (standard) svarer 403 på en usignert eller
                      endret rapport og tar ikke vare på noe; mark tar vare på den, og
                      oversikten merker den (en endret rapport telles som ikke klar). mark
                      krever mappelagring (--data)
  --policy FIL|URL    retningslinjer rapportene kan vise til (kan gjentas): oversikten vurderer
                      hver rapport på nytt etter dem, slik summarize --policy gjør
                      (mappelagring)
  --include-replayed  tell med rapporter laget ved å spille av et opptak (utelatt som standard)
  -h, --help          denne hjelpen

Svar på POST /reports: 201 lagret, 200 lagret fra før, 400 ikke JSON, 401 mangler token eller
feil token, 403 usignert eller endret (med --verify-key, --unverified reject), 413 for stor,
415 ikke JSON, 422 ikke en gyldig rapport.

Avslutningskoder: 2 feil i bruken (mangler token, porten er i bruk, en fil som ikke kan leses),
3 intern feil, 130 stoppet.
`,
  'list.check': 'sjekk    {id}  {title}  [{category}, vekt {weight, number}]  kilder: {sources}',
  'list.question': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}]  kilder: {sources}',
  'list.question-when': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}, bare når dataklassen er {classes}]  kilder: {sources}',
  'list.sources': 'kilder:',
  'list.seed': '(kildetekst {seed})',
  'error.internal': 'intern feil: {text}',
  'error.internal-reported': 'intern feil: {text} (rapporten viser det som ble funnet fram til da)',
  'error.schema-usage': 'bruk: homeoffice-check schema <report|answers|policy|summary>',
  'error.schema-kind': 'schema: ventet report, answers, policy eller summary, fikk «{kind}»',
  'error.unexpected-argument': 'uventet argument «{arg}»',
  'error.unknown-option': 'ukjent valg «{option}»',
  'error.option-value': 'valget «{option}» trenger en verdi',
  'error.option-no-value': 'valget «{option}» tar ingen verdi',
  'error.ids-empty': '--{flag} trenger minst én sjekk-id',
  'error.ids-unknown': '--{flag}: ukjent sjekk «{id}» (kjente: {known})',
  'error.lang': '--lang må være nb, nn eller en, ikke «{value}»',
  'error.speed-url': '--speed-url må være en http://- eller https://-adresse, ikke «{value}»',
  'error.stun': '--stun må være VERT:PORT, ikke «{value}»',
  'error.report-url': '--report-url «{url}»: {problem}',
  'error.report-url.not-url': 'ikke en gyldig adresse',
  'error.report-url.credentials': 'brukernavn eller passord i adressen er ikke tillatt; bruk HOMEOFFICE_CHECK_REPORT_AUTH',
  'error.report-url.http': 'http:// er bare tillatt til denne maskinen (localhost); bruk https://',
  'error.report-url.scheme': 'adressen må begynne med https:, ikke {scheme}',
  'error.report-timeout': '--report-timeout må være sekunder mellom 0 og 300, ikke «{value}»',
  'error.header-name': 'HOMEOFFICE_CHECK_REPORT_HEADER er ikke et gyldig navn på en header',
  'error.needs-file': '--{flag} trenger et filnavn',
  'error.policy-needs-source': '--policy trenger et filnavn eller en https://-adresse',
  'error.file.policy': 'retningslinjefilen «{path}»',
  'error.file.answers': 'svarfilen «{path}»',
  'error.file.replay': 'opptaksfilen «{path}»',
  'error.file.signing-key': 'signeringsnøkkelen «{path}»',
  'error.url.policy': 'retningslinjene på «{url}»',
  'error.in': '{label}: {problem}',
  'error.in-path': '{label}: {path}: {problem}',
  'error.file.missing': 'filen finnes ikke',
  'error.file.folder': 'er en mappe',
  'error.file.denied': 'mangler tilgang',
  'error.file.socket': 'er ikke en vanlig fil (en socket)',
  'error.file.fifo': 'er ikke en vanlig fil (en FIFO)',
  'error.file.device': 'er ikke en vanlig fil (en enhet)',
  'error.file.not-regular': 'er ikke en vanlig fil',
  'error.file.unreadable': 'kan ikke leses',
  'error.file.too-large': 'er større enn {mib, number} MiB',
  'error.file.too-large-kib': 'er større enn {kib, number} KiB',
  'error.file.changed': 'ble endret mens den ble lest',
  'error.file.not-root-or-self': 'eies verken av root eller deg (eier har uid {uid})',
  'error.file.not-root': 'eies ikke av root (eier har uid {uid})',
  'error.file.mode': 'kan leses eller endres av andre (modus {mode}); den må ha modus 600 eller 400',
  'error.json.deep': '{label} er nøstet dypere enn {max, number} nivåer',
  'error.json.invalid': '{label} er ikke gyldig JSON: {detail}',
  'error.json.at-line': 'feil på linje {line, number}, kolonne {column, number}',
  'error.json.at-position': 'feil ved tegn nummer {position, number}',
  'error.json.ends-early': 'teksten slutter for tidlig',
  'error.json.token': 'uventet tegn «{token}»',
  'error.json.other': '«{message}»',
  'error.policy.unknown-check': 'ukjent sjekk (kjente: {known})',
  'error.policy.service-ids': 'hver tjeneste (id) kan bare stå én gang',
  'error.policy.limit-order': '{lowName} ({lowValue, number}) må være lavere enn {highName} ({highValue, number})',
  'error.json.key-forbidden': 'nøkkelen «{key}» er ikke tillatt',
  'error.json.key-twice': 'nøkkelen «{key}» står to ganger',
  'error.json.top': '(øverste nivå)',
  'error.json.unknown-key': 'ukjent nøkkel {keys}',
  'error.json.unknown-question': 'ukjent spørsmål (kjente: {known})',
  'error.json.expected': 'skal være {expected}',
  'error.json.one-of': 'må være en av {values}',
  'error.json.too-small': 'må være minst {limit}',
  'error.json.too-big': 'må være høyst {limit}',
  'error.json.format': 'har feil form',
  'error.json.invalid-value': 'er ikke en gyldig verdi',
  'error.type.string': 'en tekst',
  'error.type.number': 'et tall',
  'error.type.boolean': 'true eller false',
  'error.type.object': 'et objekt',
  'error.type.array': 'en liste',
  'error.fetch.bad-url': 'ikke en gyldig adresse',
  'error.fetch.scheme': 'bare https:// godtas, ikke {scheme}//',
  'error.fetch.status': 'HTTP {status}',
  'error.fetch.redirect': 'HTTP {status} (videresendinger følges ikke)',
  'error.fetch.too-large': 'større enn {kib, number} KiB',
  'error.fetch.timeout': 'fikk ikke svar innen {seconds, number} s',
  'error.fetch.self-signed': 'tjenerens sertifikat er selvsignert og ikke godkjent (se NODE_EXTRA_CA_CERTS)',
  'error.fetch.untrusted': 'kjeden av sertifikater fra tjeneren er ikke godkjent (se NODE_EXTRA_CA_CERTS)',
  'error.fetch.unverified': 'tjenerens sertifikat kan ikke bekreftes (se NODE_EXTRA_CA_CERTS)',
  'error.fetch.expired': 'tjenerens sertifikat er utløpt',
  'error.fetch.altname': 'tjenerens sertifikat gjelder et annet navn',
  'error.fetch.network': 'fikk ikke kontakt med tjeneren ({code})',
  'error.summarize.format': 'summarize: --format må være en av {formats}, ikke «{value}»',
  'error.summarize.delimiter': 'summarize: --delimiter må være «;», «,» eller tab, ikke «{value}»',
  'error.summarize.since': 'summarize: --since må være en dato («2026-11-01») eller et ISO 8601-tidspunkt, ikke «{value}»',
  'error.summarize.stale-days': 'summarize: --stale-days må være et helt antall dager fra 0 til 3650, ikke «{value}»',
  'error.summarize.usage': 'bruk: homeoffice-check summarize RAPPORT|NDJSON|MAPPE|-... [--format table|csv|json|html|devices-csv] [-o FIL]',
  'error.summarize.none': 'summarize: {text}',
  'error.summarize.before-since': '({count, number} fra før --since)',
  'error.write': '{label} «{path}»: {reason}',
  'error.write.output-file': 'utfilen',
  'error.write.missing': 'finnes ikke',
  'error.write.read-only': 'filsystemet kan bare leses',
  'error.write.no-space': 'det er ikke mer plass på disken',
  'error.write.quota': 'diskkvoten er brukt opp',
  'error.write.not-folder': 'er ikke en mappe',
  'error.write.loop': 'for mange symbolske lenker',
  'error.write.name-too-long': 'navnet er for langt',
  'error.write.fifo-unread': 'en FIFO som ingen leser fra',
  'error.write.reader-gone': 'den som leste, forsvant',
  'error.write.io': 'feil ved lesing eller skriving på disken',
  'error.write.unwritable': 'kan ikke skrives',
  'error.write.block-device': 'er en blokkenhet (en disk), ikke en fil',
  'error.write.socket': 'er en socket, ikke en fil',
  'error.write.no-folder': 'mappen «{dir}» finnes ikke',
  'error.write.dir-not-folder': '«{dir}» er ikke en mappe',
  'error.write.folder-problem': 'mappen «{dir}»: {reason}',
  'error.write.folder-closed': 'mappen «{dir}» tar ikke imot nye filer: {reason}',
  // --- kildene, slik --list viser dem ---
  'list.source.confrere-on-normen':
    'Confrere (leverandøren): leverandørens egen side om hva Normen krever ved videokonsultasjoner (identifisering, ende-til-ende-kryptering, databehandleravtale, pasienter holdt fra hverandre, risikovurdering)',
  'list.source.nsm-video':
    'Nasjonal sikkerhetsmyndighet (NSM), Nasjonalt cybersikkerhetssenter: råd om sikre videomøter (passordrutiner, vit hvem som deltar, hva skjerm og lyd avslører)',
  'list.source.ehelse-video-minimum':
    'Direktoratet for e-helse: minstekrav til videokonsultasjoner (kryptert, nøklene hos virksomheten, pasienten identifisert, alle deltakere synlige)',
  'list.question-need': 'spørsmål {id}  {title}  [{category}, vekt {weight, number}, bare for møtetypen {needs}]  kilder: {sources}',
  'list.undated': 'udatert',
  'list.source.nsm-home-office': 'Nasjonal sikkerhetsmyndighet (NSM): Råd for hjemmekontor, mars 2020, slik en kommune gjengir dem',
  'list.source.nsm-grunnprinsipper':
    'Nasjonal sikkerhetsmyndighet (NSM): Grunnprinsipper for IKT-sikkerhet 2.0 (2.1.2 produkter med støtte, 2.3.1 sikkerhetsoppdateringer, 2.6.7 totrinnsinnlogging, 2.7.3 kryptert lagring)',
  'list.source.nettvett-video':
    'nettvett.no (NorSIS, NSM, Nkom): Bruk av videomøter i små og mellomstore bedrifter (med Advokatforeningens liste over videoverktøy)',
  'list.source.nettvett-hjemmekontor': 'nettvett.no (NorSIS, NSM, Nkom): Jobb trygt på hjemmekontoret',
  'list.source.normen-faktaark-29': 'Norsk helsenett / Normen: Normen faktaark 29: Hjemmekontor',
  'list.source.normen-faktaark-54': 'Norsk helsenett / Normen: Normen faktaark 54: Videokonsultasjon',
  'list.source.municipal-meeting-rules':
    'En norsk kommune: Regler for videomøter i Teams/Skype: bare tale, ingen chat eller skjermdeling med sensitive opplysninger, id i stedet for navn, lukket rom eller hodetelefoner, ryddig skrivebord',
  'list.source.video-checklist': 'En norsk kommune: Kom i gang med videokonferanse (sjekkliste)',
  'list.source.nfkut-video-tools': 'NFKUT: Anbefalte videoverktøy for psykoterapeuter (2021): røde, gule og grønne data, sikre innstillinger i Zoom',
  'list.source.datatilsynet-breach': 'Datatilsynet: Meld avvik (brudd på personopplysningssikkerheten) innen 72 timer',
  'list.source.ncsc-home-working': 'NCSC (Storbritannia): Råd om hjemmekontor og videokonferanser',
  'list.source.cisa-video': 'CISA (USA): Råd om å sikre videokonferanser',
  'list.source.apple-wifi-router-settings':
    'Apple: Anbefalte innstillinger for trådløse rutere og tilgangspunkter (WPA3 Personal eller WPA2/WPA3 Transitional, ellers WPA2 Personal med AES; unngå blandet WPA/WPA2, WPA Personal, WEP og TKIP)',
  'list.source.microsoft-teams-network': 'Microsoft: Slik gjør du nettverket klart for Microsoft Teams (mål for svartid, variasjon i svartid og pakketap)',
  'list.source.zoom-lifecycle': 'Zoom: Zoom Software Quarterly Lifecycle Policy: den laveste versjonen av appen som godtas hvert kvartal',
  'list.source.microsoft-teams-update':
    'Microsoft: Hvorfor Teams må holdes oppdatert (versjoner som er mer enn tre måneder gamle, blir stengt ute; klassisk Teams har ikke lenger støtte)',
  // --- overskriftene i CSV-filene for oversikten ---
  'csv.col.section': 'seksjon',
  'csv.col.kind': 'type',
  'csv.col.id': 'id',
  'csv.col.title': 'tittel',
  'csv.col.reports': 'rapporter',
  'csv.col.ready': 'klar',
  'csv.col.ready_with_warnings': 'klar_med_advarsler',
  'csv.col.not_ready': 'ikke_klar',
  'csv.col.pass': 'ok',
  'csv.col.warn': 'advarsel',
  'csv.col.fail': 'feil',
  'csv.col.unknown': 'ukjent',
  'csv.col.skipped': 'hoppet_over',
  'csv.col.unanswered': 'ubesvart',
  'csv.col.blocker': 'stopper',
  'csv.col.median': 'median',
  'csv.col.p10': 'p10',
  'csv.col.p90': 'p90',
  'csv.col.reason': 'årsak',
  'csv.col.host': 'enhet',
  'csv.col.user': 'bruker',
  'csv.col.os': 'operativsystem',
  'csv.col.organisation': 'virksomhet',
  'csv.col.last_report': 'siste_rapport',
  'csv.col.days_since_report': 'dager_siden_rapport',
  'csv.col.stale': 'ikke_sett',
  'csv.col.verdict': 'resultat',
  'csv.col.score': 'poeng',
  'csv.col.scope': 'omfang',
  'csv.col.blockers': 'stoppere',
  'broken.missing': 'filen finnes ikke',
  'broken.denied': 'mangler tilgang',
  'broken.folder': 'er en mappe',
  'broken.loop': 'symbolske lenker i ring',
  'broken.unreadable': 'kan ikke leses',
  'broken.fifo': 'en FIFO, ikke en vanlig fil: hoppet over',
  'broken.device': 'en enhet, ikke en vanlig fil: hoppet over',
  'broken.socket': 'en socket, ikke en vanlig fil: hoppet over',
  'broken.not-regular': 'ikke en vanlig fil: hoppet over',
  'broken.twice': 'lest to ganger',
  'broken.too-large': 'større enn {mib, number} MiB: ikke en rapport',
  'broken.line-too-large': 'linjen er større enn {mib, number} MiB: ikke en rapport',
  'broken.json': 'ikke gyldig JSON: {detail}',
  'broken.invalid': 'ikke en gyldig rapport: {problem}',
  'broken.no-report': 'ikke en gyldig rapport: ingen rapport i den',
  'broken.empty': 'tom fil',
};
