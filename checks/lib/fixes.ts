/**
 * Fixes per operating system as data. A check lists, for each message that tells how to fix
 * something, the variant for each OS (and, where the menus differ, each OS version) with the
 * setting the OS can open. `pickFix` chooses the one for the machine the facts came from.
 */
import type { PlatformInfo } from '../../src/probe/types.js';

export type OsKey = 'windows' | 'macos' | 'linux';

export interface FixVariant<K extends string> {
  /** the message that says what to do */
  id: K;
  /** a setting the OS opens: ms-settings:..., x-apple.systempreferences:... */
  link?: string;
  /** only for these versions (Windows: build number; macOS: major version); a variant without `when` fits any */
  when?: { windowsBuild?: { min?: number; below?: number }; macosMajor?: { min?: number; below?: number } };
}

/** Variants per OS, tried in order; `other` for an OS the table does not name. */
export type FixTable<K extends string> = Partial<Record<OsKey, K | readonly FixVariant<K>[]>> & { other?: K };

export interface OsVersion {
  os: OsKey | null;
  /** Windows: the build (19045 is Windows 10 22H2, 22000 and up Windows 11) */
  windowsBuild: number | null;
  /** macOS: the major version (13 Ventura, 14 Sonoma, 15 Sequoia, 26 Tahoe) */
  macosMajor: number | null;
}

export function osKey(os: string): OsKey | null {
  return os === 'win32' || os === 'windows' ? 'windows' : os === 'darwin' || os === 'macos' ? 'macos' : os === 'linux' ? 'linux' : null;
}

/**
 * The OS version from the platform's release string, as Node's os.release() gives it: Windows
 * "10.0.<build>", macOS the Darwin kernel version (Darwin 20-24 are macOS 11-15; Darwin 25 is
 * macOS 26). Anything else (a hand-made bundle says "replayed") gives null versions.
 */
export function osVersionOf(platform: Pick<PlatformInfo, 'os' | 'release'>): OsVersion {
  const os = osKey(platform.os);
  const win = os === 'windows' ? /^10\.0\.(\d{5})/.exec(platform.release) : null;
  const darwin = os === 'macos' ? /^(\d+)\./.exec(platform.release) : null;
  const kernel = darwin ? Number(darwin[1]) : null;
  const macosMajor = kernel === null || kernel < 20 ? null : kernel >= 25 ? kernel + 1 : kernel - 9;
  return { os, windowsBuild: win ? Number(win[1]) : null, macosMajor };
}

function inRange(value: number | null, range: { min?: number; below?: number } | undefined): boolean {
  if (!range) return true;
  if (value === null) return false;
  return (range.min === undefined || value >= range.min) && (range.below === undefined || value < range.below);
}

function fits<K extends string>(variant: FixVariant<K>, version: OsVersion): boolean {
  return inRange(version.windowsBuild, variant.when?.windowsBuild) && inRange(version.macosMajor, variant.when?.macosMajor);
}

/**
 * The fix for this machine: the first variant of its OS whose versions fit; when the version is
 * not known, the first variant without a version condition. Null when the table has nothing.
 */
export function pickFix<K extends string>(table: FixTable<K>, version: OsVersion): { id: K; link?: string } | null {
  const entry = version.os ? table[version.os] : undefined;
  if (entry === undefined) return table.other ? { id: table.other } : null;
  if (typeof entry === 'string') return { id: entry as K };
  const variants = entry as readonly FixVariant<K>[];
  const chosen = variants.find((v) => v.when && fits(v, version)) ?? variants.find((v) => !v.when);
  return chosen ? { id: chosen.id, ...(chosen.link ? { link: chosen.link } : {}) } : null;
}
