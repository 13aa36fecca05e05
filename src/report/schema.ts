/**
 * The report: the contract with IT. This zod schema is the one source of its types, of the JSON
 * Schema that `homeoffice-check schema report` prints, and of the validation every report passes
 * before it is written. Keys listed here are fixed for schemaVersion 1; more may be added.
 */
import { z } from 'zod';
import { ReasonSchema } from '../check.js';

export const StatusSchema = z.enum(['pass', 'warn', 'fail', 'unknown', 'skipped']);
export const CategorySchema = z.enum(['device', 'network', 'accounts', 'room', 'conduct', 'data', 'incident']);
export const VerdictSchema = z.enum(['ready', 'ready-with-warnings', 'not-ready']);

const CategoryScoreSchema = z.object({
  /** 0-100, or null when nothing in the category could be judged */
  value: z.number().min(0).max(100).nullable(),
  pass: z.number().int().min(0),
  warn: z.number().int().min(0),
  fail: z.number().int().min(0),
  unknown: z.number().int().min(0),
  skipped: z.number().int().min(0),
});

export const CheckResultSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  category: CategorySchema,
  status: StatusSchema,
  blocker: z.boolean().describe('true when this result fails and alone makes the verdict not-ready'),
  weight: z.number().min(0),
  title: z.string(),
  summary: z.string(),
  remediation: z.string().nullable(),
  link: z.string().max(300).optional().describe('a setting the operating system can open for the fix (ms-settings:..., x-apple.systempreferences:...)'),
  reason: ReasonSchema.optional().describe('why the check could not tell (unknown) or did not run (skipped); present with those statuses'),
  facts: z.record(z.string(), z.unknown()),
  durationMs: z.number().min(0),
  sources: z.array(z.string()),
});

export const QuestionResultSchema = z.object({
  /** kebab-case; items asked once per policy entry end in .<entry id> (acc-mfa.vpn) */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/),
  category: CategorySchema,
  /** the answer given, or null when the question was not answered */
  answer: z.string().nullable(),
  status: StatusSchema,
  weight: z.number().min(0),
  blocker: z.boolean().describe('true when this answer fails and alone makes the verdict not-ready'),
  title: z.string(),
  remediation: z.string().nullable(),
  sources: z.array(z.string()),
});

/** Advice on the video tool: shown to the employee, never part of the score. */
export const VideoToolAdviceSchema = z.object({
  meetingNeed: z.string(),
  dataClass: z.enum(['green', 'yellow', 'red', 'unsure']),
  /** when the table behind the advice was compiled (ISO date) */
  compiled: z.iso.date(),
  intro: z.string(),
  tools: z.array(
    z.object({ id: z.string(), name: z.string(), fit: z.enum(['fits', 'conditions', 'not-suitable']), text: z.string() }),
  ),
  notes: z.array(z.string()),
  sources: z.array(z.string()),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('homeoffice-check'), version: z.string() }),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().min(0),
  lang: z.enum(['nb', 'en']),
  platform: z.object({ os: z.string(), release: z.string(), arch: z.string() }),
  /** how the facts were gathered: live on this machine, or replayed from a bundle */
  mode: z.enum(['live', 'record', 'replay']),
  /** from the policy: who the employee asks for help */
  organisation: z.object({ name: z.string(), contact: z.string().optional() }).optional(),
  /** only the identifiers the policy asks for (report.include); absent by default */
  device: z.object({ hostname: z.string().optional(), username: z.string().optional() }).optional(),
  score: z.object({
    value: z.number().int().min(0).max(100),
    verdict: VerdictSchema,
    blockers: z.array(z.string()),
    byCategory: z.partialRecord(CategorySchema, CategoryScoreSchema),
  }),
  checks: z.array(CheckResultSchema),
  questions: z.array(QuestionResultSchema),
  /** advice, not a verdict; present when the answers allow it */
  advice: z.object({ videoTool: VideoToolAdviceSchema.optional() }).optional(),
  /** present when IT provisions a signing key: HMAC-SHA256 over the rest of the report (src/report/sign.ts) */
  signature: z
    .object({
      alg: z.literal('HMAC-SHA256'),
      /** a fingerprint of the key that signed, never the key */
      keyId: z.string().optional(),
      /** the MAC over the report's RFC 8785 canonical JSON without `signature`, base64url */
      value: z.string(),
    })
    .optional()
    .describe('HMAC-SHA256 over the report without this key, in RFC 8785 canonical JSON; only with a signing key'),
});

export type Report = z.infer<typeof ReportSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type QuestionResult = z.infer<typeof QuestionResultSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VideoToolAdvice = z.infer<typeof VideoToolAdviceSchema>;
