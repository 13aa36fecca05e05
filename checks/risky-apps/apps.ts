/**
 * Remote-access tools (the tools of phone fraud: "I'm from Microsoft, please install AnyDesk") and
 * private cloud sync clients (work data outside the employer's control). A data table, compiled by
 * hand on the date below. Windows executable names and install folders come from LOLRMM (the
 * community catalogue of remote-management tools used in attacks, magicsword-io/LOLRMM, yaml/<tool>)
 * and the vendors' own documentation; macOS names are the application bundles' names; Linux names are
 * the executables of the vendors' packages (as `ps` shows them: at most 15 characters).
 */
export const APPS_TABLE_COMPILED = '2026-11-23';

export type AppKind = 'remote-access' | 'cloud-sync';

export interface RiskyApp {
  id: string;
  /** the product's name, shown to the user */
  name: string;
  kind: AppKind;
  /** process names, compared without case and without `.exe` */
  processes: { windows?: readonly string[]; macos?: readonly string[]; linux?: readonly string[] };
  /** where an installation lives (remote-access tools only: installed counts even when not running) */
  installed?: { windows?: readonly string[]; macos?: readonly string[]; linux?: readonly string[] };
  source: string;
}

export const riskyApps: readonly RiskyApp[] = [
  {
    id: 'teamviewer',
    name: 'TeamViewer',
    kind: 'remote-access',
    processes: {
      windows: ['TeamViewer.exe', 'TeamViewer_Service.exe', 'TeamViewer_Desktop.exe', 'TeamViewerQS.exe'],
      macos: ['TeamViewer', 'TeamViewer_Desktop'],
      linux: ['teamviewerd', 'TeamViewer'],
    },
    installed: {
      windows: ['C:\\Program Files\\TeamViewer', 'C:\\Program Files (x86)\\TeamViewer'],
      macos: ['/Applications/TeamViewer.app', '/Applications/TeamViewerQS.app'],
      linux: ['/opt/teamviewer'],
    },
    source: 'LOLRMM yaml/teamviewer.yaml; TeamViewer knowledge base',
  },
  {
    id: 'anydesk',
    name: 'AnyDesk',
    kind: 'remote-access',
    processes: { windows: ['AnyDesk.exe'], macos: ['AnyDesk'], linux: ['anydesk'] },
    installed: {
      windows: ['C:\\Program Files (x86)\\AnyDesk', 'C:\\Program Files\\AnyDesk'],
      macos: ['/Applications/AnyDesk.app'],
      linux: ['/usr/bin/anydesk'],
    },
    source: 'LOLRMM yaml/anydesk.yaml; support.anydesk.com (command line interface, firewall)',
  },
  {
    id: 'rustdesk',
    name: 'RustDesk',
    kind: 'remote-access',
    processes: { windows: ['rustdesk.exe'], macos: ['RustDesk'], linux: ['rustdesk'] },
    installed: { windows: ['C:\\Program Files\\RustDesk'], macos: ['/Applications/RustDesk.app'], linux: ['/usr/bin/rustdesk'] },
    source: 'LOLRMM yaml/rustdesk.yaml; rustdesk.com docs',
  },
  {
    id: 'supremo',
    name: 'Supremo',
    kind: 'remote-access',
    processes: { windows: ['Supremo.exe', 'SupremoService.exe'], macos: ['Supremo'] },
    installed: { windows: ['C:\\Program Files (x86)\\Supremo'], macos: ['/Applications/Supremo.app'] },
    source: 'LOLRMM yaml/Supremoe.yml (Nanosystems Supremo)',
  },
  {
    id: 'ultraviewer',
    name: 'UltraViewer',
    kind: 'remote-access',
    processes: { windows: ['UltraViewer_Desktop.exe', 'UltraViewer_Service.exe'] },
    installed: { windows: ['C:\\Program Files (x86)\\UltraViewer'] },
    source: 'LOLRMM yaml/ultraviewer.yaml',
  },
  {
    id: 'screenconnect',
    name: 'ScreenConnect (ConnectWise Control)',
    kind: 'remote-access',
    processes: { windows: ['ScreenConnect.ClientService.exe', 'ScreenConnect.WindowsClient.exe'] },
    source: 'LOLRMM yaml/connectwise_control.yaml',
  },
  {
    id: 'logmein',
    name: 'LogMeIn',
    kind: 'remote-access',
    processes: { windows: ['LogMeIn.exe', 'LogMeInSystray.exe', 'LMIGuardianSvc.exe'] },
    installed: { windows: ['C:\\Program Files (x86)\\LogMeIn'] },
    source: 'LOLRMM yaml/logmein.yaml',
  },
  {
    id: 'splashtop',
    name: 'Splashtop',
    kind: 'remote-access',
    processes: { windows: ['SRService.exe', 'SRAgent.exe', 'strwinclt.exe'] },
    installed: { windows: ['C:\\Program Files (x86)\\Splashtop'] },
    source: 'LOLRMM yaml/splashtop.yaml',
  },
  {
    id: 'anyviewer',
    name: 'AnyViewer',
    kind: 'remote-access',
    processes: { windows: ['AnyViewer.exe'] },
    installed: { windows: ['C:\\Program Files (x86)\\AnyViewer'] },
    source: 'LOLRMM yaml/anyviewer.yaml',
  },
  {
    id: 'quick-assist',
    name: 'Quick Assist',
    kind: 'remote-access',
    // built into Windows: only a running session counts
    processes: { windows: ['QuickAssist.exe'] },
    source: 'Microsoft Learn: Use Quick Assist to help users',
  },
  {
    id: 'chrome-remote-desktop',
    name: 'Chrome Remote Desktop',
    kind: 'remote-access',
    processes: { windows: ['remoting_host.exe'] },
    source: 'LOLRMM yaml/chrome_remote_desktop.yaml',
  },
  {
    id: 'dropbox',
    name: 'Dropbox',
    kind: 'cloud-sync',
    processes: { windows: ['Dropbox.exe'], macos: ['Dropbox'], linux: ['dropbox'] },
    source: 'Dropbox help centre (desktop app); LOLRMM yaml/dropbox.yaml',
  },
  {
    id: 'google-drive',
    name: 'Google Drive',
    kind: 'cloud-sync',
    processes: { windows: ['GoogleDriveFS.exe'], macos: ['Google Drive'] },
    source: 'Google Drive for desktop help (GoogleDriveFS.exe)',
  },
  {
    id: 'icloud-drive',
    name: 'iCloud Drive',
    kind: 'cloud-sync',
    // macOS runs its iCloud daemons whether or not work files sync: not measurable there
    processes: { windows: ['iCloudDrive.exe'] },
    source: 'Apple Support: iCloud for Windows',
  },
  {
    id: 'mega',
    name: 'MEGA',
    kind: 'cloud-sync',
    processes: { windows: ['MEGAsync.exe'], linux: ['megasync'] },
    source: 'mega.io desktop app (MEGAsync)',
  },
  {
    id: 'pcloud',
    name: 'pCloud',
    kind: 'cloud-sync',
    processes: { windows: ['pCloud.exe'] },
    source: 'pCloud Drive help',
  },
];
