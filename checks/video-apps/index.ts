/**
 * video-apps: which video meeting clients are installed, and is each still current? NSM: keep the
 * equipment security-updated and use supported products (Grunnprinsipper 2.1.2, 2.3.1); the health
 * sector's advice (NFKUT) asks for the latest client. Nothing here goes online: "current" is judged
 * against the bundled table in data.ts.
 */
import { defineCheck, reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { consoleOwnerReading, parseConsoleOwner } from '../../src/probe/session.js';
import { perPlatform } from '../lib/platform.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { commandReason } from '../lib/reason.js';
import { VIDEO_APPS_TABLE_COMPILED, videoApps, WINDOWS_NAME_FILTER } from './data.js';
import { evaluateVideoApps, VideoAppsOptionsSchema } from './evaluate.js';
import { VideoAppsFactsSchema, type InstalledApp, type VideoAppsFacts } from './facts.js';
import { messages } from './messages.js';
import { bundleVersion, matchWindowsPrograms, parseDpkgQuery, parsePlistStrings, parseWindowsInventory } from './parse.js';

/**
 * One PowerShell start: the Uninstall keys of the machine (64- and 32-bit) and of every user whose
 * hive is loaded (HKEY_USERS: the signed-in employee, also when the tool runs as SYSTEM under Intune,
 * where HKCU would be SYSTEM's own), whose DisplayName passes a loose filter; and the new Teams
 * (MSTeams, an Appx package registered per user): for every user where allowed (-AllUsers needs an
 * administrator or SYSTEM), else for the user running the tool. Only names, versions and whether an
 * entry is per user leave the script, never the rest of the installed programs or whose they are.
 */
export const WINDOWS_SCRIPT = [
  `$f='${WINDOWS_NAME_FILTER}';`,
  "$p=@(Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','Registry::HKEY_USERS\\*\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' -ErrorAction SilentlyContinue",
  " | Where-Object { $_.DisplayName -match $f } | ForEach-Object { [pscustomobject]@{name=[string]$_.DisplayName;version=[string]$_.DisplayVersion;scope=$(if([string]$_.PSPath -like '*HKEY_USERS*'){'user'}else{'machine'})} });",
  '$a=@();$af=$false;',
  'try{$a=@(Get-AppxPackage -AllUsers -Name MSTeams | ForEach-Object { [pscustomobject]@{name=[string]$_.Name;version=[string]$_.Version} })}',
  'catch{try{$a=@(Get-AppxPackage -Name MSTeams | ForEach-Object { [pscustomobject]@{name=[string]$_.Name;version=[string]$_.Version} })}catch{$af=$true}};',
  '[pscustomobject]@{programs=$p;appx=$a;appxFailed=$af} | ConvertTo-Json -Depth 3 -Compress',
].join('');

export const DPKG_QUERY_ARGS = [
  '-W',
  '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n',
  ...new Set(videoApps.flatMap((a) => a.debPackages ?? [])),
];

const APPLICATIONS = '/Applications';

function base(os: string): VideoAppsFacts {
  return { os, method: null, installed: [], appx: null, tableDate: VIDEO_APPS_TABLE_COMPILED, reason: null };
}

async function collectMacos(probe: Probe, signal: AbortSignal): Promise<VideoAppsFacts> {
  const facts = base('macos');
  const listing = await probe.listDir(APPLICATIONS);
  if (!listing) return { ...facts, reason: reason('not-found', APPLICATIONS) };
  const installed: InstalledApp[] = [];
  const look = async (folder: string, names: ReadonlySet<string>, scope: 'machine' | 'user') => {
    for (const app of videoApps) {
      for (const bundle of app.macBundles ?? []) {
        const name = bundle.slice(APPLICATIONS.length + 1);
        if (!names.has(name)) continue;
        const text = await probe.readFile(`${folder}/${name}/Contents/Info.plist`, { maxBytes: 512 * 1024 });
        installed.push({ id: app.id, version: text === null ? null : bundleVersion(parsePlistStrings(text)), scope });
      }
    }
  };
  await look(APPLICATIONS, new Set(listing), 'machine');
  // Zoom installs into the user's own ~/Applications when the installer gets no administrator
  // password; the console's owner is the employee also when the tool runs as root (Jamf)
  // (the run's one reading of the console's owner, shared with the checks that judge that person)
  const owner = await consoleOwnerReading(probe, signal);
  const user = !owner.failure && owner.code === 0 ? parseConsoleOwner(owner.stdout) : null;
  if (user && user !== 'root') {
    const folder = `/Users/${user}/Applications`;
    const own = await probe.listDir(folder);
    if (own) await look(folder, new Set(own), 'user');
  }
  return { ...facts, method: 'plist', installed };
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<VideoAppsFacts> {
  const facts = base('windows');
  const r = await powershellSection(probe, WINDOWS_SCRIPT, 20_000, signal);
  if (r.failure || r.code !== 0) return { ...facts, reason: sectionReason(r) };
  const inventory = parseWindowsInventory(parsePowershellJson(r.stdout));
  if (!inventory) return { ...facts, reason: reason('unreadable', 'powershell', 'no inventory JSON') };
  const installed: InstalledApp[] = matchWindowsPrograms(inventory.programs, videoApps);
  for (const pkg of inventory.appx) {
    const app = videoApps.find((a) => a.appx !== undefined && a.appx.toLowerCase() === pkg.name.toLowerCase());
    // the Appx package is registered per user
    if (app) installed.push({ id: app.id, version: pkg.version, scope: 'user' });
  }
  const appx = inventory.appxReadable ? { read: true, reason: null } : { read: false, reason: reason('failed', 'Get-AppxPackage') };
  return { ...facts, method: 'registry', installed, appx };
}

/** Flatpak's system-wide installation: one folder per application id (flatpak(1), "Filesystem" wiki). */
const FLATPAK_APPS = '/var/lib/flatpak/app';

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<VideoAppsFacts> {
  const facts = base('linux');
  const installed: InstalledApp[] = [];
  const r = await probe.run('dpkg-query', DPKG_QUERY_ARGS, { timeoutMs: 10_000, signal });
  // exit 1: some of the names are not known packages (that is the usual answer), the rest are listed;
  // exit 0: every name is known, so there is a line for each
  const ran = !r.failure && (r.code === 0 || r.code === 1);
  const debs = ran ? parseDpkgQuery(r.stdout) : null;
  const dpkgRead = debs !== null && !(r.code === 0 && debs.length === 0 && !r.stdout.trim());
  if (dpkgRead) {
    for (const deb of debs) {
      const app = videoApps.find((a) => (a.debPackages ?? []).includes(deb.name));
      if (app) installed.push({ id: app.id, version: deb.version });
    }
  }
  // Flatpaks carry no version outside their OSTree metadata: installed, version not read. Per-user
  // Flatpaks live under the home folder, whose path names the user: they are not looked at.
  const flatpaks = await probe.listDir(FLATPAK_APPS);
  for (const id of flatpaks ?? []) {
    const app = videoApps.find((a) => (a.flatpakIds ?? []).includes(id));
    if (app) installed.push({ id: app.id, version: null });
  }
  if (dpkgRead) return { ...facts, method: 'dpkg', installed };
  if (flatpaks) return { ...facts, method: 'flatpak', installed };
  if (r.failure === 'not-found') return { ...facts, reason: reason('not-found', 'dpkg-query, flatpak') };
  return { ...facts, reason: ran ? reason('unreadable', 'dpkg-query', 'not the expected lines') : commandReason('dpkg-query', r) };
}

export default defineCheck({
  id: 'video-apps',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nsm-home-office', 'nfkut-video-tools', 'zoom-lifecycle', 'microsoft-teams-update'],
  messages,
  facts: VideoAppsFactsSchema,
  options: VideoAppsOptionsSchema,
  windowsScripts: [WINDOWS_SCRIPT],
  collect: perPlatform({ darwin: collectMacos, win32: collectWindows, linux: collectLinux }, (os) => ({
    ...base(os),
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: evaluateVideoApps,
});
