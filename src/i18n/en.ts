/**
 * English messages. Keys are stable ids; `{name}` marks a parameter. The Bokmål catalogue (nb.ts)
 * must have exactly the same keys: the type system and a test both insist.
 * Sections are kept apart so that each check's messages stay together.
 */
export const en = {
  // --- engine ---
  'engine.timeout': 'The check did not finish within {seconds} s, so the result is unknown.',
  'engine.error': 'The check failed unexpectedly ({reason}), so the result is unknown.',
  'engine.skipped.option': 'Skipped: turned off for this run.',
  'engine.skipped.offline': 'Skipped: no network measurements in offline mode.',
  'engine.skipped.platform': 'Skipped: not applicable on this operating system.',
  'engine.unanswered': 'Not answered.',

  // --- verdicts and report text ---
  'verdict.ready': 'Ready',
  'verdict.ready-with-warnings': 'Ready, with warnings',
  'verdict.not-ready': 'Not ready',
  'status.pass': 'OK',
  'status.warn': 'Warning',
  'status.fail': 'Fails',
  'status.unknown': 'Unknown',
  'status.skipped': 'Skipped',
  'category.device': 'Device',
  'category.network': 'Network',
  'category.accounts': 'Accounts',
  'category.room': 'Room',
  'category.conduct': 'Conduct in meetings',
  'category.data': 'Data',
  'category.incident': 'Incidents',
  'plain.heading': 'Home office check for video meetings',
  'plain.score': 'Readiness score: {score}/100 — {verdict}',
  'plain.blockers': 'Must be fixed before the meeting:',
  'plain.shortfalls': 'To fix:',
  'plain.fine': 'Fine: {count} item(s).',
  'plain.unknown': 'Could not tell:',
  'plain.unanswered': '{count} question(s) not answered.',
  'plain.fix': 'Fix: {text}',

  // --- os-updates ---
  'os.title': 'Operating system updates',
  'os.supported': '{name} gets security updates until {date}.',
  'os.unsupported': '{name} stopped getting security updates on {date}.',
  'os.support-unknown': 'The end of support for {name} is not in the bundled table.',
  'os.pending-security': '{count} security update(s) waiting to be installed.',
  'os.pending-other': '{count} update(s) waiting to be installed.',
  'os.pending-none': 'No updates waiting.',
  'os.pending-unknown': 'Could not read the waiting updates ({reason}).',
  'os.reboot': 'A restart is needed to finish installing updates.',
  'os.stale-lists': 'The update lists were last refreshed {days} days ago, so newer updates may be missing from this count.',
  'os.days-since': 'Last software change {days} days ago.',
  'os.table-old': 'The support table in this tool is from {date}; update homeoffice-check for current dates.',
  'os.unknown-os': 'Could not identify the operating system ({reason}).',
  'os.fix.unsupported': 'Move to a supported version of the operating system, or ask IT for a work computer that is supported.',
  'os.fix.pending': 'Install the waiting updates now and restart the computer.',
  'os.fix.reboot': 'Restart the computer to finish the updates.',
  'os.fix.unknown': 'Check for updates in the system settings and install everything offered.',

  // --- wifi-security ---

  // --- camera-mic ---

  // --- network-quality ---
  'net.title': 'Network quality for video',
  'net.no-network': 'Could not reach the test servers ({reason}), so the network quality is unknown.',
  'net.speed-hd': 'Download {down} Mbit/s, upload {up} Mbit/s: enough for HD video one-to-one (at least {hd} Mbit/s each way).',
  'net.speed-marginal': 'Download {down} Mbit/s, upload {up} Mbit/s: below the {hd} Mbit/s each way that HD video needs, so the picture may drop to lower quality.',
  'net.speed-poor': 'Download {down} Mbit/s, upload {up} Mbit/s: under {sd} Mbit/s one way, so expect SD video or audio only.',
  'net.group-hd': 'Enough for HD video in group meetings (at least {up} Mbit/s up and {down} Mbit/s down).',
  'net.group-short': 'Not enough for HD video in group meetings, which need {up} Mbit/s up and {down} Mbit/s down.',
  'net.speed-unknown': 'Could not measure the speed of the connection ({reason}).',
  'net.udp-blocked': 'UDP is blocked, so calls must fall back to TCP, which copes worse with delays (TCP only, degraded).',
  'net.latency': 'Round-trip time {latency} ms, jitter {jitter} ms, packet loss {loss} %.',
  'net.latency-tcp': 'Round-trip time over TCP {latency} ms, jitter {jitter} ms.',
  'net.latency-unknown': 'Could not measure the round-trip time.',
  'net.latency-high': 'The round-trip time is above {good} ms, so conversation can feel sluggish.',
  'net.latency-bad': 'The round-trip time is above {bad} ms: too slow for a good conversation.',
  'net.jitter-high': 'The jitter is above {good} ms, so sound and picture may stutter.',
  'net.jitter-bad': 'The jitter is above {bad} ms: sound and picture will break up.',
  'net.loss-high': 'Packet loss is above {good} %, so sound and picture may break up now and then.',
  'net.loss-bad': 'Packet loss is above {bad} %: sound and picture will break up.',
  'net.loaded': 'While the line is busy the round-trip time is {loaded} ms ({rise} ms more).',
  'net.mos': 'Estimated call quality: {mos} of 5.',
  'net.fix.no-network': 'Check that the computer is connected to the internet, then run the check again. If it is, ask IT whether a firewall or proxy stops the test.',
  'net.fix.bandwidth': 'Sit close to the router or use a network cable, and pause other heavy use of the line (streaming, downloads, backups) during the meeting. If it stays slow, ask your internet provider about a faster subscription.',
  'net.fix.udp': 'Ask IT or whoever runs the network to allow outgoing UDP for video meetings (for Teams: UDP ports 3478-3481).',
  'net.fix.latency': 'Use a network cable instead of Wi-Fi if you can, and turn off VPN for the meeting if your organisation allows it.',
  'net.fix.wifi': 'Use a network cable or move closer to the router, and keep other devices from using the line heavily during the meeting.',
  'net.fix.busy': 'The delay rises a lot when the line is busy: pause downloads, backups and streaming on the home network during meetings.',

  // --- tui and questionnaire ---

  // --- policy, upload, fleet summary ---

  // --- more device checks ---
} as const;

export type MessageId = keyof typeof en;
