/**
 * The record/replay bundle: every interaction of a run with the machine, as JSON.
 * One key per interaction (argv; path; library call with arguments), so that a bundle recorded on
 * Windows replays on Linux with exactly the same answers.
 */
import { z } from 'zod';

const CommandResultSchema = z.object({
  stdout: z.string(),
  stderr: z.string(),
  code: z.number().int().nullable(),
  failure: z.enum(['not-found', 'timeout', 'too-large', 'denied', 'failed', 'aborted']).optional(),
});

const FileStatSchema = z.object({ size: z.number(), mtimeMs: z.number(), isDirectory: z.boolean() });

export const InteractionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run'),
    cmd: z.string().min(1),
    args: z.array(z.string()),
    locale: z.enum(['c', 'user']).default('c'),
    env: z.record(z.string(), z.string()).optional(),
    result: CommandResultSchema,
    /** where the output came from, for bundles assembled from captured samples */
    source: z.string().optional(),
  }),
  z.object({ type: z.literal('readFile'), path: z.string(), result: z.string().nullable(), source: z.string().optional() }),
  z.object({ type: z.literal('listDir'), path: z.string(), result: z.array(z.string()).nullable() }),
  z.object({ type: z.literal('stat'), path: z.string(), result: FileStatSchema.nullable() }),
  z.object({
    type: z.literal('call'),
    name: z.string().min(1),
    args: z.array(z.unknown()),
    result: z.unknown().optional(),
    /** the call threw: its message */
    error: z.string().optional(),
    source: z.string().optional(),
  }),
]);

export type Interaction = z.infer<typeof InteractionSchema>;

export const BundleSchema = z.object({
  format: z.literal('homeoffice-check-bundle'),
  version: z.literal(1),
  recordedAt: z.iso.datetime({ offset: true }),
  platform: z.object({ os: z.string().min(1), release: z.string(), arch: z.string() }),
  /** the tool version that recorded it */
  tool: z.string().optional(),
  note: z.string().optional(),
  interactions: z.array(InteractionSchema),
});

export type Bundle = z.infer<typeof BundleSchema>;

/** The lookup key of an interaction: what was asked, never what came back. */
export type InteractionQuery =
  | { type: 'run'; cmd: string; args: string[]; locale?: 'c' | 'user'; env?: Record<string, string> }
  | { type: 'readFile' | 'listDir' | 'stat'; path: string }
  | { type: 'call'; name: string; args: unknown[] };

export function interactionKey(i: Interaction | InteractionQuery): string {
  switch (i.type) {
    case 'run':
      return JSON.stringify(['run', i.cmd, i.args, i.locale ?? 'c', i.env ?? {}]);
    case 'readFile':
    case 'listDir':
    case 'stat':
      return JSON.stringify([i.type, i.path]);
    case 'call':
      return JSON.stringify(['call', i.name, i.args]);
  }
}

/**
 * Several bundles as one machine: the first bundle's platform and time, and for each interaction the
 * first bundle's answer (how tests and benchmarks put a whole machine together from per-check captures).
 */
export function mergeBundles(bundles: readonly Bundle[]): Bundle {
  const seen = new Set<string>();
  const interactions = bundles
    .flatMap((b) => b.interactions)
    .filter((i) => {
      const key = interactionKey(i);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ...bundles[0]!, interactions };
}
