/**
 * video-apps: which video meeting clients are installed, and is each still current? NSM: keep the
 * equipment security-updated and use supported products (Grunnprinsipper 2.1.2, 2.3.1); the health
 * sector's advice (NFKUT) asks for the latest client. Nothing here goes online: "current" is judged
 * against the bundled table in data.ts.
 */
import { defineLegacyCheck } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { perPlatform } from '../lib/platform.js';
import { runPowershellJson } from '../lib/powershell.js';
import { videoApps, WINDOWS_NAME_FILTER } from './data.js';
import { evaluateVideoApps, type InstalledApp, type VideoAppsFacts } from './evaluate.js';
import { bundleVersion, matchWindowsPrograms, parseDpkgQuery, parsePlistStrings, parseWindowsInventory } from './parse.js';

/**
 * One PowerShell start: the Uninstall keys (machine, 32-bit machine, user) whose DisplayName passes a
 * loose filter, and the MSTeams Appx package. Only names and versions leave the script, never the
 * rest of the installed programs.
 */
export const WINDOWS_SCRIPT = [
  `$f='${WINDOWS_NAME_FILTER}';`,
  "$p=@(Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKCU:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' -ErrorAction SilentlyContinue",
  " | Where-Object { $_.DisplayName -match $f } | ForEach-Object { [pscustomobject]@{name=[string]$_.DisplayName;version=[string]$_.DisplayVersion} });",
  '$a=@();$af=$false;',
  'try{$a=@(Get-AppxPackage -Name MSTeams | ForEach-Object { [pscustomobject]@{name=[string]$_.Name;version=[string]$_.Version} })}catch{$af=$true};',
  '[pscustomobject]@{programs=$p;appx=$a;appxFailed=$af} | ConvertTo-Json -Depth 3 -Compress',
].join('');

export const DPKG_QUERY_ARGS = ['-W', '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n', ...new Set(videoApps.flatMap((a) => a.debPackages ?? []))];

const APPLICATIONS = '/Applications';

function base(os: string, now: Date): VideoAppsFacts {
  return { os, now: now.toISOString(), method: null, installed: [], appxReadable: null, reason: null };
}

async function collectMacos(probe: Probe): Promise<VideoAppsFacts> {
  const facts = base('macos', probe.now());
  const listing = await probe.listDir(APPLICATIONS);
  if (!listing) return { ...facts, reason: `${APPLICATIONS} could not be listed` };
  const present = new Set(listing);
  const installed: InstalledApp[] = [];
  for (const app of videoApps) {
    for (const bundle of app.macBundles ?? []) {
      if (!present.has(bundle.slice(APPLICATIONS.length + 1))) continue;
      const text = await probe.readFile(`${bundle}/Contents/Info.plist`, { maxBytes: 512 * 1024 });
      installed.push({ id: app.id, version: text === null ? null : bundleVersion(parsePlistStrings(text)) });
    }
  }
  return { ...facts, method: 'plist', installed };
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<VideoAppsFacts> {
  const facts = base('windows', probe.now());
  const answer = await runPowershellJson(probe, WINDOWS_SCRIPT, signal, 20_000);
  const inventory = answer.json === null ? null : parseWindowsInventory(answer.json);
  if (!inventory) return { ...facts, reason: answer.reason ?? 'powershell printed an unexpected document' };
  const installed: InstalledApp[] = matchWindowsPrograms(inventory.programs, videoApps);
  for (const pkg of inventory.appx) {
    const app = videoApps.find((a) => a.appx !== undefined && a.appx.toLowerCase() === pkg.name.toLowerCase());
    if (app) installed.push({ id: app.id, version: pkg.version });
  }
  return { ...facts, method: 'registry', installed, appxReadable: inventory.appxReadable };
}

/** Flatpak's system-wide installation: one folder per application id (flatpak(1), "Filesystem" wiki). */
const FLATPAK_APPS = '/var/lib/flatpak/app';

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<VideoAppsFacts> {
  const facts = base('linux', probe.now());
  const installed: InstalledApp[] = [];
  const r = await probe.run('dpkg-query', DPKG_QUERY_ARGS, { timeoutMs: 10_000, signal });
  // exit 1: some of the names are not known packages (that is the usual answer), the rest are listed
  const dpkgRead = !r.failure && (r.code === 0 || r.code === 1);
  if (dpkgRead) {
    for (const deb of parseDpkgQuery(r.stdout)) {
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
  const why = r.failure === 'not-found' ? 'no dpkg-query and no system-wide Flatpak' : r.failure ? `dpkg-query ${r.failure}` : `dpkg-query exit code ${r.code}`;
  return { ...facts, reason: why };
}

export default defineLegacyCheck<VideoAppsFacts>({
  id: 'video-apps',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nsm-home-office', 'nfkut-video-tools', 'zoom-lifecycle', 'microsoft-teams-update'],
  title: 'vapps.title',
  collect: perPlatform(
    { darwin: (probe) => collectMacos(probe), win32: collectWindows, linux: collectLinux },
    (os, reason) => ({ os, now: null, method: null, installed: [], appxReadable: null, reason }),
  ),
  evaluate: (facts, policy) => evaluateVideoApps(facts, policy),
});
