/**
 * The policy's lowest allowed operating system versions (the check's options minWindowsBuild and
 * minMacosMajor; thresholds.os in the first policy format). Pure: from the facts the OS check gathered. A version that cannot be read is not judged here (the rest of the check says
 * what it could not tell).
 */
import type { OsFacts } from './facts.js';

/** The Windows build number in "22631", "22631.4460" or "10.0.22631.4460": the first part of 4+ digits. */
export function windowsBuildNumber(text: string | null): number | null {
  for (const part of (text ?? '').trim().split('.')) {
    if (/^\d{4,}$/.test(part)) return Number(part);
  }
  return null;
}

/** The macOS major version in "14.6.1" or "10.15.7". */
export function macosMajor(text: string | null): number | null {
  const m = /^(\d{1,3})(\.|$)/.exec((text ?? '').trim());
  return m ? Number(m[1]) : null;
}

export interface Minimums {
  minWindowsBuild: number | null;
  minMacosMajor: number | null;
}

export function belowMinimum(
  facts: Pick<OsFacts, 'distro' | 'build' | 'version' | 'productVersion'>,
  minimums: Minimums,
): { have: number; minimum: number } | null {
  const { minWindowsBuild, minMacosMajor } = minimums;
  if (facts.distro === 'windows' && minWindowsBuild !== null) {
    const build = windowsBuildNumber(facts.build) ?? windowsBuildNumber(facts.version);
    if (build !== null && build < minWindowsBuild) return { have: build, minimum: minWindowsBuild };
  }
  if (facts.distro === 'macos' && minMacosMajor !== null) {
    const major = macosMajor(facts.productVersion ?? facts.version);
    if (major !== null && major < minMacosMajor) return { have: major, minimum: minMacosMajor };
  }
  return null;
}
