/**
 * The name of the program that started this process (Windows only), for the single executable's
 * launcher: was it started from a shell, whose window stays open, or by a double-click, whose console
 * window closes with the process? One PowerShell start (Get-CimInstance, allowed in Constrained
 * Language Mode) with the parent's process id; the answer is Win32_Process.Name, the image file name
 * (e.g. `explorer.exe`, `cmd.exe`). Any failure or silence is `null`: the caller then keeps the window.
 */
import { runCommand } from './live.js';

export async function parentProcessName(ppid: number, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (!Number.isInteger(ppid) || ppid <= 0) return null;
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  const powershell = `${root}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
  const result = await runCommand(
    powershell,
    ['-NoProfile', '-NonInteractive', '-Command', `(Get-CimInstance -ClassName Win32_Process -Filter 'ProcessId=${ppid}').Name`],
    { timeoutMs: 5000, maxBytes: 4096, locale: 'user' },
  );
  const name = result.code === 0 ? result.stdout.trim().split(/\r?\n/)[0]?.trim() : '';
  return name ? name : null;
}
