/**
 * Building replay bundles from real captured samples, and replaying them through the built CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleSchema, type Bundle, type Interaction } from '../../src/probe/bundle.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { runCli } from './cli.js';

export function bundleOf(os: string, interactions: Interaction[], recordedAt = '2026-11-20T09:00:00.000Z'): Bundle {
  return BundleSchema.parse({ format: 'homeoffice-check-bundle', version: 1, recordedAt, platform: { os, release: 'replayed', arch: 'x64' }, interactions });
}

/** Replay a bundle (a path, or a bundle object written to a temporary file) through the built CLI. */
export async function replay(bundle: string | Bundle, extra: string[] = []): Promise<{ code: number | null; report: Report; stderr: string }> {
  let path = bundle as string;
  if (typeof bundle !== 'string') {
    path = join(mkdtempSync(join(tmpdir(), 'hoc-bundle-')), 'bundle.json');
    writeFileSync(path, JSON.stringify(bundle));
  }
  const run = await runCli(['--replay', path, '--json', '--no-questions', '--offline', ...extra]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`replay failed (${run.code}): ${run.stderr}`);
  return { code: run.code, report: ReportSchema.parse(JSON.parse(run.stdout)), stderr: run.stderr };
}
