/** The network-quality check's words. Same keys in every language (a test holds them equal). */
export const messages = {
  en: {
    title: 'Network quality for video',
    'no-network': 'Could not reach the test servers, so the network quality is unknown.',
    'speed-hd':
      'Download {down, number, ::.#} Mbit/s, upload {up, number, ::.#} Mbit/s: enough for HD video one-to-one (at least {hd, number} Mbit/s each way).',
    'speed-marginal':
      'Download {down, number, ::.#} Mbit/s, upload {up, number, ::.#} Mbit/s: below the {hd, number} Mbit/s each way that HD video needs, so the picture may drop to lower quality.',
    'speed-poor':
      'Download {down, number, ::.#} Mbit/s, upload {up, number, ::.#} Mbit/s: under {sd, number} Mbit/s in at least one direction, so expect SD video or audio only.',
    'group-hd': 'Enough for HD video in group meetings (at least {up, number, ::.#} Mbit/s up and {down, number, ::.#} Mbit/s down).',
    'group-short': 'Not enough for HD video in group meetings, which need {up, number, ::.#} Mbit/s up and {down, number, ::.#} Mbit/s down.',
    'speed-unknown': 'Could not measure the speed of the line.',
    'udp-blocked': 'UDP is blocked, so calls must fall back to TCP, which copes worse with delays (TCP only, degraded).',
    latency: 'Round-trip time {latency, number, ::.#} ms, jitter {jitter, number, ::.#} ms, packet loss {loss, number, ::.#} %.',
    'latency.no-jitter': 'Round-trip time {latency, number, ::.#} ms.',
    'latency-tcp':
      'Round-trip time over TCP {latency, number, ::.#} ms, jitter {jitter, number, ::.#} ms (from {samples, plural, one {# round trip} other {# round trips}} over TCP: a rough figure).',
    'latency-unknown': 'Could not measure the round-trip time.',
    'latency-high': 'The round-trip time is above {good, number} ms, so conversation can feel sluggish.',
    'latency-bad': 'The round-trip time is above {bad, number} ms: too slow for a good conversation.',
    'jitter-high': 'The jitter is above {good, number} ms, so sound and picture may stutter.',
    'jitter-bad': 'The jitter is above {bad, number} ms: sound and picture will break up.',
    'loss-high': 'Packet loss is above {good, number} %, so sound and picture may break up now and then.',
    'loss-bad': 'Packet loss is above {bad, number} %: sound and picture will break up.',
    'jitter-tcp-high': 'Over TCP the round trips vary by more than {good, number} ms. From so few samples this is a rough figure, so it is only a warning.',
    'loss-undecided':
      '{lost, number} of {sent, plural, one {# test packet was} other {# test packets were}} lost ({loss, number, ::.#} %): too few to tell whether the loss is above {good, number} % (anything from {low, number, ::.#} to {high, number, ::.#} % fits).',
    loaded: 'While the line is busy the round-trip time is {loaded, number, ::.#} ms ({rise, number, ::.#} ms more).',
    'loaded-both':
      'While the line is busy the round-trip time is {down, number} ms when downloading and {up, number} ms when uploading (idle: {idle, number} ms).',
    'bloat-low': 'The round trip stays short when the line is busy, so others at home can stream and upload during your meetings.',
    'bloat-up': 'Video can stutter when someone in the house uploads (photos to the cloud, a backup): the round trip then grows by {rise, number} ms.',
    'bloat-down': 'Video can stutter when someone in the house streams or downloads: the round trip then grows by {rise, number} ms.',
    mos: 'Estimated call quality: {mos, number, ::.0} of 5.',
    'fix.no-network':
      'Check that the computer is connected to the internet, then run the check again. If it is, ask IT whether a firewall or proxy stops the test.',
    'fix.bandwidth':
      'Sit close to the router or use a network cable, and pause other heavy use of the line (streaming, downloads, backups) during the meeting. If it stays slow, ask your internet provider about a faster subscription.',
    'fix.udp': 'Ask IT or whoever runs the network to allow outgoing UDP for video meetings (for Teams: UDP ports 3478-3481).',
    'fix.latency': 'Use a network cable instead of Wi-Fi if you can, and turn off VPN for the meeting if your organisation allows it.',
    'fix.wifi': 'Use a network cable or move closer to the router, and keep other devices from using the line heavily during the meeting.',
    'fix.busy': 'The delay rises a lot when the line is busy: pause downloads, backups and streaming on the home network during meetings.',
  },
  nb: {
    title: 'Nettverkskvalitet for video',
    'no-network': 'Fikk ikke kontakt med testserverne, så nettverkskvaliteten er ukjent.',
    'speed-hd':
      'Nedlasting {down, number, ::.#} Mbit/s, opplasting {up, number, ::.#} Mbit/s: nok til HD-video én til én (minst {hd, number} Mbit/s hver vei).',
    'speed-marginal':
      'Nedlasting {down, number, ::.#} Mbit/s, opplasting {up, number, ::.#} Mbit/s: under de {hd, number} Mbit/s hver vei som HD-video trenger, så bildet kan falle til lavere kvalitet.',
    'speed-poor':
      'Nedlasting {down, number, ::.#} Mbit/s, opplasting {up, number, ::.#} Mbit/s: under {sd, number} Mbit/s i minst én retning, så regn med SD-video eller bare lyd.',
    'group-hd': 'Nok til HD-video i gruppemøter (minst {up, number, ::.#} Mbit/s opp og {down, number, ::.#} Mbit/s ned).',
    'group-short': 'Ikke nok til HD-video i gruppemøter, som trenger {up, number, ::.#} Mbit/s opp og {down, number, ::.#} Mbit/s ned.',
    'speed-unknown': 'Fikk ikke målt hastigheten på linjen.',
    'udp-blocked': 'UDP er sperret, så samtaler må gå over TCP, som takler forsinkelser dårligere (bare TCP, redusert kvalitet).',
    latency: 'Svartid (tur-retur) {latency, number, ::.#} ms, variasjon i svartid {jitter, number, ::.#} ms, pakketap {loss, number, ::.#} %.',
    'latency.no-jitter': 'Svartid (tur-retur) {latency, number, ::.#} ms.',
    'latency-tcp':
      'Svartid (tur-retur) over TCP {latency, number, ::.#} ms, variasjon i svartid {jitter, number, ::.#} ms (fra {samples, plural, one {# måling} other {# målinger}} over TCP: et grovt tall).',
    'latency-unknown': 'Fikk ikke målt svartiden.',
    'latency-high': 'Svartiden er over {good, number} ms, så samtalen kan føles treg.',
    'latency-bad': 'Svartiden er over {bad, number} ms: for tregt for en god samtale.',
    'jitter-high': 'Svartiden varierer med mer enn {good, number} ms, så lyd og bilde kan hakke.',
    'jitter-bad': 'Svartiden varierer med mer enn {bad, number} ms: lyd og bilde kommer til å falle ut.',
    'loss-high': 'Pakketapet er over {good, number} %, så lyd og bilde kan falle ut innimellom.',
    'loss-bad': 'Pakketapet er over {bad, number} %: lyd og bilde kommer til å falle ut.',
    'jitter-tcp-high': 'Over TCP varierer svartiden med mer enn {good, number} ms. Med så få målinger er tallet grovt, så det gir bare en advarsel.',
    'loss-undecided':
      '{lost, number} av {sent, plural, one {# testpakke} other {# testpakker}} gikk tapt ({loss, number, ::.#} %): for få til å si om tapet er over {good, number} % (alt fra {low, number, ::.#} til {high, number, ::.#} % passer).',
    loaded: 'Når linjen er i full bruk, er svartiden {loaded, number, ::.#} ms ({rise, number, ::.#} ms mer).',
    'loaded-both': 'Når linjen er i full bruk, er svartiden {down, number} ms ved nedlasting og {up, number} ms ved opplasting (i ro: {idle, number} ms).',
    'bloat-low': 'Svartiden holder seg lav når linjen er i full bruk, så andre hjemme kan strømme og laste opp under møtene dine.',
    'bloat-up': 'Videoen kan hakke når noen i huset laster opp (bilder til skyen, en sikkerhetskopi): da øker svartiden med {rise, number} ms.',
    'bloat-down': 'Videoen kan hakke når noen i huset strømmer eller laster ned: da øker svartiden med {rise, number} ms.',
    mos: 'Anslått samtalekvalitet: {mos, number, ::.0} av 5.',
    'fix.no-network':
      'Sjekk at maskinen er koblet til internett, og kjør sjekken på nytt. Er den det, spør IT om en brannmur eller mellomtjener stopper testen.',
    'fix.bandwidth':
      'Sitt nær ruteren eller bruk nettverkskabel, og sett annen tung bruk av linjen (strømming, nedlastinger, sikkerhetskopier) på pause under møtet. Er det fortsatt tregt, spør internettleverandøren om et raskere abonnement.',
    'fix.udp': 'Be IT eller den som drifter nettverket om å åpne for utgående UDP til videomøter (for Teams: UDP-portene 3478–3481).',
    'fix.latency': 'Bruk nettverkskabel i stedet for trådløst nettverk om du kan, og slå av VPN under møtet hvis arbeidsgiveren din tillater det.',
    'fix.wifi': 'Bruk nettverkskabel eller flytt nærmere ruteren, og unngå at andre enheter bruker linjen tungt under møtet.',
    'fix.busy': 'Svartiden øker mye når linjen er i bruk: sett nedlastinger, sikkerhetskopier og strømming i hjemmenettverket på pause under møter.',
  },
  nn: {
    'loaded-both': 'Når linja er i full bruk, er svartida {down, number} ms ved nedlasting og {up, number} ms ved opplasting (i ro: {idle, number} ms).',
    'bloat-low': 'Svartida held seg låg når linja er i full bruk, så andre heime kan strøyme og laste opp under møta dine.',
    'bloat-up': 'Videoen kan hakke når nokon i huset lastar opp (bilete til skya, ein tryggleikskopi): då aukar svartida med {rise, number} ms.',
    'bloat-down': 'Videoen kan hakke når nokon i huset strøymer eller lastar ned: då aukar svartida med {rise, number} ms.',
    title: 'Nettverkskvalitet for video',
    'no-network': 'Fekk ikkje kontakt med testtenarane, så vi veit ikkje korleis nettverkskvaliteten er.',
    'speed-hd': 'Nedlasting {down, number} Mbit/s, opplasting {up, number} Mbit/s: nok til HD-video éin til éin (minst {hd, number} Mbit/s kvar veg).',
    'speed-marginal':
      'Nedlasting {down, number} Mbit/s, opplasting {up, number} Mbit/s: under dei {hd, number} Mbit/s kvar veg som HD-video treng, så biletet kan falle til lågare kvalitet.',
    'speed-poor':
      'Nedlasting {down, number} Mbit/s, opplasting {up, number} Mbit/s: under {sd, number} Mbit/s i minst éi retning, så rekn med SD-video eller berre lyd.',
    'group-hd': 'Nok til HD-video i gruppemøte (minst {up, number} Mbit/s opp og {down, number} Mbit/s ned).',
    'group-short': 'Ikkje nok til HD-video i gruppemøte, som treng {up, number} Mbit/s opp og {down, number} Mbit/s ned.',
    'speed-unknown': 'Fekk ikkje målt farten på linja.',
    'udp-blocked': 'UDP er sperra, så samtalar må gå over TCP, som taklar forseinkingar dårlegare (berre TCP, redusert kvalitet).',
    latency: 'Svartid (tur-retur) {latency, number} ms, variasjon i svartida {jitter, number} ms, pakketap {loss, number} %.',
    'latency.no-jitter': 'Svartid (tur-retur) {latency, number} ms.',
    'latency-tcp':
      'Svartid (tur-retur) over TCP {latency, number} ms, variasjon i svartida {jitter, number} ms (frå {samples, plural, one {# måling} other {# målingar}} over TCP: eit grovt tal).',
    'latency-unknown': 'Fekk ikkje målt svartida.',
    'latency-high': 'Svartida er over {good, number} ms, så samtalen kan kjennast treg.',
    'latency-bad': 'Svartida er over {bad, number} ms: for tregt til ein god samtale.',
    'jitter-high': 'Svartida varierer med meir enn {good, number} ms, så lyd og bilete kan hakke.',
    'jitter-bad': 'Svartida varierer med meir enn {bad, number} ms: lyd og bilete kjem til å falle ut.',
    'loss-high': 'Pakketapet er over {good, number} %, så lyd og bilete kan falle ut no og då.',
    'loss-bad': 'Pakketapet er over {bad, number} %: lyd og bilete kjem til å falle ut.',
    'jitter-tcp-high': 'Over TCP varierer svartida med meir enn {good, number} ms. Med så få målingar er talet grovt, så det gjev berre ei åtvaring.',
    'loss-undecided':
      '{lost, number} av {sent, number} testpakkar gjekk tapt ({loss, number} %): for få til å seie om tapet er over {good, number} % (alt frå {low, number} til {high, number} % passar).',
    loaded: 'Når linja er i full bruk, er svartida {loaded, number} ms ({rise, number} ms meir).',
    mos: 'Venta samtalekvalitet: {mos, number} av 5.',
    'fix.no-network':
      'Sjekk at maskinen er kopla til internett, og køyr sjekken på nytt. Er han det, spør IT om ein brannmur eller mellomtenar stoppar testen.',
    'fix.bandwidth':
      'Sit nær ruteren eller bruk nettverkskabel, og set anna tung bruk av linja (strøyming, nedlastingar, tryggingskopiar) på pause medan møtet varer. Er det framleis tregt, spør internettleverandøren om eit raskare abonnement.',
    'fix.udp': 'Be IT eller den som driftar nettverket, opne for utgåande UDP til videomøte (for Teams: UDP-portane 3478–3481).',
    'fix.latency': 'Bruk nettverkskabel i staden for trådlaust nett om du kan, og slå av VPN medan møtet varer, dersom arbeidsgivaren din tillèt det.',
    'fix.wifi': 'Bruk nettverkskabel eller flytt deg nærare ruteren, og unngå at andre einingar brukar linja tungt medan møtet varer.',
    'fix.busy': 'Svartida aukar mykje når linja er i bruk: set nedlastingar, tryggingskopiar og strøyming i heimenettverket på pause under møte.',
  },
} as const;

export type NetMessage = keyof typeof messages.en;
