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

  // --- tui and questionnaire ---

  // --- policy, upload, fleet summary ---

  // --- more device checks ---
  'disk.title': 'Disk encryption',
  'disk.state.on': 'The system disk is encrypted.',
  'disk.state.encrypting': 'Encryption of the system disk has started but is not finished.',
  'disk.state.suspended': 'The system disk is encrypted, but the protection is suspended: the key lies open on the disk.',
  'disk.state.partial': 'Only part of the disk is encrypted: the system and the home folder are not both protected.',
  'disk.state.off': 'The system disk is not encrypted: anyone who gets hold of the computer can read its files.',
  'disk.state.decrypting': 'The encryption of the system disk is being removed.',
  'disk.unknown': 'Could not tell whether the disk is encrypted ({reason}).',
  'disk.fix.windows': 'Turn on BitLocker or Device encryption (Settings → Privacy & security → Device encryption), or ask IT to do it.',
  'disk.fix.macos': 'Turn on FileVault (System Settings → Privacy & Security → FileVault), or ask IT to do it.',
  'disk.fix.linux': 'Ask IT to set up full-disk encryption (LUKS); it is usually chosen when the system is installed.',
  'disk.fix.unknown': 'Check in the system settings that disk encryption (BitLocker, FileVault or LUKS) is on, or ask IT.',
  'fw.title': 'Firewall',
  'fw.on': 'The firewall is on.',
  'fw.on.block-all': 'The firewall is on and blocks all incoming connections.',
  'fw.on.windows': 'Windows Defender Firewall is on for every network profile.',
  'fw.off': 'The firewall is off.',
  'fw.off.windows.domain': 'Windows Defender Firewall is off for the Domain network profile.',
  'fw.off.windows.private': 'Windows Defender Firewall is off for the Private network profile (home networks).',
  'fw.off.windows.public': 'Windows Defender Firewall is off for the Public network profile (cafés, hotels, airports).',
  'fw.unread.windows': 'The state of {count} network profile(s) could not be read.',
  'fw.unknown': 'Could not tell whether the firewall is on ({reason}).',
  'fw.fix.windows': 'Turn the firewall on in Windows Security → Firewall & network protection, for every profile. If your employer uses another firewall product, ask IT to confirm it.',
  'fw.fix.macos': 'Turn the firewall on in System Settings → Network → Firewall.',
  'fw.fix.linux': 'Turn the firewall on (for example `sudo ufw enable`), or ask IT.',
  'fw.fix.unknown': 'Check in the system settings that the firewall is on, or ask IT.',
  'admin.title': 'Administrator rights',
  'admin.standard': 'You work as an ordinary user without administrator rights.',
  'admin.member': 'Your everyday account has administrator rights: malware or a fraudster who gets you to click can change the whole computer.',
  'admin.elevated': 'This check itself runs with administrator rights right now.',
  'admin.unknown': 'Could not tell whether you have administrator rights ({reason}).',
  'admin.fix': 'Use an ordinary account for daily work and a separate administrator account (or IT) only when something must be installed.',
  'admin.fix.unknown': 'Ask IT whether your account has administrator rights.',
  'apps.title': 'Remote-access tools and private cloud storage',
  'apps.none': 'No remote-access tools or private cloud sync clients found.',
  'apps.remote-running': 'A remote-access tool is running: {apps}. Is this agreed with your employer?',
  'apps.remote-installed': 'A remote-access tool is installed: {apps}. Is this agreed with your employer?',
  'apps.cloud-running': 'A private cloud storage client is running: {apps}. Is storing work files there agreed with your employer?',
  'apps.unknown': 'Could not read the list of running programs ({reason}).',
  'apps.fix.remote': 'Never let anyone who calls or writes to you connect to your computer, even if they say they are from Microsoft, the bank or IT. If you did not install the tool for work, remove it and tell IT.',
  'apps.fix.cloud': 'Keep work files only where your employer has approved; sign out of private cloud storage on the work computer.',
  'lock.title': 'Screen lock',
  'lock.on': 'The screen locks by itself after {minutes} minute(s) without use.',
  'lock.on-no-time': 'The screen locks after the screen saver or sleep, but how soon that starts could not be read.',
  'lock.slow': 'The screen locks only after {minutes} minutes without use; at most {max} minutes is recommended.',
  'lock.off': 'The screen does not lock by itself when you leave the computer.',
  'lock.unknown': 'Could not tell whether the screen locks by itself ({reason}).',
  'lock.fix.windows': 'Set the screen to lock after at most 15 minutes (Settings → Accounts → Sign-in options, and a screen saver with "On resume, display logon screen"), and lock with Windows+L when you leave.',
  'lock.fix.macos': 'Turn on "Require password after screen saver begins or display is turned off" (System Settings → Lock Screen), and lock with Control+Command+Q when you leave.',
  'lock.fix.linux': 'Turn on automatic screen lock after at most 15 minutes (Settings → Privacy → Screen Lock), and lock with Super+L when you leave.',
  'lock.fix.unknown': 'Check that the screen locks by itself after at most 15 minutes, and lock it yourself whenever you leave the computer.',
} as const;

export type MessageId = keyof typeof en;
