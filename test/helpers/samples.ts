/**
 * Captured outputs from real machines (shared/samples and test/fixtures/samples): each file starts
 * with `# source:` / `# locale:` header lines and maybe a `$ command` line; strip those before
 * feeding a parser, and keep the output byte for byte otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** Copies of shared/samples, kept with the project so its tests stand on their own. */
export const SAMPLES = join(ROOT, 'test', 'fixtures', 'samples');

export function sampleText(relative: string): string {
  return stripSampleHeader(readFileSync(join(SAMPLES, relative), 'utf8'));
}

export function stripSampleHeader(text: string): string {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i]!.startsWith('# ') || lines[i]!.startsWith('$ '))) i += 1;
  return lines.slice(i).join('\n');
}

export function sampleFiles(os: 'linux' | 'macos' | 'windows', prefix = ''): string[] {
  return readdirSync(join(SAMPLES, os))
    .filter((f) => f.startsWith(prefix))
    .map((f) => `${os}/${f}`);
}
