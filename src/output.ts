/**
 * Writing the tool's own output files (the report, a recorded bundle, a summary).
 *
 * A regular file (or a new one) is written atomically: a temporary file beside the target, then a
 * rename, so that a reader never sees half a file; through a symbolic link, the file the link
 * points to is replaced and the link is kept. Anything else is never replaced, even by root: a
 * character device (/dev/null, a terminal) is written into; a FIFO is written into when someone
 * reads it, else refused; a path through /dev or /proc (/dev/stdout, /proc/self/fd/1) is written
 * into whatever it is; a folder, a block device or a socket is refused. Every failure is one line
 * naming the target (a UsageError: exit 2), never a temporary file.
 *
 * Temporary files still open when the process is interrupted are removed.
 */
import { tCli, type MessageId } from './i18n/index.js';
import { randomBytes } from 'node:crypto';
import { constants, rmSync, type Stats } from 'node:fs';
import { access, lstat, open, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './input.js';

const pending = new Set<string>();
/** the flag each checked target was given by (`-o`, `--record`), for the messages of a later write */
const labelOf = new Map<string, string>();

/** How a target is written. */
type Target = { kind: 'atomic'; path: string } | { kind: 'stdio'; path: string; fd: 1 | 2 } | { kind: 'device'; path: string } | { kind: 'fifo'; path: string };

/** Why a file cannot be written, by errno code: catalogue keys (the words follow the command line's language). */
const REASON: Record<string, MessageId> = {
  ENOENT: 'error.write.missing',
  EACCES: 'error.file.denied',
  EPERM: 'error.file.denied',
  EROFS: 'error.write.read-only',
  ENOSPC: 'error.write.no-space',
  EDQUOT: 'error.write.quota',
  EISDIR: 'error.file.folder',
  ENOTDIR: 'error.write.not-folder',
  ELOOP: 'error.write.loop',
  ENAMETOOLONG: 'error.write.name-too-long',
  ENXIO: 'error.write.fifo-unread',
  EPIPE: 'error.write.reader-gone',
  EIO: 'error.write.io',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const id = REASON[code];
  return id ? tCli(id) : code || tCli('error.write.unwritable');
}

function failure(label: string, path: string, reason: string): UsageError {
  return new UsageError(tCli('error.write', { label, path, reason }));
}

/**
 * Follow the path and the symbolic links on its way: does it lead through /dev or /proc (as
 * /dev/stdout does)? And is it one of this process's own descriptors (/dev/stdout, /dev/fd/1,
 * /proc/self/fd/1), which may be a pipe or a socket that cannot be opened again by name?
 */
async function devicePath(path: string): Promise<{ device: boolean; fd: number | null }> {
  // Windows: the reserved device names (NUL, CON, COM1, ...), with or without \\.\ in front, as
  // Microsoft's "Naming Files, Paths, and Namespaces" lists them (from the documentation only)
  if (process.platform === 'win32') {
    const device = /^(?:nul|con|prn|aux|com\d|lpt\d|conin\$|conout\$)(?:\.[^\\/]*)?$/i.test(basename(path)) || /^\\\\[.?]\\/.test(path);
    return { device, fd: null };
  }
  const own = new RegExp(`^/(?:dev|proc/(?:self|${process.pid}))/fd/(\\d+)$`);
  let current = resolve(path);
  let device = false;
  for (let hops = 0; hops < 40; hops += 1) {
    if (/^\/(dev|proc)(\/|$)/.test(current)) device = true;
    const std = /^\/dev\/std(out|err)$/.exec(current);
    if (std) return { device, fd: std[1] === 'out' ? 1 : 2 };
    const fd = own.exec(current);
    if (fd) return { device, fd: Number(fd[1]) };
    const link = await readlink(current).catch(() => null);
    // pipe:[123], socket:[456]: an open descriptor with no name to follow
    if (link === null || /^[a-z_]+:\[/.test(link)) break;
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  return { device, fd: null };
}

/** What the target is and how to write it; throws a one-line UsageError for what cannot be written. */
async function classify(path: string, label: string): Promise<Target> {
  const dev = await devicePath(path);
  if (dev.fd === 1 || dev.fd === 2) return { kind: 'stdio', path, fd: dev.fd };
  if (dev.device && process.platform === 'win32') return { kind: 'device', path };
  let info: Stats | null;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw failure(label, path, reasonOf(error));
    info = null;
  }
  if (info === null) {
    if (dev.device) return { kind: 'device', path };
    // a new file: a dangling symbolic link is followed, to create what it points to
    const link = await lstat(path).then(
      (l) => l.isSymbolicLink(),
      () => false,
    );
    const target = link ? resolve(dirname(path), await readlink(path)) : path;
    return { kind: 'atomic', path: target };
  }
  if (info.isDirectory()) throw failure(label, path, tCli('error.file.folder'));
  if (info.isBlockDevice()) throw failure(label, path, tCli('error.write.block-device'));
  if (info.isSocket()) throw failure(label, path, tCli('error.write.socket'));
  if (info.isFIFO()) return { kind: 'fifo', path };
  if (info.isCharacterDevice() || dev.device) return { kind: 'device', path };
  // a regular file: replaced where it really is, so a symbolic link to it stays a link
  return { kind: 'atomic', path: await realpath(path) };
}

/** The folder of a new or replaced file must exist and take a new file: tried with an empty one. */
async function probeFolder(path: string, label: string, shown: string): Promise<void> {
  const dir = dirname(path);
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    throw failure(
      label,
      shown,
      info.code === 'ENOENT'
        ? tCli('error.write.no-folder', { dir })
        : info.code === 'ENOTDIR'
          ? tCli('error.write.dir-not-folder', { dir })
          : tCli('error.write.folder-problem', { dir, reason: reasonOf(info) }),
    );
  }
  if (!info.isDirectory()) throw failure(label, shown, tCli('error.write.dir-not-folder', { dir }));
  const temp = tempName(path);
  try {
    const handle = await open(temp, 'wx', 0o600);
    await handle.close();
  } catch (error) {
    throw failure(label, shown, tCli('error.write.folder-closed', { dir, reason: reasonOf(error) }));
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Can these output targets be written? Called before anything is asked or run, so that a wrong
 * path costs nobody their answers: throws a one-line UsageError (exit 2) naming the flag and why.
 */
export async function checkOutputTargets(targets: { output?: string; record?: string }, labels = { output: '-o', record: '--record' }): Promise<void> {
  for (const key of ['output', 'record'] as const) {
    const path = targets[key];
    if (path === undefined) continue;
    const label = labels[key];
    labelOf.set(path, label);
    const target = await classify(path, label);
    if (target.kind === 'atomic') {
      const exists = await stat(target.path).then(
        () => true,
        () => false,
      );
      if (exists) await access(target.path, constants.W_OK).catch((error) => Promise.reject(failure(label, path, reasonOf(error))));
      await probeFolder(target.path, label, path);
    } else if (target.kind !== 'stdio') {
      await access(target.path, constants.W_OK).catch((error) => Promise.reject(failure(label, path, reasonOf(error))));
    }
  }
}

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const temp = tempName(path);
  pending.add(temp);
  try {
    await writeFile(temp, content, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** Into a device or a path through /dev, /proc: opened for writing only, never created or truncated. */
async function writeInto(path: string, content: string): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Into a FIFO: opened without waiting, which fails at once when nobody reads it (rather than
 * hanging until someone does); then written in pieces as the reader takes them (a full pipe
 * answers EAGAIN: tried again shortly).
 */
async function writeFifo(path: string, content: string): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
  try {
    const data = Buffer.from(content, 'utf8');
    let done = 0;
    while (done < data.length) {
      try {
        const { bytesWritten } = await handle.write(data, done, data.length - done, null);
        done += bytesWritten;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Write `content` to `path` as described above. `label` names the target in an error (`-o`,
 * `--record`); every failure is a one-line UsageError naming the target.
 */
export async function writeFileAtomic(path: string, content: string, label = labelOf.get(path) ?? tCli('error.write.output-file')): Promise<void> {
  const target = await classify(path, label);
  try {
    if (target.kind === 'atomic') await writeAtomic(target.path, content);
    else if (target.kind === 'fifo') await writeFifo(target.path, content);
    else if (target.kind === 'stdio') await (target.fd === 1 ? writeStdout(content) : new Promise<void>((done) => process.stderr.write(content, () => done())));
    else await writeInto(target.path, content);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' && target.kind === 'atomic' ? tCli('error.write.no-folder', { dir: dirname(target.path) }) : reasonOf(error);
    throw failure(label, path, reason);
  }
}

/** For signal handlers: remove any temporary file not yet renamed. */
export function removePendingFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** Write to stdout and wait until it is flushed, so that exiting right after loses nothing. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0) return resolve();
    process.stdout.write(text, () => resolve());
  });
}
