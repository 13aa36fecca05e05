/**
 * os-updates, camera-mic, disk-encryption and screen-lock fed garbage on every platform: whatever the programs print, the checks
 * give a finding (unknown when they cannot tell), never a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cameraMic from '../checks/camera-mic/index.js';
import diskEncryption from '../checks/disk-encryption/index.js';
import screenLock from '../checks/screen-lock/index.js';
import osUpdates from '../checks/os-updates/index.js';
import { checkOptions, STATUSES, type AnyCheck } from '../src/check.js';
import type { Interaction } from '../src/probe/bundle.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { bundleOf } from './helpers/bundles.js';

/** A probe that answers every command with `stdout`/`code`, every file with `text`, every listing with `names`. */
function garbageProbe(os: string, stdout: string, code: number | null, text: string | null, names: string[] | null): ReplayProbe {
  const probe = new ReplayProbe(bundleOf(os, [] as Interaction[]));
  return Object.assign(probe, {
    run: async () => ({ stdout, stderr: stdout.slice(0, 20), code, ...(code === null ? { failure: 'timeout' as const } : {}) }),
    readFile: async () => text,
    listDir: async () => names,
    stat: async () => (text === null ? null : { size: text.length, mtimeMs: 0, isDirectory: false }),
  });
}

const output = fc.oneof(
  fc.string(),
  fc.jsonValue().map((j) => JSON.stringify(j)),
  fc.constant('{"devices":[{"class":"Camera","name":null}],"webcam":"x"}'),
  fc.constant('{"SPCameraDataType":[{"_name":1}],"SPAudioDataType":[{"_items":[{"coreaudio_device_input":"x"}]}]}'),
);

describe.each([
  ['os-updates', osUpdates],
  ['camera-mic', cameraMic],
  ['disk-encryption', diskEncryption],
  ['screen-lock', screenLock],
] as [string, AnyCheck][])('%s never crashes on garbage', (_id, check) => {
  it.each(['win32', 'darwin', 'linux'])('%s', async (os) => {
    await fc.assert(
      fc.asyncProperty(
        output,
        fc.constantFrom(0, 1, 100, null),
        fc.option(fc.string(), { nil: null }),
        fc.option(fc.array(fc.string(), { maxLength: 4 }), { nil: null }),
        async (stdout, code, text, names) => {
          const probe = garbageProbe(os, stdout, code, text, names);
          const facts = await check.collect({
            probe,
            options: { offline: false, speedUrl: 'http://127.0.0.1:9', stun: [] },
            signal: new AbortController().signal,
          });
          JSON.stringify(facts);
          // whatever the machine printed, the facts keep the check's own schema (the IT contract)
          const parsed = check.facts.safeParse(facts);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
          const finding = check.evaluate(facts, {
            options: checkOptions(check, undefined),
            meeting: { dataClass: 'green', redRules: false },
            platform: probe.platform,
            now: new Date(),
          });
          expect(STATUSES).toContain(finding.status);
          expect(finding.summary.length).toBeGreaterThan(0);
          if (finding.status === 'unknown') expect(finding.reason?.code).toBeTruthy();
        },
      ),
      { numRuns: 60 },
    );
  });
});
