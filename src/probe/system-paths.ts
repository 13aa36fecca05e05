/**
 * Windows programs the checks run by name are started from System32 by absolute path: a bare
 * name is looked up in the current folder first (libuv's search on Windows), so a `netsh.exe` in
 * Downloads would run instead. Recordings keep the bare name as the key, so a bundle replays the
 * same on every OS. Windows PowerShell 5.1 is started with PowerShell 7's module path removed
 * from its environment: it would load modules it cannot use and fail.
 */
import path from 'node:path';

/** Bare name (lower case) → path under %SystemRoot%. */
const SYSTEM32: Record<string, string> = {
  'powershell.exe': 'System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  powershell: 'System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  netsh: 'System32\\netsh.exe',
  'netsh.exe': 'System32\\netsh.exe',
  whoami: 'System32\\whoami.exe',
  'whoami.exe': 'System32\\whoami.exe',
  tasklist: 'System32\\tasklist.exe',
  'tasklist.exe': 'System32\\tasklist.exe',
  'manage-bde': 'System32\\manage-bde.exe',
  'manage-bde.exe': 'System32\\manage-bde.exe',
  reg: 'System32\\reg.exe',
  'reg.exe': 'System32\\reg.exe',
  dsregcmd: 'System32\\dsregcmd.exe',
  'dsregcmd.exe': 'System32\\dsregcmd.exe',
  powercfg: 'System32\\powercfg.exe',
  'powercfg.exe': 'System32\\powercfg.exe',
  // the opener of settings (src/probe/open.ts) lives in %SystemRoot% itself
  explorer: 'explorer.exe',
  'explorer.exe': 'explorer.exe',
  taskkill: 'System32\\taskkill.exe',
  'taskkill.exe': 'System32\\taskkill.exe',
};

/** What to start for `cmd` on this host: on Windows a known system program by its absolute path. */
export function resolveSystemCommand(cmd: string, host: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (host !== 'win32') return cmd;
  const rel = SYSTEM32[cmd.toLowerCase()];
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows';
  return rel ? path.win32.join(root, rel) : cmd;
}

/** The environment for `cmd`: Windows PowerShell gets no PSModulePath (it builds its own). */
export function systemCommandEnv(cmd: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (!/^powershell(\.exe)?$/i.test(path.win32.basename(cmd))) return env;
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) if (key.toLowerCase() !== 'psmodulepath') clean[key] = value;
  return clean;
}
