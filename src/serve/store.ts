/**
 * Where the collector keeps reports. A report is stored as the JSON the schema validated (unknown
 * keys dropped), and known by the SHA-256 of that text: the same report sent twice (a retry after
 * a lost answer) is stored once.
 *
 * The folder store writes one file per report, durably before it answers: the text goes to a
 * temporary file in the same file system, which is fsynced, then linked to its final name (link()
 * fails if the name exists, so two identical reports arriving together make one file, and the
 * second is told so), the temporary name removed, and the folder fsynced so that the new name
 * survives a crash. Files fan out into 256 folders by the first two hex digits of the hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/index.js';
import type { FleetSummary, SummaryOptions } from '../report/summarize.js';
import type { Report } from '../report/schema.js';
import type { ReadOptions, TrustOptions } from '../summarize.js';

/** The summary's options, and for the folder store the policies reports are judged again under and the key their signatures are checked with. */
export type StoreSummaryOptions = SummaryOptions & TrustOptions & Pick<ReadOptions, 'judgeAgain'>;

export interface PutResult {
  id: string;
  /** false when the same report was stored before */
  created: boolean;
}

export interface ReportStore {
  /** a short description for the start-up line (no password) */
  readonly label: string;
  put(report: Report): Promise<PutResult>;
  summary(lang: Lang, options: StoreSummaryOptions): Promise<FleetSummary>;
  close(): Promise<void>;
}

export function canonical(report: Report): { text: string; id: string } {
  const text = JSON.stringify(report);
  return { text, id: createHash('sha256').update(text).digest('hex') };
}

async function fsyncDir(dir: string): Promise<void> {
  // a folder cannot be opened for fsync on Windows; there the rename's durability is the file system's
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `mkdir -p` that always ends: Node's recursive mkdir loops for ever where the kernel answers ENOENT
 * for a folder whose parent exists (under /proc), so each missing level is made on its own and the
 * first refusal is thrown.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) mkdirSync(folder);
}

export class FolderStore implements ReportStore {
  readonly label: string;
  readonly reports: string;
  private readonly temp: string;
  private readonly made = new Set<string>();

  constructor(readonly dir: string) {
    this.label = `folder ${dir}`;
    this.reports = join(dir, 'reports');
    this.temp = join(dir, 'tmp');
    makeFolders(this.reports);
    makeFolders(this.temp);
  }

  async put(report: Report): Promise<PutResult> {
    const { text, id } = canonical(report);
    const sub = join(this.reports, id.slice(0, 2));
    if (!this.made.has(sub)) {
      await mkdir(sub, { recursive: true });
      await fsyncDir(this.reports);
      this.made.add(sub);
    }
    const final = join(sub, `${id}.json`);
    const temp = join(this.temp, `${id}.${randomBytes(6).toString('hex')}.tmp`);
    // written and fsynced in the thread pool, so that the fsyncs of concurrent reports overlap
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${text}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    let created = true;
    try {
      await link(temp, final);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      created = false;
    }
    await unlink(temp);
    if (created) await fsyncDir(sub);
    return { id, created };
  }

  async summary(lang: Lang, options: StoreSummaryOptions): Promise<FleetSummary> {
    const { summarizeFiles } = await import('../summarize.js');
    return summarizeFiles([this.reports], lang, options);
  }

  async close(): Promise<void> {}
}
