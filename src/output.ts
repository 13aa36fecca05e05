/**
 * Writing the tool's own output files (the report, a recorded bundle): atomically, by a temporary
 * file beside the target and a rename, so that a reader never sees half a file. Temporary files
 * still open when the process is interrupted are removed.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, content, { encoding: 'utf8', mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
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
