/**
 * The probe is the one door to the machine. Checks receive a Probe and ask it for everything:
 * commands, files, directory listings, library calls (node-wifi) and network measurements. A live probe can record every interaction; a replay probe answers from a bundle.
 */

export type OsName = 'linux' | 'darwin' | 'win32' | string;

export interface PlatformInfo {
  os: OsName;
  release: string;
  arch: string;
}

/** Why a command did not give an ordinary exit. */
export type CommandFailure = 'not-found' | 'timeout' | 'too-large' | 'denied' | 'failed' | 'aborted';

export interface CommandResult {
  stdout: string;
  stderr: string;
  /** exit code, or null when the program did not exit by itself (see `failure`) */
  code: number | null;
  failure?: CommandFailure;
}

export interface RunOptions {
  /** milliseconds before the program is killed; default 10 000 */
  timeoutMs?: number;
  /** bytes of stdout+stderr kept before the program is killed; default 4 MiB */
  maxBytes?: number;
  /**
   * 'c' (default): LC_ALL=C.UTF-8 and LANGUAGE= so that programs that honour it print untranslated
   * labels while keeping UTF-8 data (SSIDs) intact. 'user': the user's own locale.
   */
  locale?: 'c' | 'user';
  /** extra environment variables (names only known ones; recorded in the bundle key) */
  env?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * leave running what the program started once it has exited (an opener starts the settings app
   * and exits); by default those are ended with it. Not part of the recording key.
   */
  keepChildren?: boolean;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  isDirectory: boolean;
}

export interface Probe {
  readonly mode: 'live' | 'record' | 'replay';
  readonly platform: PlatformInfo;
  /** the moment of the run; in replay, the moment the bundle was recorded (so findings repeat) */
  now(): Date;
  run(cmd: string, args: string[], options?: RunOptions): Promise<CommandResult>;
  /** file content as UTF-8 text, or null when missing or unreadable */
  readFile(path: string, options?: { maxBytes?: number }): Promise<string | null>;
  /** entry names, or null when missing or unreadable */
  listDir(path: string): Promise<string[] | null>;
  stat(path: string): Promise<FileStat | null>;
  /**
   * A named call into a library or a measurement (node-wifi's connections, a STUN or HTTP
   * measurement; bundles recorded before also hold `systeminformation.networkInterfaces`, still read
   * in replay). `name` and `args` form the recording key; `fn` runs only when live. The result must
   * be plain JSON. In replay a call missing from the bundle throws ProbeMissingError.
   */
  call<T>(name: string, args: unknown[], fn: () => Promise<T>): Promise<T>;
}

export class ProbeMissingError extends Error {
  constructor(what: string) {
    super(`not in the replay bundle: ${what}`);
    this.name = 'ProbeMissingError';
  }
}
