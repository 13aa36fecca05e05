/**
 * The video clients this check looks for, where each installs itself, and what "current" means for
 * it. A data table, compiled by hand on the date below; nothing here is fetched at run time, so the
 * check warns when the table is older than the policy allows (as os-updates does for its table).
 *
 * Which clients: the desktop clients of the tools in the Bar Association's list (nettvett seed 000)
 * and the health sector's list (NFKUT seed 003). Confrere, Whereby, Google Meet and the health
 * sector's video services run in the browser only and have nothing to install.
 *
 * What "current" means, per vendor:
 * - Zoom Workplace: the minimum version Zoom enforces (Zoom Software Quarterly Lifecycle Policy,
 *   support.zoom.com KB0061130; the table enforced from 2 Aug 2025 and kept on 1 Nov 2025: 5.17.5 on
 *   Windows, 6.0.2 on macOS and Linux). Below it Zoom refuses to sign in or join.
 * - new Microsoft Teams: Microsoft blocks desktop clients more than three months old (Microsoft Learn,
 *   "Why it's important to keep Teams updated", servicing agreement). Its version starts with the
 *   build date as YYDDD (26045.300.4388.9208 was published 2026-02-14, day 45), which is how the age
 *   is read.
 * - classic Microsoft Teams: support ended (same Microsoft Learn page: "The classic Teams client has
 *   ended support, and is no longer receiving updates"); any version is retired.
 * - Webex, Pexip, Wire: no published minimum version was found; they are listed as installed, not judged.
 */
export const VIDEO_APPS_TABLE_COMPILED = '2026-11-23';

export type CurrencyRule =
  /** at or above this dotted version */
  | { kind: 'minimum'; version: string; source: string }
  /** the build date in the version (YYDDD first field) at most this many days before the run */
  | { kind: 'max-age'; days: number; source: string }
  /** every version is out of support */
  | { kind: 'retired'; since: string; source: string }
  /** no minimum published: installed, not judged */
  | { kind: 'none' };

export type Platform = 'windows' | 'macos' | 'linux';

export interface VideoApp {
  id: string;
  /** shown to the user */
  name: string;
  /** per platform; a platform missing here has a rule of kind 'none' */
  rule: Partial<Record<Platform, CurrencyRule>>;
  /** Windows: DisplayName patterns of the Uninstall registry keys, whole-name matches */
  windowsNames?: readonly RegExp[];
  /** Windows: Appx package name (Get-AppxPackage -Name) */
  appx?: string;
  /** macOS: application bundles in /Applications */
  macBundles?: readonly string[];
  /** Linux: Debian package names */
  debPackages?: readonly string[];
  /** Linux: Flatpak application ids (system-wide installs, /var/lib/flatpak/app/<id>) */
  flatpakIds?: readonly string[];
  /** where the names above come from */
  source: string;
}

const ZOOM_POLICY = 'Zoom Software Quarterly Lifecycle Policy (support.zoom.com KB0061130), enforcement of 2025-08-02, kept 2025-11-01';
const TEAMS_SERVICING = 'Microsoft Learn: Why it\u2019s important to keep Teams updated (clients more than three months old are blocked)';

export const videoApps: readonly VideoApp[] = [
  {
    id: 'zoom',
    name: 'Zoom Workplace',
    rule: {
      windows: { kind: 'minimum', version: '5.17.5', source: ZOOM_POLICY },
      macos: { kind: 'minimum', version: '6.0.2', source: ZOOM_POLICY },
      linux: { kind: 'minimum', version: '6.0.2', source: ZOOM_POLICY },
    },
    // "Zoom Workplace (64-bit)" 6.1.43316 / 6.7.30439 (MSI, HKLM); "Zoom" for the older per-user installer
    windowsNames: [/^Zoom Workplace( \((64|32)-bit\))?$/i, /^Zoom( \((64|32)-bit\))?$/i],
    macBundles: ['/Applications/zoom.us.app'],
    debPackages: ['zoom'],
    flatpakIds: ['us.zoom.Zoom'],
    source:
      'DisplayName/DisplayVersion rows in GabrielMoreau/winsoft-main zoom/README.md; /Applications/zoom.us.app (bundle id us.zoom.xos), `dpkg -s zoom` and `flatpak install flathub us.zoom.Zoom` in public admin scripts',
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    rule: {
      windows: { kind: 'max-age', days: 92, source: TEAMS_SERVICING },
      macos: { kind: 'max-age', days: 92, source: TEAMS_SERVICING },
    },
    appx: 'MSTeams',
    // renamed from "Microsoft Teams (work or school)" to "Microsoft Teams" when classic Teams ended
    macBundles: ['/Applications/Microsoft Teams.app', '/Applications/Microsoft Teams (work or school).app'],
    source: 'Microsoft Learn: new Teams bulk install (MSTeams MSIX, Get-AppxPackage -Name MSTeams); macOS bundle names in public detection scripts',
  },
  {
    id: 'teams-classic',
    name: 'Microsoft Teams classic',
    rule: {
      windows: { kind: 'retired', since: '2025-07-01', source: TEAMS_SERVICING },
      macos: { kind: 'retired', since: '2025-07-01', source: TEAMS_SERVICING },
      linux: {
        kind: 'retired',
        since: '2022-12-01',
        source:
          'Microsoft 365 message center MC412007 (August 2022): the Teams desktop client on Linux retired in early December 2022, replaced by the web app',
      },
    },
    // the per-user install was "Microsoft Teams" (1.x versions) before it was renamed "Microsoft Teams classic";
    // "Teams Machine-Wide Installer" installs it for every user who signs in
    windowsNames: [/^Microsoft Teams classic$/i, /^Microsoft Teams$/i, /^Teams Machine-Wide Installer$/i],
    macBundles: ['/Applications/Microsoft Teams classic.app'],
    debPackages: ['teams'],
    source:
      'GabrielMoreau/winsoft-main msteams/README.md (Teams Machine-Wide Installer 1.7/1.8); Chocolatey microsoft-teams softwareName "Microsoft Teams classic"; Jamf scripts for /Applications/Microsoft Teams classic.app',
  },
  {
    id: 'webex',
    name: 'Webex',
    rule: {},
    windowsNames: [/^(Cisco )?Webex$/i, /^Cisco Webex Meetings( Desktop App)?$/i],
    macBundles: ['/Applications/Webex.app'],
    debPackages: ['webex'],
    source: 'Webex.msi (binaries.webex.com); /Applications/Webex.app in public inventory scripts; the Debian package name is assumed',
  },
  {
    id: 'pexip',
    name: 'Pexip',
    rule: {},
    windowsNames: [/^Pexip( Infinity Connect| Connect)?$/i],
    macBundles: ['/Applications/Pexip Infinity Connect.app'],
    source: 'assumed from the product name (Pexip Infinity Connect desktop app); no published inventory row found',
  },
  {
    id: 'wire',
    name: 'Wire',
    rule: {},
    windowsNames: [/^Wire$/i],
    macBundles: ['/Applications/Wire.app'],
    debPackages: ['wire-desktop'],
    source: 'assumed from the product name; no published inventory row found',
  },
];

/** Display names worth sending back from Windows: a first, loose filter applied in PowerShell. */
export const WINDOWS_NAME_FILTER = 'Zoom|Teams|Webex|Pexip|^Wire$';
