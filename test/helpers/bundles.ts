/**
 * Building replay bundles from real captured samples, and replaying them through the built CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleSchema, type Bundle, type Interaction } from '../../src/probe/bundle.js';
import { WHOAMI_ARGS } from '../../src/probe/session.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { runCli } from './cli.js';
import { sampleText } from './samples.js';

export function bundleOf(os: string, interactions: Interaction[], recordedAt = '2026-11-20T09:00:00.000Z'): Bundle {
  return BundleSchema.parse({ format: 'homeoffice-check-bundle', version: 1, recordedAt, platform: { os, release: 'replayed', arch: 'x64' }, interactions });
}

/** A command's recorded answer, for a bundle made in a test. */
export function ran(cmd: string, args: string[], stdout: string, { stderr = '', code = 0 }: { stderr?: string; code?: number | null } = {}): Interaction {
  return { type: 'run', cmd, args, locale: 'c', result: { stdout, stderr, code } };
}

/** A PowerShell section's recorded answer: a bundle keys each section by its script. */
export function sectionRan(script: string, stdout: string, { stderr = '', code = 0 }: { stderr?: string; code?: number } = {}): Interaction {
  return { type: 'call', name: 'powershell', args: [script], result: { stdout, stderr, code } };
}

/** `whoami /user /groups` of a shell run as SYSTEM (S-1-5-18), as Intune runs scripts: a real capture. */
export const SYSTEM_WHOAMI: Interaction = ran('whoami', WHOAMI_ARGS, sampleText('windows/whoami-all-system__htb-scrambled-writeup.txt'));

/** A Linux machine whose one Wi-Fi interface, wlan0, is up, as sysfs shows it. */
export const SYSFS_WLAN0_UP: Interaction[] = [
  { type: 'listDir', path: '/sys/class/net', result: ['wlan0'] },
  { type: 'readFile', path: '/sys/class/net/wlan0/type', result: '1\n' },
  { type: 'readFile', path: '/sys/class/net/wlan0/operstate', result: 'up\n' },
  { type: 'listDir', path: '/sys/class/net/wlan0/wireless', result: [] },
];

/**
 * What NetworkManager prints for node-wifi's field list when the network's name is `Kontor\`: the
 * escaped backslash before the separator makes node-wifi throw inside a callback (see
 * test/wifi-security.test.ts).
 */
export const NODE_WIFI_BACKSLASH_ROW = 'yes:Kontor\\\\:FE\\:DC\\:BA\\:09\\:87\\:03:Infra:1:2412 MHz:87:WPA2:(none):pair_ccmp group_ccmp psk:wlan0';

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
