/**
 * The IT policy: which checks and questions run, their weights, which are blockers, and the
 * thresholds. Everything the verdict depends on is data here, so an organisation can tune it
 * without changing code. The defaults are the policy when no file is given.
 */
import { z } from 'zod';

const Override = z
  .object({
    enabled: z.boolean().optional(),
    weight: z.number().min(0).max(10).optional(),
    /** force a failing result to block (true) or never to block (false) */
    blocker: z.boolean().optional(),
  })
  .strict();

export const DataClass = z.enum(['green', 'yellow', 'red']);
export type DataClass = z.infer<typeof DataClass>;

export const PolicySchema = z
  .object({
    $schema: z.string().optional(),
    lang: z.enum(['nb', 'en']).optional(),
    organisation: z
      .object({ name: z.string().min(1), contact: z.string().min(1).optional() })
      .strict()
      .optional(),
    checks: z.record(z.string(), Override).default({}),
    questions: z.record(z.string(), Override).default({}),
    thresholds: z
      .object({
        /** a verdict of not-ready below this score even without a blocker */
        notReadyBelow: z.number().min(0).max(100).default(50),
        /** days since the last software change before the OS check warns */
        maxDaysSinceUpdate: z.number().int().positive().default(35),
        /** age of the package manager's lists before a "no updates" count is doubted */
        maxPackageListAgeDays: z.number().int().positive().default(14),
        /** age of the bundled end-of-support table before the OS check says so */
        maxSupportTableAgeDays: z.number().int().positive().default(365),
      })
      .strict()
      .prefault({}),
    /** the data class of meetings when the employee does not say */
    defaultDataClass: DataClass.optional(),
    endpoints: z
      .object({
        speedUrl: z.url({ protocol: /^https?$/ }).optional(),
        stun: z.array(z.string()).min(1).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;

export const defaultPolicy: Policy = PolicySchema.parse({});
