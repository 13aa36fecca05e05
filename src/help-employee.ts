/**
 * "For employees": the short text that opens `--help` (and README.md, "For ansatte"), for the
 * person at the computer rather than for IT. Plain words, no options. Keep it and the README's
 * section saying the same.
 */
export const EMPLOYEE_HELP = {
  nb: `For ansatte
  homeoffice-check sjekker om datamaskinen din og rommet du sitter i er klare for et sikkert
  videomøte hjemmefra. Programmet ser selv etter det en maskin kan vise (oppdateringer, brannmur,
  kamera og mikrofon, nettverket) og stiller deg noen korte spørsmål om det den ikke kan se, for
  eksempel om du sitter alene i et rom med lukket dør. Til slutt får du en poengsum fra 0 til 100
  og en liste over hva du bør ordne, og hvordan.

  Slik starter du: dobbeltklikk på filen du har fått fra IT. Et vindu åpnes. Svar med piltastene
  og Enter. Kan noe rettes i en innstilling, sier resultatet det: Enter åpner innstillingen, og r
  sjekker på nytt. Trykk q når du er ferdig, og en tast for å lukke vinduet. Du trenger ikke å
  installere noe.

  Svarene dine blir på denne maskinen. Ingenting sendes noe sted, med mindre IT har satt opp at en
  rapport skal sendes til dem. Rapporten inneholder ikke navnet på det trådløse nettverket ditt
  eller IP-adresser, og heller ikke maskinnavnet eller brukernavnet ditt med mindre IT har bedt om
  det. For å måle hastigheten på internett kobler programmet seg til en måletjeneste, men svarene
  dine sendes ikke dit.
`,
  nn: `For tilsette
  homeoffice-check sjekkar om datamaskinen din og rommet du sit i, er klare for eit trygt
  videomøte heimanfrå. Programmet ser sjølv etter det ein maskin kan vise (oppdateringar,
  brannmur, kamera og mikrofon, nettverket) og stiller deg nokre korte spørsmål om det ein maskin
  ikkje kan sjå, til dømes om du sit åleine i eit rom med døra att. Til slutt får du ein poengsum frå
  0 til 100 og ei liste over kva du bør ordne, og korleis.

  Slik startar du: dobbeltklikk på fila du har fått frå IT. Eit vindauge opnar seg. Svar med
  piltastane og Enter. Når resultatet blir vist, trykkjer du ein tast for å lukke vindauget. Du
  treng ikkje installere noko.

  Svara dine blir verande på denne maskinen. Ingenting blir sendt nokon stad, med mindre IT har
  sett opp at ein rapport skal sendast til dei. Rapporten inneheld ikkje namnet på det trådlause
  nettet ditt eller IP-adresser, og heller ikkje maskinnamnet eller brukarnamnet ditt med mindre
  IT har bede om det. For å måle farten på internett koplar programmet seg til ei måleteneste,
  men svara dine blir ikkje sende dit.
`,
  en: `For employees
  homeoffice-check checks whether your computer and the room you are in are ready for a secure
  video meeting from home. It looks for itself at what a computer can show (updates, firewall,
  camera and microphone, the network) and asks you a few short questions about what it cannot
  see, such as whether you are alone in a room with the door closed. At the end you get a score
  from 0 to 100 and a list of what to fix, and how.

  How to start it: double-click the file IT gave you. A window opens. Answer with the arrow keys
  and Enter. Where something can be fixed in a setting, the result says so: Enter opens the
  setting, and r checks again. Press q when you are done, then a key to close the window.
  Nothing to install.

  Your answers stay on this computer. Nothing is sent anywhere unless IT has set up that a report
  is sent to them. The report does not contain the name of your wireless network or IP addresses,
  nor the computer's name or your user name unless IT has asked for them. To measure the speed of
  the internet connection the program contacts a measuring service, but your answers are not sent
  there.
`,
} as const;
