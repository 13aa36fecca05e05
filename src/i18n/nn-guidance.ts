import type { MessageId } from './en.js';

/**
 * Nynorsk for the guidance texts: the questions on the work computer, fraud, USB sticks, the home
 * Wi-Fi, the test before the first call and muting, the health consultation’s own questions, and
 * the advice’s dated sources; and the texts whose meaning changed with them (screen sharing,
 * recording, the 72-hour rule, the video tool notes). They take precedence over nn.ts (index.ts).
 */
export const nnGuidance = {
  'q.mtg-sharing.question': 'Skal du dele skjermen i møtet?',
  'q.mtg-sharing.why':
    'I fortrulege møte seier reglane at du skal unngå skjermdeling: eit varsel eller eit ope vindauge kan vise fortrulege opplysningar til alle.',
  'q.mtg-sharing.fix':
    'I eit fortruleg møte: ikkje del skjermen, men sei det munnleg, eller send dokumentet slik arbeidsgivaren din har godkjent. Må du dele, del berre eitt vindauge, lukk andre program og slå på «Ikke forstyrr» først.',
  'q.mtg-sharing.no-sharing': 'Nei, eg skal ikkje dele skjermen',
  'q.mtg-no-recording.question': 'Blir møtet teke opp?',
  'q.mtg-no-recording.fix':
    'Ikkje ta opp møtet med mindre det er avtalt på førehand og alle har samtykt. I eit fortruleg møte skal opptaket berre lagrast der arbeidsgivaren din har godkjent for slike opplysningar; i helsesektoren seier NFKUT at det må vere ei sikker lagringsteneste, som TSD (Tjenester for sensitive data).',
  'q.inc-72h.question':
    'Veit du at brot på personopplysningstryggleiken skal meldast til Datatilsynet snarast, og seinast innan 72 timar etter at det vart oppdaga?',
  'q.inc-72h.why':
    'Fristen går frå brotet blir oppdaga, så sei frå til arbeidsgivaren din med ein gong: det er arbeidsgivaren, som behandlingsansvarleg, som melder. Driv du eigen praksis, er du sjølv behandlingsansvarleg og melder sjølv.',
  'q.inc-72h.fix':
    'Sei straks frå til leiaren din eller personvernombodet dersom personopplysningar kjem på avvegar. Arbeidsgivaren melder til Datatilsynet i Altinn snarast, og seinast innan 72 timar, med mindre det er lite sannsynleg at brotet fører til ein risiko for personane det gjeld. Driv du eigen praksis, er du behandlingsansvarleg og melder sjølv i Altinn.',
  'q.inc-72h.title': '72-timarsfristen',
  'advice.heading': 'Råd om val av videoverktøy (tel ikkje med i poengsummen):',
  'advice.intro':
    'For eit slikt møte ({need}) med {dataClass} informasjon passar desse typane verktøy, etter kjeldene som er nemnde ved kvart verktøy. Har arbeidsgivaren din godkjent eit verktøy, skal du bruke det.',
  'advice.fit.conditions': 'passar med atterhald',
  'advice.note.confrere':
    'Laga for samtalar ein til ein; kan stadfeste kven den andre er, med BankID. Leverandøren oppgir på si eiga side at løysinga oppfyller krava i Normen, mellom anna ende-til-ende-kryptering.',
  'advice.note.whereby': 'I 2020 var ho gratis for opptil 4 deltakarar, etter lista til Advokatforeningen; prisane kan ha endra seg sidan.',
  'advice.note.zoom-sikt':
    'Berre for universitet og høgskular med avtale (Feide-innlogging); opprett møte i den installerte appen med dei sikre innstillingane denne sjekken spør om. Opptak skal ikkje lagrast i helsesektoren, bortsett frå hos ei sikker lagringsteneste som TSD (Tjenester for sensitive data).',
  'advice.note.teams':
    'NFKUT: ikkje lagt til rette for helsetenesta; innstillingane frå Direktoratet for e-helse («Microsoft Teams for helsepersonell») må vere sette opp før konsultasjonar med pasientar.',
  'advice.general.health':
    'For helsekonsultasjonar krev faktaark 54 i Normen databehandlaravtale med leverandøren, ei risikovurdering og eintydig identifisering av pasienten (BankID eller ID-porten, eller gyldig legitimasjon for ein pasient du ikkje kjenner). At pasientar aldri skal møte kvarandre i verktøyet, er slik leverandøren Confrere les Normen; NFKUT ber om venterom.',
  'vtq.e2ee.why':
    'Berre med ende-til-ende-kryptering kan ingen undervegs, heller ikkje leverandøren, sjå eller høyre møtet; NFKUT seier at det skal slåast på når møtet gjeld raude data.',
  'q.dev-managed.title': 'Jobbmaskin frå arbeidsgivaren',
  'q.dev-managed.question': 'Er dette ei maskin som arbeidsgivaren din har levert og tek seg av (IT installerer oppdateringar og program på ho)?',
  'q.dev-managed.why':
    'Det første rådet NSM gir for heimekontor, er å bruke utstyret til arbeidsgivaren: IT held det oppdatert og verna, og kan hjelpe når noko går gale.',
  'q.dev-managed.fix': 'Bruk maskina arbeidsgivaren din har gitt deg til jobb. Må du bruke di eiga, spør IT først om ho er god nok for dette møtet.',
  'q.dev-managed.own-business': 'Eg driv eigen praksis eller bedrift, og maskina blir berre brukt til det arbeidet',
  'q.net-wifi-password.title': 'Kven som kjenner passordet til det trådlause nettverket',
  'q.net-wifi-password.question':
    'Er det berre du og husstanden din som kjenner passordet til det trådlause nettverket heime (ikkje naboar eller tidlegare gjester)?',
  'q.net-wifi-password.why': 'Alle som har passordet, er på same nettverk som jobbmaskina di.',
  'q.net-wifi-password.fix':
    'Byt passordet til det trådlause nettverket (i ruteren, eller be internettleverandøren om hjelp), gi det berre til husstanden, og la gjester bruke gjestenettet dersom ruteren har det.',
  'q.net-wifi-password.no-wifi': 'Eg har ikkje trådlaust nettverk heime (berre kabel eller mobildata)',
  'q.data-removable-media.title': 'Minnepinnar',
  'q.data-removable-media.question':
    'Held du jobbfiler unna minnepinnar og andre flyttbare lagringseiningar, og let du vere å kople til minnepinnar du ikkje kjenner?',
  'q.data-removable-media.why': 'Ein minnepinne med jobbfiler blir lett borte, og ein ukjend minnepinne kan innehalde skadeleg programvare.',
  'q.data-removable-media.fix':
    'Ha jobbfilene på lagringa arbeidsgivaren din har godkjent, ikkje på minnepinnar eller minnekort. Gi ein minnepinne du finn eller får, til IT i staden for å kople han til.',
  'q.inc-phishing.title': 'Svindel og falske meldingar',
  'q.inc-phishing.question':
    'Veit du at du aldri skal gi opp brukarnamn, passord eller kontonummer når nokon ber om det på e-post, SMS eller telefon, same kor ekte det ser ut?',
  'q.inc-phishing.why': 'Svindlarar sender e-post og SMS som ser ut til å kome frå jobben, banken eller styresmaktene, for å få tak i passordet ditt.',
  'q.inc-phishing.fix':
    'Gi aldri opp brukarnamn, passord eller kontonummer til nokon som ber om det på e-post, SMS eller telefon. Er du i tvil, ta kontakt med avsendaren på ein annan måte, og meld frå om meldinga til IT.',
  'q.mtg-sharing.one-window': 'Ja, berre eitt vindauge, med andre program lukka og varsel av',
  'q.mtg-sharing.unprepared': 'Ja, utan å rydde først',
  'q.mtg-no-recording.no-recording': 'Nei',
  'q.mtg-no-recording.consented': 'Ja, alle har samtykt på førehand',
  'q.mtg-no-recording.no-consent': 'Ja, utan at alle har samtykt',
  'q.mtg-test-av.title': 'Lyd og bilete testa',
  'q.mtg-test-av.question': 'Har du testa lyd og bilete i møteappen før (ein testsamtale eller appen sin eigen test)?',
  'q.mtg-test-av.why': 'Kjenner du appen før møtet, finn du innstillingane (demping, kamera, venterom) og slepp å byte til eit anna verktøy i full fart.',
  'q.mtg-test-av.fix': 'Ta ein testsamtale, eller bruk appen sin eigen test av lyd og bilete, før det første møtet i appen.',
  'q.mtg-mute.title': 'Mikrofonen av når du ikkje snakkar',
  'q.mtg-mute.question': 'Slår du av mikrofonen når du ikkje snakkar, og kameraet når det ikkje trengst?',
  'q.mtg-mute.why': 'Ein open mikrofon fangar opp det som skjer heime hos deg, og alle i møtet høyrer det.',
  'q.mtg-mute.fix': 'Slå av mikrofonen når du ikkje snakkar, og kameraet når det ikkje trengst. Lær deg snøggtastane for det i appen.',
  'q.health-dpa.title': 'Databehandlaravtale',
  'q.health-dpa.question': 'Har arbeidsgivaren din (eller praksisen din) databehandlaravtale med leverandøren av videoverktøyet?',
  'q.health-dpa.why': 'Faktaark 54 i Normen om videokonsultasjon krev det: avtalen bind leverandøren til å verne opplysningane til pasientane.',
  'q.health-dpa.fix':
    'Bruk berre eit videoverktøy som arbeidsgivaren din (eller praksisen din) har databehandlaravtale med. Spør leiaren din eller IT kva for eitt det er. Driv du eigen praksis, inngår du avtalen med leverandøren før den første konsultasjonen.',
  'q.health-risk-assessment.title': 'Risikovurdering av videoverktøyet',
  'q.health-risk-assessment.question': 'Har arbeidsgivaren din (eller praksisen din) gjort ei risikovurdering av videokonsultasjonar med dette verktøyet?',
  'q.health-risk-assessment.why':
    'Faktaark 54 i Normen krev ei risikovurdering, og ei vurdering av personvernkonsekvensane, før videokonsultasjonar blir tekne i bruk.',
  'q.health-risk-assessment.fix':
    'Spør leiaren din, eller den som har ansvaret for informasjonstryggleiken, om risikovurderinga er gjord. Driv du eigen praksis, gjer du ho sjølv; be leverandøren om vurderinga deira som eit utgangspunkt.',
  'q.health-patient-id.title': 'Pasienten identifisert',
  'q.health-patient-id.question':
    'Identifiserer du pasientar du ikkje har møtt før på eit høgt tryggleiksnivå, med BankID eller ID-porten i videoverktøyet, eller med gyldig legitimasjon?',
  'q.health-patient-id.why': 'Faktaark 54 i Normen krev eintydig identifisering, så du veit at du snakkar med rett person.',
  'q.health-patient-id.fix':
    'La pasientar du ikkje kjenner, logge inn med BankID (eller ID-porten) i videoverktøyet, eller sjå gyldig legitimasjon, før de snakkar om helsa deira. Ein pasient du kjenner godt, kan du kjenne att på video, slik leverandøren Confrere les Normen.',
  'q.health-consent.title': 'Pasienten informert og samtykkjer',
  'q.health-consent.question': 'Fortel du pasientar før timen at han blir på video, så dei kan seie ja eller velje å møte opp?',
  'q.health-consent.why':
    'Det er frivillig for pasienten å delta på video. NFKUT seier at du skal informere om videoløysinga før timen, og at eit samtykkeskjema kan brukast.',
  'q.health-consent.fix':
    'Fortel pasienten før timen at han blir på video, og korleis, og la pasienten velje ein annan måte. Eit samtykkeskjema pasienten godtek før timen, dokumenterer det.',
  'q.health-patients-apart.title': 'Pasientane haldne frå kvarandre',
  'q.health-patients-apart.question': 'Held videoverktøyet pasientane frå kvarandre, slik at kvar ventar åleine og berre du ser kven som ventar?',
  'q.health-patients-apart.why':
    'Elles kan ein pasient sjå kven andre som får behandling. Leverandøren Confrere oppgir at Normen krev det, og NFKUT ber om venterom.',
  'q.health-patients-apart.fix':
    'Bruk eit verktøy der kvar pasient ventar i sitt eige venterom, og slepp dei inn ein og ein sjølv. Bruk aldri det same opne møterommet for fleire pasientar.',
  'advice.note.teams-classes': 'NFKUT: best eigna for grøne og gule data; data, også metadata, blir lagra innanfor EØS i staden for i Noreg.',
  'advice.note.teams-no-sensitive':
    'Reglane til ein kommune for Teams: sensitive personopplysningar skal ikkje delast eller lagrast i Teams, sjølv om du er logga på med totrinnsinnlogging.',
  'advice.sources': 'Kjelder: {list}.',
  'advice.source.dated': '{name} ({when})',
  'advice.source.undated': '{name} (udatert)',
  'advice.date': '{precision, select, year {{d, date, ::y}} month {{d, date, ::MMMMy}} other {{d, date, long}}}',
  'advice.age':
    'Kjeldene er frå {oldest} til {newest}: råda er {years, plural, =0 {under eitt år} other {minst # år}} gamle, og prisar, funksjonar og godkjenningar kan ha endra seg sidan.',
  'advice.age.one':
    'Kjelda er frå {oldest}: råda er {years, plural, =0 {under eitt år} other {minst # år}} gamle, og prisar, funksjonar og godkjenningar kan ha endra seg sidan.',
  'source.nettvett-video': 'lista til Advokatforeningen på nettvett.no',
  'source.nfkut-video-tools': 'lista til NFKUT for psykoterapeutar',
  'source.confrere-on-normen': 'Confrere si eiga side',
  'source.municipal-meeting-rules': 'reglane til ein kommune for videomøte',
} satisfies Partial<Record<MessageId, string>>;
