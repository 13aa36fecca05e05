import type { MessageId } from './en.js';

/** Norsk bokmål. Same keys as en.ts; written for a colleague, with the terms Norwegian authorities use. */
export const nb: Record<MessageId, string> = {
  // --- engine ---
  'engine.timeout': 'Sjekken ble ikke ferdig innen {seconds} sekunder, så resultatet er ukjent.',
  'engine.error': 'Sjekken feilet uventet ({reason}), så resultatet er ukjent.',
  'engine.skipped.option': 'Hoppet over: slått av for denne kjøringen.',
  'engine.skipped.offline': 'Hoppet over: ingen nettverksmålinger i frakoblet modus.',
  'engine.skipped.platform': 'Hoppet over: gjelder ikke for dette operativsystemet.',
  'engine.unanswered': 'Ikke besvart.',

  // --- verdicts and report text ---
  'verdict.ready': 'Klar',
  'verdict.ready-with-warnings': 'Klar, men med advarsler',
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
  'plain.score': 'Klar-poeng: {score}/100 — {verdict}',
  'plain.blockers': 'Må rettes før møtet:',
  'plain.shortfalls': 'Bør rettes:',
  'plain.fine': 'I orden: {count} punkt(er).',
  'plain.unknown': 'Kunne ikke avgjøre:',
  'plain.unanswered': '{count} spørsmål er ikke besvart.',
  'plain.fix': 'Slik retter du det: {text}',

  // --- os-updates ---
  'os.title': 'Oppdateringer av operativsystemet',
  'os.supported': '{name} får sikkerhetsoppdateringer fram til {date}.',
  'os.unsupported': '{name} sluttet å få sikkerhetsoppdateringer {date}.',
  'os.support-unknown': 'Datoen da {name} slutter å få støtte, står ikke i tabellen i verktøyet.',
  'os.pending-security': '{count} sikkerhetsoppdatering(er) venter på å bli installert.',
  'os.pending-other': '{count} oppdatering(er) venter på å bli installert.',
  'os.pending-none': 'Ingen oppdateringer venter.',
  'os.pending-unknown': 'Fikk ikke lest hvilke oppdateringer som venter ({reason}).',
  'os.reboot': 'Maskinen må startes på nytt for å fullføre oppdateringene.',
  'os.stale-lists': 'Oppdateringslistene ble sist hentet for {days} dager siden, så nyere oppdateringer kan mangle i tallet.',
  'os.days-since': 'Siste endring av programvaren var for {days} dager siden.',
  'os.table-old': 'Støttetabellen i verktøyet er fra {date}. Oppdater homeoffice-check for å få gjeldende datoer.',
  'os.unknown-os': 'Fikk ikke identifisert operativsystemet ({reason}).',
  'os.fix.unsupported': 'Gå over til en versjon av operativsystemet som får sikkerhetsoppdateringer, eller be IT om en jobbmaskin som gjør det.',
  'os.fix.pending': 'Installer oppdateringene som venter nå, og start maskinen på nytt.',
  'os.fix.reboot': 'Start maskinen på nytt for å fullføre oppdateringene.',
  'os.fix.unknown': 'Se etter oppdateringer i systeminnstillingene og installer alt som tilbys.',

  // --- wifi-security ---

  // --- camera-mic ---

  // --- network-quality ---
  'net.title': 'Nettverkskvalitet for video',
  'net.no-network': 'Fikk ikke kontakt med testserverne ({reason}), så nettverkskvaliteten er ukjent.',
  'net.speed-hd': 'Nedlasting {down} Mbit/s, opplasting {up} Mbit/s: nok til HD-video én til én (minst {hd} Mbit/s hver vei).',
  'net.speed-marginal': 'Nedlasting {down} Mbit/s, opplasting {up} Mbit/s: under de {hd} Mbit/s hver vei som HD-video trenger, så bildet kan falle til lavere kvalitet.',
  'net.speed-poor': 'Nedlasting {down} Mbit/s, opplasting {up} Mbit/s: under {sd} Mbit/s én vei, så regn med SD-video eller bare lyd.',
  'net.group-hd': 'Nok til HD-video i gruppemøter (minst {up} Mbit/s opp og {down} Mbit/s ned).',
  'net.group-short': 'Ikke nok til HD-video i gruppemøter, som trenger {up} Mbit/s opp og {down} Mbit/s ned.',
  'net.speed-unknown': 'Fikk ikke målt hastigheten på forbindelsen ({reason}).',
  'net.udp-blocked': 'UDP er sperret, så samtaler må gå over TCP, som takler forsinkelser dårligere (bare TCP, redusert kvalitet).',
  'net.latency': 'Svartid (tur-retur) {latency} ms, jitter {jitter} ms, pakketap {loss} %.',
  'net.latency-tcp': 'Svartid (tur-retur) over TCP {latency} ms, jitter {jitter} ms.',
  'net.latency-unknown': 'Fikk ikke målt svartiden.',
  'net.latency-high': 'Svartiden er over {good} ms, så samtalen kan føles treg.',
  'net.latency-bad': 'Svartiden er over {bad} ms: for tregt for en god samtale.',
  'net.jitter-high': 'Jitteren er over {good} ms, så lyd og bilde kan hakke.',
  'net.jitter-bad': 'Jitteren er over {bad} ms: lyd og bilde kommer til å falle ut.',
  'net.loss-high': 'Pakketapet er over {good} %, så lyd og bilde kan falle ut innimellom.',
  'net.loss-bad': 'Pakketapet er over {bad} %: lyd og bilde kommer til å falle ut.',
  'net.loaded': 'Når linjen er i full bruk, er svartiden {loaded} ms ({rise} ms mer).',
  'net.mos': 'Anslått samtalekvalitet: {mos} av 5.',
  'net.fix.no-network': 'Sjekk at maskinen er koblet til internett, og kjør sjekken på nytt. Er den det, spør IT om en brannmur eller proxy stopper testen.',
  'net.fix.bandwidth': 'Sitt nær ruteren eller bruk nettverkskabel, og sett annen tung bruk av linjen (strømming, nedlastinger, sikkerhetskopier) på pause under møtet. Er det fortsatt tregt, spør internettleverandøren om et raskere abonnement.',
  'net.fix.udp': 'Be IT eller den som drifter nettverket om å åpne for utgående UDP til videomøter (for Teams: UDP-portene 3478–3481).',
  'net.fix.latency': 'Bruk nettverkskabel i stedet for trådløst nettverk om du kan, og slå av VPN under møtet hvis virksomheten tillater det.',
  'net.fix.wifi': 'Bruk nettverkskabel eller flytt nærmere ruteren, og unngå at andre enheter bruker linjen tungt under møtet.',
  'net.fix.busy': 'Svartiden øker mye når linjen er i bruk: sett nedlastinger, sikkerhetskopier og strømming i hjemmenettet på pause under møter.',

  // --- tui and questionnaire ---

  // --- policy, upload, fleet summary ---

  // --- more device checks ---
};
