/**
 * Opening a setting for the employee: a link a check gave (`ms-settings:privacy-webcam`,
 * `windowsdefender://network`, `x-apple.systempreferences:...`) handed to the program of the OS
 * that opens links, through the probe: an argument array, never a shell string (`cmd /c start`
 * would read `&` and `^` in a link as its own), recorded and replayed like every other command.
 *
 *   Windows  explorer.exe <link>   Explorer hands a URI to the program registered for its scheme
 *                                  (Settings, Windows Security). Its exit code is 1 even when the
 *                                  link opened, so only "not found", "denied" and a timeout count
 *                                  as failures. (From Microsoft's documentation of the schemes and
 *                                  common practice; not seen on a machine of ours.)
 *   macOS    open <link>           open(1): "open [...] file ... | URL"; exit 0 when it opened.
 *   Linux    xdg-open <link>       xdg-utils; then `gio open <link>` when xdg-open is missing.
 *            a link that is a command line of its own (`gnome-control-center privacy`) is run as
 *            that program with its arguments, split on spaces (no quoting, no shell).
 */
import type { CommandResult, Probe } from './types.js';

/** A URI with a scheme (ms-settings:, windowsdefender://, x-apple.systempreferences:). */
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** A command a Linux desktop opens settings with: a program name and plain words. */
const COMMAND = /^[a-z0-9][a-z0-9._-]*( [a-z0-9][a-z0-9._=-]*)*$/i;

/** The argv that opens `link` on `os`, in the order to try; empty when the OS or the link is not one we open. */
export function openerCommands(os: string, link: string): Array<{ cmd: string; args: string[] }> {
  if (link.length > 300 || /[\u0000-\u001f\u007f]/.test(link)) return [];
  if (URI.test(link)) {
    if (os === 'win32') return [{ cmd: 'explorer.exe', args: [link] }];
    if (os === 'darwin') return [{ cmd: 'open', args: [link] }];
    if (os === 'linux')
      return [
        { cmd: 'xdg-open', args: [link] },
        { cmd: 'gio', args: ['open', link] },
      ];
    return [];
  }
  if (os === 'linux' && COMMAND.test(link)) {
    const [cmd, ...args] = link.split(' ');
    return [{ cmd: cmd!, args }];
  }
  return [];
}

function opened(os: string, cmd: string, result: CommandResult): boolean {
  if (result.failure) return false;
  // explorer.exe answers 1 when it handed the link on (see above)
  if (os === 'win32' && cmd === 'explorer.exe') return result.code === 0 || result.code === 1;
  return result.code === 0;
}

/** Open a setting; true when the OS said it did. Nothing is opened for a link we cannot open safely. */
export async function openLink(probe: Probe, link: string): Promise<boolean> {
  for (const { cmd, args } of openerCommands(probe.platform.os, link)) {
    const result = await probe.run(cmd, args, { timeoutMs: 15_000, locale: 'user', keepChildren: true });
    if (result.failure === 'not-found') continue;
    return opened(probe.platform.os, cmd, result);
  }
  return false;
}
