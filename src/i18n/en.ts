/**
 * English messages. Keys are stable ids; `{name}` marks a parameter. The Bokmål (nb.ts) and Nynorsk
 * (nn.ts) catalogues must have exactly the same keys: the type system and a test both insist.
 * Sections are kept apart so that each check's messages stay together.
 */
export const en = {
  // --- engine ---
  'engine.timeout': 'The check did not finish in time, so the result is unknown.',
  'engine.error': 'Could not finish ({why}), so the result is unknown.',
  'engine.skipped': 'Skipped: {why}.',
  'engine.unanswered': 'Not answered.',

  // --- why a check could not tell (codes in src/check.ts) ---
  'reason.lead': 'Why: {text}.',
  'reason.lead.tool': 'Why: {text} ({tool}).',
  'reason.not-found': 'what the check reads is not on this machine',
  'reason.not-installed': 'the component the check looks for is not installed',
  'reason.no-device': 'there is no such device on this machine',
  'reason.not-connected': 'the device is not connected',
  'reason.timeout': 'no answer came in time',
  'reason.denied': 'the operating system refused access',
  'reason.needs-admin': 'only an administrator can read it',
  'reason.location-off': 'Windows shows Wi-Fi details only to apps allowed to use location, and location is off',
  'reason.constrained-language': 'PowerShell is locked down on this machine (Constrained Language Mode)',
  'reason.service-account': 'the tool runs as a service account and cannot see the logged-on user',
  'reason.no-session': 'no desktop session was found whose settings could be read',
  'reason.unreadable': 'the answer from the system had an unexpected form',
  'reason.failed': 'the program ended with an error',
  'reason.unsupported': 'this is not supported on this system',
  'reason.not-in-table': "this version is not in the tool's table",
  'reason.network-error': 'the network could not be reached',
  'reason.internal': 'a fault in homeoffice-check itself',
  'reason.disabled': 'turned off for this run',
  'reason.offline': 'no network measurements in offline mode',
  'reason.not-applicable': 'does not apply to this operating system',

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
  'plain.blockers': 'Must be fixed before the meeting:',
  'plain.shortfalls': 'Fix soon:',
  'plain.unknown': 'Could not tell:',
  'plain.fix': 'Fix: {text}',

  // --- tui and questionnaire ---
  'q.yes': 'Yes',
  'q.no': 'No',
  'q.unsure': 'Not sure',
  'q.not-used': 'I do not use it',
  'q.service.email': 'work e-mail and Microsoft 365',
  'q.service.vpn': 'VPN',
  'q.service.video': 'the video meeting tool',
  'q.data-class.question': 'What is the most sensitive information this meeting will cover?',
  'q.data-class.why': 'The more sensitive the information, the stricter the demands on the room, the device and the tool.',
  'q.data-class.fix': 'Find out how sensitive the meeting is before it starts; ask your manager if in doubt.',
  'q.data-class.green': 'Open (green): could be shared with anyone',
  'q.data-class.yellow': 'Internal (yellow): for colleagues only',
  'q.data-class.red': 'Confidential (red): health information, client matters or other sensitive personal data',
  'q.room-private.question': 'Where will you sit during the meeting?',
  'q.room-private.why': 'Nobody else in the home should see or overhear a confidential conversation.',
  'q.room-private.fix': 'Sit alone in a room with the door closed. If you cannot, use headphones and speak where nobody can overhear.',
  'q.room-private.alone-closed': 'Alone in a room with the door closed',
  'q.room-private.others-nearby': 'Others may be nearby',
  'q.room-private.open-area': 'In an open area where others pass',
  'q.room-headset.question': 'Will you use headphones or a headset?',
  'q.room-headset.why': 'From a loudspeaker, the other side of the conversation can be heard through walls and doors.',
  'q.room-headset.fix': 'Use headphones or a headset, so that only you hear the others.',
  'q.room-screen-privacy.question': 'Is your screen out of sight of others in the home and of windows?',
  'q.room-screen-privacy.why': 'What is on the screen can be read over your shoulder or from outside.',
  'q.room-screen-privacy.fix': 'Turn the screen away from doors and windows, or use a privacy filter.',
  'q.room-background.question': 'Is the camera background free of anything sensitive (papers, whiteboards, photos of others)?',
  'q.room-background.why': 'Everyone in the meeting sees what is behind you, and a recording keeps it.',
  'q.room-background.fix': 'Clear what the camera sees, or turn on a blurred background.',
  'q.room-listening-devices.question': 'Are smart speakers and other phones switched off or out of the room?',
  'q.room-listening-devices.why': 'Smart speakers and phones have microphones that can pick up the conversation.',
  'q.room-listening-devices.fix': 'Switch off or mute smart speakers, and leave other phones outside the room during the meeting.',
  'q.room-clean-desk.question': 'Is your desk free of printouts and handwritten notes with personal data?',
  'q.room-clean-desk.why': 'Few have a shredder at home, and notes lying about can be read or lost.',
  'q.room-clean-desk.fix': 'Do not take notes by hand; keep notes in the work systems, and lock away papers you must print.',
  'q.room-physical-access.question': 'Are you the only one who uses the work computer, and can others in the home keep away from it?',
  'q.room-physical-access.why': 'Whoever can get at the computer can read or change work information.',
  'q.room-physical-access.fix': 'Do not let others use the work computer, and lock the screen (or the door) when you leave it.',
  'q.acc-mfa.question': 'Do you sign in to {service} with two-step sign-in (a code by SMS or in an app besides the password)?',
  'q.acc-mfa.why': 'A stolen password alone should not let anyone into your work account.',
  'q.acc-mfa.fix': 'Turn on two-step sign-in for {service}, for example with an app on your phone. IT can help you.',
  'q.acc-passwords.question': 'Are your work passwords long, and used nowhere else?',
  'q.acc-passwords.why': 'A password leaked from another website is tried everywhere else first.',
  'q.acc-passwords.fix': 'Use a long passphrase for each work account, kept in a password manager your employer approves.',
  'q.acc-approved-tool.question': 'Is the video tool the one your organisation has approved, used with its licence rather than a private account?',
  'q.acc-approved-tool.why': 'Only an approved tool comes with agreed settings, a data processing agreement and known storage of data.',
  'q.acc-approved-tool.fix': 'Use the video tool your organisation has approved, signed in with your work account. Ask IT which one it is.',
  'q.mtg-private-link.question': 'Is the meeting link private and protected with a passcode or a waiting room?',
  'q.mtg-private-link.why': 'A link that leaks lets anyone who has it walk into the meeting.',
  'q.mtg-private-link.fix': 'Send the link only to those invited, and turn on a passcode or a waiting room where you let people in yourself.',
  'q.mtg-verify-participants.question': 'Will you know who is in the meeting, including anyone who dials in by phone?',
  'q.mtg-verify-participants.why': 'An unknown participant can hear everything that is said.',
  'q.mtg-verify-participants.fix':
    'Check the list of participants when the meeting starts and whenever someone joins; end the meeting at once if a stranger joins.',
  'q.mtg-no-chat.question': 'Will you keep sensitive matters to speech and out of the meeting chat?',
  'q.mtg-no-chat.why': 'The chat is stored, often longer and in more places than you think.',
  'q.mtg-no-chat.fix': 'Say sensitive things out loud instead of writing them in the chat.',
  'q.mtg-sharing.question': 'Will you share your screen in this meeting?',
  'q.mtg-sharing.why':
    'The rules for confidential meetings say to avoid screen sharing: a notification or an open window can show confidential information to everyone.',
  'q.mtg-sharing.fix':
    'In a confidential meeting, do not share the screen: say it instead, or send the document the way your employer approves. Where you must share, share one window only, close other programs and turn on "do not disturb" first.',
  'q.mtg-no-recording.question': 'Will the meeting be recorded?',
  'q.mtg-no-recording.why': 'A recording holds everything that was said, and it must be stored and deleted under the rules for personal data.',
  'q.mtg-no-recording.fix':
    'Do not record the meeting unless it is agreed in advance and everyone has consented. In a confidential meeting, store a recording only where your employer approves for such data; in the health sector NFKUT allows only a secure server, such as TSD (Tjenester for sensitive data).',
  'q.mtg-minimise-names.question': 'Will you refer to patients and clients by an id instead of their names?',
  'q.mtg-minimise-names.why': 'Without a name, what is overheard or leaked cannot be tied to a person.',
  'q.mtg-minimise-names.fix': 'Refer to patients and clients by an id from the case system, not by name.',
  'q.data-no-private-cloud.question': 'Are work files kept only where your employer has approved, not in a private cloud (Dropbox, Google Drive, iCloud)?',
  'q.data-no-private-cloud.why': "Private cloud storage is outside your employer's control and can expose work information.",
  'q.data-no-private-cloud.fix': 'Move work files to the storage your employer has approved, and delete them from private cloud storage.',
  'q.inc-reporting.question': 'Do you know how to report a security incident at once (a lost device, e-mail to the wrong person, a stranger in a meeting)?',
  'q.inc-reporting.why': 'The sooner IT hears of an incident, the more harm can be prevented.',
  'q.inc-reporting.fix': 'Find out now how your organisation wants incidents reported (a phone number or a form), and keep it at hand.',
  'q.inc-72h.question':
    'Do you know that a personal data breach must be reported to Datatilsynet as soon as possible, and within 72 hours of its discovery at the latest?',
  'q.inc-72h.why':
    'The deadline runs from the discovery, so tell your employer at once: the employer, as the controller, reports it. If you run your own practice, you are the controller and report it yourself.',
  'q.inc-72h.fix':
    'Tell your manager or data protection officer at once if personal data goes astray. The employer reports to Datatilsynet through Altinn, as soon as possible and within 72 hours, unless the breach is unlikely to lead to a risk for the people concerned. If you run your own practice, you are the controller: report it yourself in Altinn.',
  'q.net-router-hardened.question': 'Have you changed the factory password for signing in to your home router?',
  'q.net-router-hardened.why': 'Factory passwords are known; whoever gets into the router can watch or redirect your traffic.',
  'q.net-router-hardened.fix': "Change the router's admin password and install its updates, or ask your internet provider to help.",
  'tui.why': 'Why: {text}',
  'tui.background': 'The computer is being checked in the background while you answer the questions.',
  'tui.keys': 'Choose with the arrow keys and Enter, or press y (yes), n (no) or u (not sure). Ctrl+C stops.',
  'tui.checking': 'checking…',
  'tui.done-count': '{done, number} of {count, plural, one {# check} other {# checks}} done',
  'tui.phase.latency': 'round-trip time',
  'tui.phase.download': 'download',
  'tui.phase.upload': 'upload',
  'tui.answer-prompt': 'Answer (1-{count, number}):',
  'tui.answer-again': 'Type a number from 1 to {count, number}, or y, n or u.',
  'tui.lines-intro': 'Answer each question with its number (or y, n, u) and Enter. Ctrl+C stops.',
  'tui.report-saved': 'Report saved to {file}',
  'tui.act.heading': 'Fix it now',
  'tui.act.keys': 'Up and down arrows: choose · Enter: open the setting · r: check again · q: done',
  'tui.act.keys-one': 'Enter: open the setting · r: check again · q: done',
  'tui.act.now': 'Now: {head}',
  'tui.act.opening': 'Opening the setting…',
  'tui.act.opened': 'The setting is open. Change it there, then press r to check again.',
  'tui.act.open-failed': 'The setting could not be opened from here: follow the steps in the fix above.',
  'tui.act.checking': 'Checking again…',
  'tui.act.checked': 'Checked again.',

  // --- policy, upload, fleet summary ---
  'upload.failed': 'Warning: the report could not be sent to {url} ({reason}; {attempts, plural, one {# attempt} other {# attempts}}).',
  'upload.kept': 'The report is kept in {file}.',
  'summary.heading': 'Home office checks: fleet summary',
  'summary.reports': '{valid, plural, one {# report} other {# reports}} read, {broken, plural, one {# file} other {# files}} could not be used.',
  'summary.period': 'Runs from {first, date, long} to {last, date, long}.',
  'summary.verdicts': 'Verdicts',
  'summary.score': 'Readiness score: median {median, number, ::.}, worst 10 % {worst, number, ::.}.',
  'summary.blockers': 'Most common blockers',
  'summary.shortfalls': 'Most common shortfalls',
  'summary.checks': 'Checks',
  'summary.questions': 'Questions',
  'summary.by-os': 'By operating system',
  'summary.network': 'Network quality for video ({count, plural, one {# report} other {# reports}} with measurements)',
  'summary.network-note': 'Worst 10 %: the 10th percentile for speeds and call quality, the 90th for delay, jitter and loss.',
  'summary.broken': 'Files that could not be used',
  'summary.none': 'None.',
  'summary.more': '… and {count, number} more.',
  'summary.no-valid': 'no valid report among {count, plural, one {# file} other {# files}}',
  'summary.kind.check': 'check',
  'summary.kind.question': 'question',
  'summary.col.item': 'Item',
  'summary.col.kind': 'Kind',
  'summary.col.count': 'Count',
  'summary.col.share': 'Share',
  'summary.col.reports': 'Reports',
  'summary.col.os': 'Operating system',
  'summary.col.figure': 'Figure',
  'summary.col.score': 'Readiness score',
  'summary.col.median': 'Median',
  'summary.col.worst': 'Worst 10 %',
  'summary.col.unanswered': 'Unanswered',
  'summary.col.blocker': 'Blocker',
  'summary.col.file': 'File',
  'summary.col.reason': 'Reason',
  'summary.metric.downloadMbps': 'Download (Mbit/s)',
  'summary.metric.uploadMbps': 'Upload (Mbit/s)',
  'summary.metric.latencyMs': 'Round-trip time (ms)',
  'summary.metric.jitterMs': 'Jitter (ms)',
  'summary.metric.lossPercent': 'Packet loss (%)',
  'summary.metric.mos': 'Call quality (MOS, 1-5)',
  'summary.chart.verdicts': 'Verdicts of {count, plural, one {# report} other {# reports}}',
  'summary.chart.items': 'Shortfalls per item: fails, warnings and unknown',
  'summary.chart.distribution': 'Distribution of {metric}',
  'summary.chart.scores': 'Readiness scores of {count, plural, one {# report} other {# reports}}',
  'summary.counted':
    'Counted: {counted, plural, one {# report} other {# reports}}, the latest from each of {devices, plural, one {# device} other {# devices}} known by host name; {superseded, plural, one {# older report} other {# older reports}} from the same devices left out.',
  'summary.counted-all':
    'Counted: all {counted, plural, one {# report} other {# reports}}, older ones from the same device too (--all-reports); {devices, plural, one {# device} other {# devices}} known by host name.',
  'summary.unidentified':
    '{count, plural, one {# report carries no host name: it cannot} other {# reports carry no host name: they cannot}} be matched to a device, and each is counted.',
  'summary.count.valid': 'Valid reports read',
  'summary.count.counted': 'Reports counted',
  'summary.count.superseded': 'Older reports of the same device, not counted',
  'summary.count.identified': 'Devices known by host name',
  'summary.count.unidentified': 'Reports without a host name',
  'policy.help': 'Help from {organisation}: {contact}',
  'policy.by': 'Checked against the policy of {organisation}.',

  // --- more device checks ---

  // --- video tool advice ---
  'advice.heading': 'Advice on choosing a video tool (does not count in the score):',
  'advice.intro':
    'For a meeting of this kind ({need}) with {dataClass} information, these kinds of tools fit, according to the sources named with each tool. If your employer has approved a tool, use that one.',
  'advice.need.one-to-one-client': 'one-to-one with a client or another outside party',
  'advice.need.colleagues': 'colleagues and regular contacts',
  'advice.need.many-international': 'many participants, also in other countries',
  'advice.need.health-consultation': 'a health consultation',
  'advice.class.green': 'open (green)',
  'advice.class.yellow': 'internal (yellow)',
  'advice.class.red': 'confidential (red)',
  'advice.class.unsure': 'not yet classified',
  'advice.fit.fits': 'fits',
  'advice.fit.conditions': 'fits only on conditions',
  'advice.fit.not-suitable': 'not suitable',
  'advice.tool': '{name}: {fit}. {reasons}',
  'advice.e2ee.yes': 'End-to-end encrypted.',
  'advice.e2ee.setting': 'End-to-end encryption must be turned on for each meeting.',
  'advice.e2ee.not-stated': 'The sources do not say it is end-to-end encrypted.',
  'advice.storage.none': 'Calls and video are not stored.',
  'advice.storage.eea': 'Data is stored in the EEA.',
  'advice.storage.eea-userdata-usa': 'Meetings run in data centres in the EEA, but user data is stored in the USA.',
  'advice.storage.usa-unless-eea': 'Data is stored in the USA unless the organisation asks for the EEA.',
  'advice.storage.usa': 'Data, including metadata, is stored in the USA.',
  'advice.storage.provider': 'Runs on the organisation\u2019s own servers or a supplier\u2019s.',
  'advice.storage.agreement': 'Run apart from the public service, under a data processing agreement.',
  'advice.storage.not-stated': 'The sources do not say where data is stored.',
  'advice.guest.no-account': 'Guests need no account.',
  'advice.guest.account': 'Guests must register (an account or an e-mail address).',
  'advice.guest.browser': 'Guests join in the browser, nothing to install.',
  'advice.guest.install': 'Guests must install the app.',
  'advice.red.approved': 'Named in the health sector\u2019s advice as fit for confidential (red) data.',
  'advice.red.conditional': 'Fit for confidential (red) data only on the conditions that follow.',
  'advice.red.not-assessed': 'The sources do not assess it for confidential (red) data: ask IT before using it for that.',
  'advice.red.not-approved': 'Not approved for confidential (red) data.',
  'advice.note.confrere':
    'Built for one-to-one consultations; can check who the other party is with BankID. The supplier states on its own page that it meets Normen\u2019s demands, end-to-end encryption among them.',
  'advice.note.whereby': 'In 2020 the Bar Association\u2019s list gave it as free for up to 4 participants; prices may have changed since.',
  'advice.note.pexip': 'Needs a supplier of its own to set up.',
  'advice.note.zoom': 'Ordinary Zoom is not approved for health data: data and metadata are stored in the USA; approved for green and yellow data only.',
  'advice.note.zoom-sikt':
    'Only for universities and colleges with an agreement (Feide sign-in); create meetings in the installed app with the secure settings this check asks about. Recordings may not be stored in the health sector except on a secure server, such as TSD (Tjenester for sensitive data).',
  'advice.note.teams':
    'NFKUT: not made for the health service; the health directorate\u2019s settings ("Microsoft Teams for helsepersonell") must be in place before any consultation with patients.',
  'advice.note.kry': 'Free, but only for authorised health personnel; makes no recordings and stores no patient data; identifying the patient is up to you.',
  'advice.note.health-sector': 'Video services already used in the health sector; ask the supplier of your patient record system.',
  'advice.general.video-not-chat': 'Use the video and sound for sensitive talk, never the chat: chat messages stay behind.',
  'advice.general.alternative': 'Keep a second approved tool ready in case the first one is down.',
  'advice.general.no-recording': 'Do not record without agreeing it beforehand and getting consent.',
  'advice.general.unsure': 'Until you know how sensitive the meeting is, choose as if it were confidential (red).',
  'advice.general.ask-it':
    'The sources approve none of these tools outright for this kind of meeting with confidential information: ask IT which tool your organisation has approved for it.',
  'advice.general.health':
    'For health consultations, Normen\u2019s fact sheet 54 asks for a data processing agreement with the supplier, a risk assessment, and unambiguous identification of the patient (BankID or ID-porten, or a valid ID document for a patient you do not know). That patients must never meet each other in the tool is the supplier Confrere\u2019s reading of Normen; NFKUT asks for a waiting room.',
  'vtq.need.question': 'What kind of meeting is it?',
  'vtq.need.why': 'Different tools fit a one-to-one talk, a meeting with colleagues, a large international meeting and a health consultation.',
  'vtq.need.fix': 'Choose the kind of meeting that fits best, to get advice on the video tool.',
  'vtq.need.one-to-one-client': 'One-to-one with a client or another outside party',
  'vtq.need.colleagues': 'With colleagues or regular contacts',
  'vtq.need.many-international': 'Many participants, also in other countries',
  'vtq.need.health-consultation': 'A health consultation with a patient',
  'vtq.not-offered': 'My tool has no such setting',
  'vtq.generated-id.question': 'Does the meeting have its own generated meeting ID or link, not your personal meeting room?',
  'vtq.generated-id.why': 'A personal meeting room keeps the same address, so anyone who once had the link can walk in.',
  'vtq.generated-id.fix': 'Create a new meeting with a generated ID ("Generate Automatically"), not your personal meeting ID.',
  'vtq.passcode.question': 'Does the meeting have a passcode that you have not used for earlier meetings?',
  'vtq.passcode.why': 'A passcode stops people who guess or find the meeting ID.',
  'vtq.passcode.fix': 'Set a new passcode for this meeting; never reuse one.',
  'vtq.waiting-room.question': 'Is the waiting room (lobby) on, so that you let each participant in yourself?',
  'vtq.waiting-room.why': 'You see who is waiting before they can see or hear anything.',
  'vtq.waiting-room.fix': 'Turn on the waiting room (in Zoom: Security → Waiting Room; in Teams: the lobby) before the meeting.',
  'vtq.e2ee.question': 'Is end-to-end encryption turned on for the meeting?',
  'vtq.e2ee.why':
    'Only with end-to-end encryption can nobody in between, not even the supplier, see or hear the meeting; NFKUT says to turn it on whenever red data is involved.',
  'vtq.e2ee.fix': 'Turn on end-to-end encryption in the meeting\u2019s settings. If the tool cannot, ask IT whether it is approved for confidential meetings.',
  'vtq.join-before-host.question': 'Is "join before host" turned off?',
  'vtq.join-before-host.why': 'Participants who come in before you can meet each other, or a stranger, without you.',
  'vtq.join-before-host.fix': 'Untick "Join before host" (in Zoom under Advanced Options).',
  'vtq.lock.question': 'Will you lock the meeting once everyone expected has joined?',
  'vtq.lock.why': 'A locked meeting lets nobody else in, even with the link and passcode.',
  'vtq.lock.fix': 'When everyone is in, lock the meeting (in Zoom: Security → Lock Meeting). If a stranger joins, end the meeting at once and report it.',
  'vtq.private-link.question': 'Is the meeting link sent only to the participants directly, never posted openly?',
  'vtq.private-link.why': 'A link posted in a calendar others can see, a chat channel or a web page lets anyone in.',
  'vtq.private-link.fix': 'Send the link directly to each participant (e-mail, SMS); mark an Outlook invitation as private.',
  // --- score v2: the result in words, question titles, what IT receives ---
  'q.data-class.title': 'How sensitive the meeting is',
  'q.data-class.black': 'Strictly confidential or classified (black): not for video meetings',
  'q.data-class.fix-black':
    'Do not hold this meeting by video. Use the channel your organisation has approved for strictly confidential or classified information; ask your manager or security officer if you do not know it.',
  'q.room-private.title': 'The room',
  'q.room-headset.title': 'Headphones',
  'q.room-headset.relief': 'You sit alone behind a closed door, so headphones are not required; the advice is to use them where you can.',
  'q.room-screen-privacy.title': 'Screen out of sight',
  'q.room-background.title': 'Camera background',
  'q.room-listening-devices.title': 'Smart speakers and phones',
  'q.room-clean-desk.title': 'Clean desk',
  'q.room-physical-access.title': 'Who can use the computer',
  'q.acc-mfa.title': 'Two-step sign-in: {service}',
  'q.acc-passwords.title': 'Passwords',
  'q.acc-approved-tool.title': 'Approved video tool',
  'q.mtg-private-link.title': 'Private meeting link',
  'q.mtg-verify-participants.title': 'Who is in the meeting',
  'q.mtg-no-chat.title': 'Nothing sensitive in the chat',
  'q.mtg-sharing.title': 'Screen sharing',
  'q.mtg-sharing.no-sharing': "No, I won't share my screen",
  'q.mtg-no-recording.title': 'Recording',
  'q.mtg-minimise-names.title': 'No names of patients or clients',
  'q.mtg-minimise-names.no-clients': 'No patients or clients in this meeting',
  'q.data-no-private-cloud.title': 'Work files in approved storage',
  'q.inc-reporting.title': 'Reporting incidents',
  'q.inc-72h.title': 'The 72-hour deadline',
  'q.net-router-hardened.title': 'Router password',
  'q.net-router-hardened.isp-managed': 'The router is managed by my internet provider',
  'vtq.need.title': 'Kind of meeting',
  'vtq.generated-id.title': 'Generated meeting ID',
  'vtq.passcode.title': 'New passcode',
  'vtq.waiting-room.title': 'Waiting room',
  'vtq.e2ee.title': 'End-to-end encryption',
  'vtq.join-before-host.title': 'No joining before the host',
  'vtq.lock.title': 'Locking the meeting',
  'vtq.private-link.title': 'Link only to the participants',
  'result.head': '{verdict}. Score {score, number} of 100.',
  'result.verdict.not-ready': 'Not ready',
  'result.verdict.fix-soon': 'You can hold the meeting, but fix this soon',
  'result.verdict.notes': 'Ready, but see the notes',
  'result.verdict.ready': 'Ready',
  'result.machine.not-ready': 'The computer is not ready',
  'result.machine.fix-soon': 'The computer can be used, but fix this soon',
  'result.machine.notes': 'The computer is ready, but see the notes',
  'result.machine.ready': 'The computer is ready',
  'result.scope.machine': 'Only the computer was checked: no question was answered, so the room and your habits were not assessed.',
  'result.parts': 'Computer {machine, number} of 100 (measured), meeting {meeting, number} of 100 (your answers).',
  'result.class.red': 'A confidential (red) meeting: the strict rules apply.',
  'result.class.unsure': 'You are not sure how sensitive the meeting is, so the rules for confidential (red) meetings apply until you know.',
  'result.class.unanswered': 'How sensitive the meeting is was not answered, so the rules for confidential (red) meetings apply.',
  'result.class.black':
    'Strictly confidential or classified information (black) must not be discussed in a video meeting at all. Use the channel your organisation has approved for it.',
  'result.measured': 'measured on this computer',
  'result.declared': 'your answer',
  'result.answered': 'You answered {answer}.',
  'result.unanswered': 'Not answered.',
  'result.counts-as-no': 'In a confidential meeting that counts as {no}.',
  'result.unanswered-earns-nothing': 'An unanswered question earns nothing in the score.',
  'result.unanswered-list': 'Not answered ({count, number}):',
  'result.not-applicable': 'Does not apply ({count, number}):',
  'result.fine-measured': 'Fine, measured on this computer ({count, number}):',
  'result.fine-declared': 'Fine, by your answers ({count, number}):',
  'result.more': 'and {count, number} more',
  'share.heading.url': 'What IT receives (sent to {host} now):',
  'share.heading.file': 'What the report for IT ({file}) holds:',
  'share.nothing': 'Nothing from this run is sent to IT or saved.',
  'share.result': 'the verdict, the score and every line above, with what each check read on the computer (versions, settings, device models)',
  'share.answers': 'your answers to the questions',
  'share.system': 'the operating system and its version, the language, and when the check ran',
  'share.hostname': "the computer's name, because your organisation's policy asks for it",
  'share.username': "your user name, because your organisation's policy asks for it",
  'share.not': 'Not sent: {items}.',
  'share.item.network': 'the network name',
  'share.item.address': 'IP or MAC addresses',
  'share.item.hostname': "the computer's name",
  'share.item.username': 'your user name',
  // fleet summary v2 and the collector (summarize, serve)
  'summary.generated': 'Summary made {date, date, long} at {date, time, short} UTC.',
  'summary.since': 'Reports from {since, date, long} on; {count, plural, one {# older report} other {# older reports}} left out (--since).',
  'summary.unknown-incl': 'unknown (unanswered included)',
  'summary.devices-attention': 'Devices that need attention',
  'summary.devices': 'All devices',
  'summary.col.host': 'Device',
  'summary.col.user': 'User',
  'summary.col.last': 'Last report',
  'summary.col.verdict': 'Verdict',
  'summary.col.blockers': 'Blockers',
  'summary.col.week': 'Week',
  'summary.col.from': 'From',
  'summary.col.scope': 'Scope',
  'summary.stale-days': 'not seen for {days, plural, one {# day} other {# days}}',
  'summary.devices-note':
    'Not ready first, then devices not seen for more than {days, plural, one {# day} other {# days}} ({stale, number}). Devices are known by host name; a report without one is listed on its own.',
  'summary.trend': 'Trend by week',
  'summary.trend-table': 'The weeks as a table',
  'summary.trend-note': 'Each week counts the latest report of each device in that week (Monday to Sunday, UTC), and each report without a host name.',
  'summary.chart.trend': 'Share of verdicts per week',
  'summary.no-host': '(no host name)',
  'summary.count.stale': 'Devices not seen for more than {days, plural, one {# day} other {# days}}',
  'summary.network-short': 'Network',
  'summary.card.stale': 'not seen for {days, plural, one {# day} other {# days}} or more',
  'summary.more-devices': '… and {count, number} more: the full list is in --format devices-csv and json.',
  'summary.of-them-unanswered': '(of them {count, number} unanswered)',
  'summary.unanswered-note': 'Unknown includes the questions nobody answered (a run without questions leaves every question unanswered).',
  'summary.by-item': 'Devices per check and question',
  'summary.filter': 'Filter devices:',
  'summary.scope.machine': 'machine',
  'summary.scope.machine-and-meeting': 'machine and meeting',
  'summary.col.why': 'Why',
  'summary.low-score': 'score {score, number}',
  'summary.item-none': 'No device falls short here.',
  'summary.item-unanswered': 'No device falls short here; {count, plural, one {# device} other {# devices}} left it unanswered.',
  'serve.listening': 'homeoffice-check serve: listening on {url} (storage: {storage})',
  'serve.storage.folder': 'folder {path}',
  'serve.no-token':
    'serve: set HOMEOFFICE_CHECK_SERVE_TOKEN to the token the clients send (Authorization: Bearer TOKEN); it is never read from the command line',
  'serve.token-short': 'serve: {name} must be at least {min, number} characters (e.g. openssl rand -hex 24)',
  'serve.port': "serve: --port must be a port number, not ''{value}''",
  'serve.data-and-db': 'serve: --data and --db exclude each other',
  'serve.stale-days': "serve: --stale-days must be a whole number of days, not ''{value}''",
  'serve.cert-and-key': 'serve: --cert and --key go together',
  'serve.cert-unreadable': "serve: cannot read the certificate or key ''{path}'': {problem}",
  'serve.unverified': "serve: --unverified must be reject or mark, not ''{value}''",
  'serve.unverified-needs-key': 'serve: --unverified goes with --verify-key',
  'serve.mark-needs-folder': 'serve: --unverified mark needs the folder store (--data); with --db use reject',
  'serve.db-url': 'serve: --db must be a postgres:// URL',
  'serve.db-unusable': 'serve: cannot use the database: {text}',
  'serve.folder-unusable': "serve: cannot use the folder ''{path}'': {problem}",
  'serve.listen': 'serve: cannot listen on {address}: {problem}',
  'serve.listen.in-use': 'the port is in use',
  'remember.heading': 'Your answers from last time (kept on this computer):',
  'remember.confirm': 'Are these answers still true?',
  'remember.confirm-why': 'Yes: they are not asked again. No: you answer them anew.',
  'remember.confirm-yes': 'Yes, still true',
  'remember.confirm-no': 'No, ask me again',
  'remember.consent':
    'Shall this computer remember {count, plural, one {# answer that does} other {# answers that do}} not change from meeting to meeting (sign-in, passwords, your work place at home, habits in meetings, incidents), so that the next check asks only about the meeting?',
  'remember.consent-why': 'They are kept only on this computer, in {file}, with no name or machine name. "homeoffice-check --forget" deletes them.',
  'remember.consent-yes': 'Yes, remember them',
  'remember.consent-no': 'No',
  'remember.saved': 'The answers are kept for next time.',
  'remember.not-saved': 'The answers could not be kept',
  // --- guidance: the work computer, fraud, USB sticks, home Wi-Fi, NCSC's test and mute, health consultations, dated sources ---
  'q.dev-managed.title': 'Work computer from your employer',
  'q.dev-managed.question': 'Is this computer one your employer has provided and looks after (IT installs updates and programs on it)?',
  'q.dev-managed.why':
    "NSM's first advice for the home office is to use your employer's equipment: IT keeps it updated and protected, and can help when something goes wrong.",
  'q.dev-managed.fix': 'Use the computer your employer provides for work. If you must use your own, ask IT first whether it is good enough for this meeting.',
  'q.dev-managed.own-business': 'I run my own practice or business, and this computer is used for that work only',
  'q.net-wifi-password.title': 'Who knows the Wi-Fi password',
  'q.net-wifi-password.question': 'Do only you and your household know the password to your home Wi-Fi (not neighbours or earlier guests)?',
  'q.net-wifi-password.why': 'Everyone who has the password is on the same network as your work computer.',
  'q.net-wifi-password.fix':
    "Change the Wi-Fi password (in the router, or ask your internet provider), give it only to your household, and let guests use the router's guest network if it has one.",
  'q.net-wifi-password.no-wifi': 'I have no Wi-Fi at home (cable or mobile data only)',
  'q.data-removable-media.title': 'USB sticks',
  'q.data-removable-media.question': 'Do you keep work files off USB sticks and other removable media, and never plug in a USB stick you do not know?',
  'q.data-removable-media.why': 'A USB stick with work files is easily lost, and an unknown one can carry malicious software.',
  'q.data-removable-media.fix':
    'Keep work files in the storage your employer approves, not on USB sticks or memory cards. Give a USB stick you find or are given to IT instead of plugging it in.',
  'q.inc-phishing.title': 'Fraud and fake messages',
  'q.inc-phishing.question': 'Do you know never to give your user name, password or account number in reply to an e-mail, SMS or call, however real it looks?',
  'q.inc-phishing.why': 'Fraudsters send e-mails and SMS that look as if they come from work, a bank or the authorities, to get your password.',
  'q.inc-phishing.fix':
    'Never give your user name, password or account number to anyone who asks by e-mail, SMS or phone. If in doubt, contact the sender another way, and report the message to IT.',
  'q.mtg-sharing.one-window': 'Yes, one window only, with other programs closed and notifications off',
  'q.mtg-sharing.unprepared': 'Yes, without tidying first',
  'q.mtg-no-recording.no-recording': 'No',
  'q.mtg-no-recording.consented': 'Yes, everyone has agreed beforehand',
  'q.mtg-no-recording.no-consent': 'Yes, without everyone agreeing',
  'q.mtg-test-av.title': 'Sound and picture tested',
  'q.mtg-test-av.question': "Have you tested sound and picture in the meeting app before (a test call or the app's own test)?",
  'q.mtg-test-av.why': 'If you know the app before the meeting, you find its settings (mute, camera, waiting room) and avoid a hurried switch to another tool.',
  'q.mtg-test-av.fix': "Make a test call, or use the app's own test of sound and picture, before your first meeting in it.",
  'q.mtg-mute.title': 'Microphone off when not speaking',
  'q.mtg-mute.question': 'Do you turn off your microphone when you are not speaking, and the camera when it is not needed?',
  'q.mtg-mute.why': 'An open microphone picks up what goes on in your home, and everyone in the meeting hears it.',
  'q.mtg-mute.fix': "Turn off the microphone when you are not speaking, and the camera when it is not needed; learn the app's keys for both.",
  'q.health-dpa.title': 'Data processing agreement',
  'q.health-dpa.question': "Does your employer (or your practice) have a data processing agreement with the video tool's supplier?",
  'q.health-dpa.why': "Normen's fact sheet 54 on video consultations asks for one: the agreement binds the supplier to protect the patients' information.",
  'q.health-dpa.fix':
    'Use only a video tool your employer (or your practice) has a data processing agreement with; ask your manager or IT which one. In a practice of your own, sign one with the supplier before the first consultation.',
  'q.health-risk-assessment.title': 'Risk assessment of the video tool',
  'q.health-risk-assessment.question': 'Has your employer (or your practice) made a risk assessment of video consultations with this tool?',
  'q.health-risk-assessment.why':
    "Normen's fact sheet 54 asks for a risk assessment, and an assessment of the impact on privacy, before video consultations begin.",
  'q.health-risk-assessment.fix':
    'Ask your manager, or whoever is responsible for information security, whether the risk assessment is done. In a practice of your own you make it yourself; ask the supplier for theirs as a start.',
  'q.health-patient-id.title': 'Patient identified',
  'q.health-patient-id.question':
    'Do you identify a patient you have not met before at a high level of assurance, with BankID or ID-porten in the video tool, or a valid ID document?',
  'q.health-patient-id.why': "Normen's fact sheet 54 asks for unambiguous identification, so that you know you are talking to the right person.",
  'q.health-patient-id.fix':
    'Let a patient you do not know sign in with BankID (or ID-porten) in the video tool, or see a valid ID document, before you speak of their health. A patient you know well you may recognise on video, as the supplier Confrere reads Normen.',
  'q.health-consent.title': 'Patient told and consenting',
  'q.health-consent.question': 'Do you tell patients before the appointment that it will be by video, so that they can agree or choose to come in person?',
  'q.health-consent.why':
    'Taking part by video is voluntary for the patient; NFKUT says to tell about the video tool before the appointment, and a consent form may be used.',
  'q.health-consent.fix':
    'Tell the patient before the appointment that it will be by video, and how, and let them choose another way. A consent form they accept before the appointment documents it.',
  'q.health-patients-apart.title': 'Patients kept apart',
  'q.health-patients-apart.question': 'Does your video tool keep patients apart, so that each waits alone and only you see who is waiting?',
  'q.health-patients-apart.why':
    'Otherwise one patient may see who else is being treated. The supplier Confrere says Normen demands it, and NFKUT asks for a waiting room.',
  'q.health-patients-apart.fix':
    'Use a tool where each patient waits in a waiting room of their own, and let them in one at a time yourself; never use one open meeting room for several patients.',
  'advice.note.teams-classes': 'NFKUT: best suited to green and yellow data; data, metadata too, is stored in the EEA rather than in Norway.',
  'advice.note.teams-no-sensitive':
    "A municipality's rules for Teams: sensitive personal information is not to be shared or stored in Teams, even when you are signed in with two-step sign-in.",
  'advice.sources': 'Sources: {list}.',
  'advice.source.dated': '{name} ({when})',
  'advice.source.undated': '{name} (undated)',
  'advice.date': '{precision, select, year {{d, date, ::y}} month {{d, date, ::MMMMy}} other {{d, date, long}}}',
  'advice.age':
    'The sources date from {oldest} to {newest}: the advice is {years, plural, =0 {less than a year} one {at least # year} other {at least # years}} old, and prices, features and approvals may have changed since.',
  'advice.age.one':
    'The source is from {oldest}: the advice is {years, plural, =0 {less than a year} one {at least # year} other {at least # years}} old, and prices, features and approvals may have changed since.',
  'source.nettvett-video': 'the Bar Association\u2019s list on nettvett.no',
  'source.nfkut-video-tools': 'NFKUT\u2019s list for psychotherapists',
  'source.confrere-on-normen': 'Confrere\u2019s own page',
  'source.municipal-meeting-rules': 'a municipality\u2019s rules for video meetings',
  // the fleet summary: reports judged again, replayed ones left out, signatures
  'summary.replayed':
    '{count, plural, one {# report made by replaying a recording was left out} other {# reports made by replaying a recording were left out}}: a replay may come from any machine at any time (--include-replayed counts them).',
  'summary.rederived':
    'Every report was judged again from its own facts and answers: {disagreeing, plural, =0 {none disagrees} one {# disagrees} other {# disagree}} with what it says, and {unknown, plural, =0 {none names} one {# names} other {# name}} a policy not given with --policy. They count as not ready.',
  'summary.signatures':
    'Signatures (--verify-key): {valid, number} valid, {unsigned, number} unsigned, {tampered, number} changed after signing or signed with another key.',
  'summary.flagged': 'Reports not taken at their word',
  'summary.flagged-note':
    'These reports count as not ready, whatever they say. Look at each: a report edited after the run, one made under a policy you have not given to summarize, or one whose signature does not match.',
  'summary.flag.disagreeing': 'disagrees with its own facts and answers',
  'summary.flag.policy-unknown': 'made under a policy not given with --policy ({policy})',
  'summary.flag.tampered': 'changed after signing, or signed with another key',
  'summary.diff.verdict': 'verdict {stored}, its facts give {derived}',
  'summary.diff.score': 'score {stored, number}, its facts give {derived, number}',
  'summary.diff.item': '{item}: {stored}, its facts give {derived}',
  'summary.diff.missing': 'missing',
  'summary.diff.incomplete': 'not a whole report of this tool: its facts cannot be judged again',
  // --- the command line: help, usage and file errors ---
  'cli.help': `Usage: homeoffice-check [options]
       homeoffice-check schema <report|answers|policy|summary>
       homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [--format table|csv|json|html|devices-csv] [-o FILE]
       homeoffice-check serve [--port N] [--host H] [--data DIR | --db URL]

Checks whether this computer and this room are ready for a secure video meeting from home,
and says what to fix.

Options:
  --json                JSON report on stdout, nothing else on stdout
  -o, --output FILE     also write the JSON report to FILE
  --lang nb|nn|en       language (default: from the system locale; nb and no -> nb, nn -> nn)
  --answers FILE        questionnaire answers (JSON) for runs without questions
  --policy FILE|URL     IT policy (JSON; a URL must be https://): checks, weights, thresholds
  --no-questions        ask nothing; questions are reported as unanswered
  --forget              delete the answers remembered on this computer, then stop
  --only ID[,ID...]     run only these checks
  --skip ID[,ID...]     skip these checks
  --offline             no network measurements (reported as skipped)
  --speed-url URL       throughput/latency endpoint base (default {speedUrl})
  --stun HOST:PORT      STUN server for the UDP test (default {stun})
  --record FILE         record every interaction with the machine to FILE (with --replay: what the replay asked)
  --replay FILE         take every interaction from a recorded FILE instead of this machine
  --report-url URL      also POST the JSON report to URL (https://, or http:// to localhost);
                        a header for a token from HOMEOFFICE_CHECK_REPORT_AUTH (see README)
  --report-timeout SEC  seconds per upload attempt (default 10)
  --plain               readable lines instead of the interactive view
  --list                list the checks and questions with their sources
                        (homeoffice-check summarize --help: the fleet summary's options)
  -h, --help            this help
  -v, --version         the version

Exit codes: 0 ready (warnings allowed), 1 not ready, 2 usage or input error, 3 internal error,
130 interrupted.
`,
  'cli.summarize-help': `Usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [options]

Puts many JSON reports together: verdicts, the devices and what blocks them, the most common
blockers and shortfalls with the devices behind each, a weekly trend, devices not seen lately,
operating systems and network figures. Folders are searched for *.json, *.ndjson and *.jsonl;
an NDJSON file (or - for stdin) holds one report a line, or an export of a log platform
(Elasticsearch hits with _source, Splunk's output_mode=json lines with result._raw). Only regular
files are read; anything that is not a valid report is listed with its reason. A device that sent
several reports is counted once, by its latest report, when the reports carry its host name
(policy report.include: ["hostname"]); a report without a host name is counted on its own.

Each report is judged again from its own facts and answers. A report whose stored status, score
or verdict disagrees, one that names a policy not given with --policy, and (with --verify-key)
one changed after signing are listed by file and count as not ready.

Options:
  --format FORMAT                table (default) for the terminal, csv for Excel, json for
                                 pipelines, html for one self-contained page with charts,
                                 devices-csv for one row per device
  -o, --output FILE              write to FILE instead of stdout
  --lang nb|nn|en                language (default: from the system locale)
  --delimiter ';'|','|tab        CSV separator (default ';' with a decimal comma for nb and nn,
                                 ',' with a decimal point for en)
  --all-reports                  count every report, older ones of the same device too
  --since DATE                   leave out reports that started before DATE ("2026-11-01", or
                                 an ISO 8601 time)
  --stale-days N                 a device is stale after N days without a report (default 14)
  --policy FILE|URL              a policy the reports may name (repeatable): each report is judged
                                 again from its own facts and answers under the policy it names
                                 (by SHA-256); reports of earlier versions, which name none, under
                                 the one --policy given, else the built-in defaults
  --include-replayed             count reports made by replaying a bundle (left out by default)
  --verify-key FILE|env[:NAME]   check each report's signature with the key in FILE (owned by
                                 you or root, mode 600) or in the environment variable NAME
                                 (default HOMEOFFICE_CHECK_SIGNING_KEY); never the key itself
  -h, --help                     this help

Exit codes: 0 at least one valid report, 2 none (or a usage error), 3 internal error.
`,
  'cli.serve-help': `Usage: homeoffice-check serve [--port N] [--host H] [--data DIR | --db URL] [options]

A collector for the reports: the tool sends each report with --report-url
https://HOST:PORT/reports (http:// only to localhost), and the fleet page is at / (the summary
as JSON at /summary.json, one row per device at /devices.csv).

The token the clients send (Authorization: Bearer TOKEN) is read from HOMEOFFICE_CHECK_SERVE_TOKEN,
never from the command line; at least 16 characters. Reading the page and the summary takes
HOMEOFFICE_CHECK_SERVE_READ_TOKEN (Bearer, or as the password a browser asks for), or the same
token when that is not set. Set a separate one: the clients' token is on every machine.

Options:
  --port N            port (default 8765; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1: this machine only)
  --data DIR          keep reports in DIR, one file per report (default ./homeoffice-check-data)
  --db URL            keep reports in PostgreSQL instead (postgres://user@host:5432/db; a password
                      in PGPASSWORD or ~/.pgpass rather than in the URL)
  --cert FILE --key FILE   serve HTTPS with this certificate and key (PEM)
  --lang nb|nn|en     language of the page (default: from the system locale)
  --stale-days N      a device is stale after N days without a report (default 14)
  --verify-key FILE|env[:NAME]
                      check each report's signature as it comes in, with the key in FILE
                      (owned by you or root, mode 600) or in the environment variable NAME
                      (default HOMEOFFICE_CHECK_SIGNING_KEY); never the key itself
  --unverified reject|mark
                      with --verify-key: reject (default) answers an unsigned or tampered report
                      403 and keeps nothing; mark keeps it, and the summary marks it (a tampered
                      one counts as not ready). mark needs the folder store
  --policy FILE|URL   a policy the reports may name (repeatable): the summary judges each report
                      again under it, as summarize --policy does (folder store)
  --include-replayed  count reports made by replaying a bundle (left out by default)
  -h, --help          this help

Answers to POST /reports: 201 stored, 200 stored before, 400 not JSON, 401 no or a wrong token,
403 unsigned or tampered (with --verify-key, --unverified reject), 413 too large, 415 not JSON,
422 not a valid report.

Exit codes: 2 usage error (no token, a port in use, a file that cannot be read), 3 internal error,
130 stopped.
`,
  'list.check': 'check    {id}  {title}  [{category}, weight {weight, number}]  sources: {sources}',
  'list.question': 'question {id}  {title}  [{category}, weight {weight, number}]  sources: {sources}',
  'list.question-when': 'question {id}  {title}  [{category}, weight {weight, number}, only when the data class is {classes}]  sources: {sources}',
  'list.sources': 'sources:',
  'list.seed': '(seed {seed})',
  'error.internal': 'internal error: {text}',
  'error.internal-reported': 'internal error: {text} (the report holds what was found until then)',
  'error.schema-usage': 'usage: homeoffice-check schema <report|answers|policy|summary>',
  'error.schema-kind': "schema: expected report, answers, policy or summary, not ''{kind}''",
  'error.unexpected-argument': "unexpected argument ''{arg}''",
  'error.unknown-option': "unknown option ''{option}''",
  'error.option-value': "option ''{option}'' needs a value",
  'error.option-no-value': "option ''{option}'' takes no value",
  'error.ids-empty': '--{flag} needs at least one check id',
  'error.ids-unknown': "--{flag}: unknown check ''{id}'' (known: {known})",
  'error.lang': "--lang must be nb, nn or en, not ''{value}''",
  'error.speed-url': "--speed-url must be an http:// or https:// URL, not ''{value}''",
  'error.stun': "--stun must be HOST:PORT, not ''{value}''",
  'error.report-url': "--report-url ''{url}'': {problem}",
  'error.report-url.not-url': 'not a URL',
  'error.report-url.credentials': 'a user name or password in the URL is not allowed; use HOMEOFFICE_CHECK_REPORT_AUTH',
  'error.report-url.http': 'http:// is only allowed to localhost; use https://',
  'error.report-url.scheme': 'the scheme must be https:, not {scheme}',
  'error.report-timeout': "--report-timeout must be seconds between 0 and 300, not ''{value}''",
  'error.header-name': 'HOMEOFFICE_CHECK_REPORT_HEADER is not a valid header name',
  'error.needs-file': '--{flag} needs a file name',
  'error.policy-needs-source': '--policy needs a file name or an https:// URL',
  'error.file.policy': "policy file ''{path}''",
  'error.file.answers': "answers file ''{path}''",
  'error.file.replay': "replay file ''{path}''",
  'error.file.signing-key': "signing key file ''{path}''",
  'error.url.policy': "policy URL ''{url}''",
  'error.in': '{label}: {problem}',
  'error.in-path': '{label}: {path}: {problem}',
  'error.file.missing': 'no such file',
  'error.file.folder': 'is a folder',
  'error.file.denied': 'permission denied',
  'error.file.socket': 'is not a regular file (a socket)',
  'error.file.fifo': 'is not a regular file (a FIFO)',
  'error.file.device': 'is not a regular file (a device)',
  'error.file.not-regular': 'is not a regular file (not a file)',
  'error.file.unreadable': 'cannot be read',
  'error.file.too-large': 'is larger than {mib, number} MiB',
  'error.file.too-large-kib': 'is larger than {kib, number} KiB',
  'error.file.changed': 'changed while it was read',
  'error.file.not-root-or-self': 'not owned by root or you (owner uid {uid})',
  'error.file.not-root': 'not owned by root (owner uid {uid})',
  'error.file.mode': 'readable or writable by others (mode {mode}); it must be 600 or 400',
  'error.json.deep': '{label} is nested deeper than {max, number} levels',
  'error.json.invalid': '{label} is not valid JSON: {detail}',
  'error.json.at-line': 'error at line {line, number}, column {column, number}',
  'error.json.at-position': 'error at character {position, number}',
  'error.json.ends-early': 'it ends too early',
  'error.json.token': "unexpected ''{token}''",
  'error.json.other': '"{message}"',
  'error.policy.unknown-check': 'unknown check (known: {known})',
  'error.policy.service-ids': 'service ids must be unique',
  'error.policy.limit-order': '{lowName} ({lowValue, number}) must be below {highName} ({highValue, number})',
  'error.json.key-forbidden': "the key ''{key}'' is not allowed",
  'error.json.key-twice': "duplicate key ''{key}''",
  'error.json.top': '(top level)',
  'error.json.unknown-key': 'unknown key {keys}',
  'error.json.unknown-question': 'unknown question (known: {known})',
  'error.json.expected': 'expected {expected}',
  'error.json.one-of': 'must be one of {values}',
  'error.json.too-small': 'must be at least {limit}',
  'error.json.too-big': 'must be at most {limit}',
  'error.json.format': 'has the wrong form',
  'error.json.invalid-value': 'is not a valid value',
  'error.type.string': 'a text',
  'error.type.number': 'a number',
  'error.type.boolean': 'true or false',
  'error.type.object': 'an object',
  'error.type.array': 'a list',
  'error.fetch.bad-url': 'not a valid URL',
  'error.fetch.scheme': 'only https:// is accepted, not {scheme}//',
  'error.fetch.status': 'HTTP {status}',
  'error.fetch.redirect': 'HTTP {status} (redirects are not followed)',
  'error.fetch.too-large': 'larger than {kib, number} KiB',
  'error.fetch.timeout': 'no answer within {seconds, number} s',
  'error.fetch.self-signed': 'the server certificate is self-signed and not trusted (see NODE_EXTRA_CA_CERTS)',
  'error.fetch.untrusted': 'the server certificate chain is not trusted (see NODE_EXTRA_CA_CERTS)',
  'error.fetch.unverified': 'the server certificate cannot be verified (see NODE_EXTRA_CA_CERTS)',
  'error.fetch.expired': 'the server certificate has expired',
  'error.fetch.altname': 'the server certificate is for another name',
  'error.fetch.network': 'the server could not be reached ({code})',
  'error.summarize.format': "summarize: --format must be one of {formats}, not ''{value}''",
  'error.summarize.delimiter': "summarize: --delimiter must be ';', ',' or tab, not ''{value}''",
  'error.summarize.since': "summarize: --since must be a date (\"2026-11-01\") or an ISO 8601 time, not ''{value}''",
  'error.summarize.stale-days': "summarize: --stale-days must be a whole number of days from 0 to 3650, not ''{value}''",
  'error.summarize.usage': 'usage: homeoffice-check summarize REPORT|NDJSON|FOLDER|-... [--format table|csv|json|html|devices-csv] [-o FILE]',
  'error.summarize.none': 'summarize: {text}',
  'error.summarize.before-since': '({count, number} before --since)',
  'error.write': "{label} ''{path}'': {reason}",
  'error.write.output-file': 'output file',
  'error.write.missing': 'does not exist',
  'error.write.read-only': 'the file system is read-only',
  'error.write.no-space': 'no space left on the device',
  'error.write.quota': 'the disk quota is used up',
  'error.write.not-folder': 'is not a folder',
  'error.write.loop': 'too many symbolic links',
  'error.write.name-too-long': 'the name is too long',
  'error.write.fifo-unread': 'a FIFO that nobody reads',
  'error.write.reader-gone': 'the reader went away',
  'error.write.io': 'input/output error',
  'error.write.unwritable': 'cannot be written',
  'error.write.block-device': 'is a block device (a disk), not a file',
  'error.write.socket': 'is a socket, not a file',
  'error.write.no-folder': "the folder ''{dir}'' does not exist",
  'error.write.dir-not-folder': "''{dir}'' is not a folder",
  'error.write.folder-problem': "the folder ''{dir}'': {reason}",
  'error.write.folder-closed': "the folder ''{dir}'' takes no new file: {reason}",
  // --- the sources, as --list names them ---
  'list.source.confrere-on-normen':
    'Confrere (the vendor): its own page on what Normen demands for video consultations (identification, end-to-end encryption, data processing agreement, patients kept apart, risk assessment)',
  'list.source.nsm-video':
    'Nasjonal sikkerhetsmyndighet (NSM), Nasjonalt cybersikkerhetssenter: advice on secure video meetings (password routines, know who takes part, what screen and sound reveal)',
  'list.source.ehelse-video-minimum':
    'Direktoratet for e-helse: minimum requirements for video consultations (encrypted, keys held by the organisation, the patient identified, every participant visible)',
  'list.question-need': 'question {id}  {title}  [{category}, weight {weight, number}, only for {needs} meetings]  sources: {sources}',
  'list.undated': 'undated',
  'list.source.nsm-home-office': 'Nasjonal sikkerhetsmyndighet (NSM): Råd for hjemmekontor (home-office advice), March 2020, as quoted by a municipality',
  'list.source.nsm-grunnprinsipper':
    'Nasjonal sikkerhetsmyndighet (NSM): Grunnprinsipper for IKT-sikkerhet 2.0 (2.1.2 supported products, 2.3.1 security updates, 2.6.7 MFA, 2.7.3 encrypt storage)',
  'list.source.nettvett-video':
    'nettvett.no (NorSIS, NSM, Nkom): Bruk av videomøter i små og mellomstore bedrifter (with the Bar Association’s list of video tools)',
  'list.source.nettvett-hjemmekontor': 'nettvett.no (NorSIS, NSM, Nkom): Jobb trygt på hjemmekontoret',
  'list.source.normen-faktaark-29': 'Norsk helsenett / Normen: Normen faktaark 29: Hjemmekontor',
  'list.source.normen-faktaark-54': 'Norsk helsenett / Normen: Normen faktaark 54: Videokonsultasjon',
  'list.source.municipal-meeting-rules':
    'A Norwegian municipality: Rules for video meetings in Teams/Skype: speech only, no chat or screen sharing with sensitive information, ids instead of names, closed room or headphones, clean desk',
  'list.source.video-checklist': 'A Norwegian municipality: Kom i gang med videokonferanse (checklist)',
  'list.source.nfkut-video-tools': 'NFKUT: Recommended video tools for psychotherapists (2021): red/yellow/green data, secure Zoom settings',
  'list.source.datatilsynet-breach': 'Datatilsynet: Report a personal data breach within 72 hours',
  'list.source.ncsc-home-working': 'NCSC (UK): Home working and video conferencing guidance',
  'list.source.cisa-video': 'CISA (US): Guidance for securing video conferencing',
  'list.source.apple-wifi-router-settings':
    'Apple: Recommended settings for Wi-Fi routers and access points (WPA3 Personal or WPA2/WPA3 Transitional, else WPA2 Personal with AES; avoid WPA/WPA2 mixed modes, WPA Personal, WEP and TKIP)',
  'list.source.microsoft-teams-network': 'Microsoft: Prepare your organization’s network for Microsoft Teams (latency, jitter, loss targets)',
  'list.source.zoom-lifecycle': 'Zoom: Zoom Software Quarterly Lifecycle Policy: the minimum app version enforced each quarter',
  'list.source.microsoft-teams-update':
    'Microsoft: Why it’s important to keep Teams updated (clients more than three months old are blocked; classic Teams has ended support)',
  // --- the header row of the summary CSVs (the English names are the documented column ids) ---
  'csv.col.section': 'section',
  'csv.col.kind': 'kind',
  'csv.col.id': 'id',
  'csv.col.title': 'title',
  'csv.col.reports': 'reports',
  'csv.col.ready': 'ready',
  'csv.col.ready_with_warnings': 'ready_with_warnings',
  'csv.col.not_ready': 'not_ready',
  'csv.col.pass': 'pass',
  'csv.col.warn': 'warn',
  'csv.col.fail': 'fail',
  'csv.col.unknown': 'unknown',
  'csv.col.skipped': 'skipped',
  'csv.col.unanswered': 'unanswered',
  'csv.col.blocker': 'blocker',
  'csv.col.median': 'median',
  'csv.col.p10': 'p10',
  'csv.col.p90': 'p90',
  'csv.col.reason': 'reason',
  'csv.col.host': 'host',
  'csv.col.user': 'user',
  'csv.col.os': 'os',
  'csv.col.organisation': 'organisation',
  'csv.col.last_report': 'last_report',
  'csv.col.days_since_report': 'days_since_report',
  'csv.col.stale': 'stale',
  'csv.col.verdict': 'verdict',
  'csv.col.score': 'score',
  'csv.col.scope': 'scope',
  'csv.col.blockers': 'blockers',
  'broken.missing': 'no such file',
  'broken.denied': 'permission denied',
  'broken.folder': 'is a folder',
  'broken.loop': 'a loop of symbolic links',
  'broken.unreadable': 'cannot be read',
  'broken.fifo': 'a FIFO, not a regular file: skipped',
  'broken.device': 'a device, not a regular file: skipped',
  'broken.socket': 'a socket, not a regular file: skipped',
  'broken.not-regular': 'not a regular file: skipped',
  'broken.twice': 'read twice',
  'broken.too-large': 'larger than {mib, number} MiB: not a report',
  'broken.line-too-large': 'line larger than {mib, number} MiB: not a report',
  'broken.json': 'not valid JSON: {detail}',
  'broken.invalid': 'not a valid report: {problem}',
  'broken.no-report': 'not a valid report: no report in it',
  'broken.empty': 'empty file',
} as const;

export type MessageId = keyof typeof en;
