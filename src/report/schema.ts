/**
 * The report: the contract with IT. This zod schema is the one source of its types, of the JSON
 * Schema that `homeoffice-check schema report` prints, and of the validation every report passes
 * before it is written. Keys listed here are fixed for a schemaVersion; more may be added.
 *
 * Version 2 (score model v2): `score.value` is the two-halves score (src/score.ts), and `score`
 * gains `scope`, `parts`, `dataClass` and `redRules`; a question's `title` is its short result
 * title, the full question moved to `question`, with `answerLabel` and `summary` beside it.
 * Version 1 stays readable: `ReportV1Schema`, and `AnyReportSchema`, which reads either version and
 * gives version 2's shape.
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

const QuestionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/)
  .describe('kebab-case; items asked once per policy entry end in .<entry id> (acc-mfa.vpn)');

/** A question's result as version 1 had it: `title` was the full question. */
export const QuestionResultV1Schema = z.object({
  id: QuestionIdSchema,
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

export const QuestionResultSchema = z.object({
  id: QuestionIdSchema,
  category: CategorySchema,
  answer: z.string().nullable().describe('the answer given (its id, as in the answers file), or null when the question was not answered'),
  answerLabel: z.string().nullable().describe("the answer given in the words it was offered in (the report's language), or null"),
  status: StatusSchema.describe(
    'what the answer counts as: fail or warn say why in summary; skipped: the question does not apply (a service not used, no screen shared); unknown: not answered, or not assessed (scope machine)',
  ),
  weight: z.number().min(0),
  blocker: z.boolean().describe('true when this answer fails and alone makes the verdict not-ready'),
  title: z.string().describe('the short result title ("Headphones", "Two-step sign-in: VPN"), as the result list and the fleet summary show it'),
  question: z.string().describe('the full question as it was asked'),
  summary: z
    .string()
    .nullable()
    .describe(
      'the answer given and why it counts as it does ("You answered “Not sure”. In a confidential meeting that counts as “No”."); null when only the machine was assessed',
    ),
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
  tools: z.array(z.object({ id: z.string(), name: z.string(), fit: z.enum(['fits', 'conditions', 'not-suitable']), text: z.string() })),
  notes: z.array(z.string()),
  sources: z.array(z.string()),
  /** each dated source's own date, as precise as the source gives it; an undated source is left out */
  sourceDates: z
    .record(z.string(), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))
    .optional()
    .describe("each dated source's own date (YYYY, YYYY-MM or YYYY-MM-DD): the advice is as old as its sources"),
});

/** What every version of the report shares. */
const ReportCommon = {
  tool: z.object({ name: z.literal('homeoffice-check'), version: z.string() }),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().min(0),
  lang: z.enum(['nb', 'nn', 'en']),
  platform: z.object({ os: z.string(), release: z.string(), arch: z.string() }),
  /** how the facts were gathered: live on this machine, or replayed from a bundle */
  mode: z.enum(['live', 'record', 'replay']),
  /** the policy the report was judged under (src/input.ts PolicySource): `summarize` judges it again under the same one */
  policy: z
    .object({
      source: z.enum(['built-in', 'file', 'url']).describe('built-in: no policy was given, the defaults of this version'),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional()
        .describe("SHA-256 of the policy file's exact bytes (file and url)"),
      url: z.string().optional().describe('the policy URL without its query string (url only)'),
    })
    .optional()
    .describe('the policy the report was judged under; absent in reports of earlier versions'),
  /** the moment the checks were judged at (the recorded time in a replay) */
  evaluatedAt: z.iso.datetime({ offset: true }).optional().describe('the moment the checks were judged at: the run, or the recording a replay comes from'),
  /** from the policy: who the employee asks for help */
  organisation: z.object({ name: z.string(), contact: z.string().optional() }).optional(),
  /** only the identifiers the policy asks for (report.include); absent by default */
  device: z.object({ hostname: z.string().optional(), username: z.string().optional() }).optional(),
  checks: z.array(CheckResultSchema),
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
};

const ScoreV1Schema = z.object({
  value: z.number().int().min(0).max(100),
  verdict: VerdictSchema,
  blockers: z.array(z.string()),
  byCategory: z.partialRecord(CategorySchema, CategoryScoreSchema),
});

/** The report as version 1 wrote it: read by `summarize`, never written any more. */
export const ReportV1Schema = z.object({
  schemaVersion: z.literal(1),
  ...ReportCommon,
  score: ScoreV1Schema,
  questions: z.array(QuestionResultV1Schema),
});

export const ScoreSchema = ScoreV1Schema.extend({
  value: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe('0-100: the mean of the two halves (parts), never more than 30 above the weaker one; the machine half alone when scope is "machine"'),
  verdict: VerdictSchema.describe(
    'not-ready: something blocks, nothing on the machine could be judged, or the score is under the floor (exit 1); ready-with-warnings: the meeting may go ahead, fix the rest soon (exit 0); ready: nothing failed, warned or stayed unknown',
  ),
  blockers: z.array(z.string()).describe('ids of the checks and questions that block the meeting'),
  scope: z
    .enum(['machine', 'machine-and-meeting'])
    .describe('machine: no question was answered (--no-questions), so only the computer was judged, not the room or habits; machine-and-meeting: both'),
  parts: z
    .object({
      machine: z.number().int().min(0).max(100).nullable().describe("the checks' half, measured on the machine; null when no check could tell"),
      meeting: z.number().int().min(0).max(100).nullable().describe("the questions' half, declared by the employee; null when not assessed"),
    })
    .describe('the two halves the score is made of'),
  dataClass: z
    .enum(['green', 'yellow', 'red', 'black', 'unsure'])
    .nullable()
    .describe("the meeting's data class as judged: the answer, else the policy's default, else unsure (with answers) or null (machine only)"),
  redRules: z.boolean().describe('true when the rules for confidential (red) meetings applied: red, black, or a class not known'),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(2),
  ...ReportCommon,
  score: ScoreSchema,
  questions: z.array(QuestionResultSchema),
  /** present only when an internal error of the tool ended the run (exit code 3) */
  error: z
    .object({
      code: z.literal('internal'),
      detail: z.string().max(500).describe('the error text, for IT; not translated'),
    })
    .optional()
    .describe(
      'present only when an internal error of the tool ended the run (exit code 3): the report holds what was found until then, a check that had not finished is unknown (reason internal), and the verdict is not-ready',
    ),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportV1 = z.infer<typeof ReportV1Schema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type QuestionResult = z.infer<typeof QuestionResultSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VideoToolAdvice = z.infer<typeof VideoToolAdviceSchema>;

/**
 * A version 1 report in version 2's shape, for readers of both (the fleet summary): the question's
 * title was the full question; the scope is inferred (machine when no question was answered); the
 * score keeps its value and verdict, and the halves it did not have are null.
 */
export function upgradeV1(report: ReportV1): Report {
  const answeredAny = report.questions.some((q) => q.answer !== null);
  return {
    ...report,
    schemaVersion: 2,
    score: {
      ...report.score,
      scope: answeredAny ? 'machine-and-meeting' : 'machine',
      parts: { machine: null, meeting: null },
      dataClass: null,
      redRules: false,
    },
    questions: report.questions.map((q) => ({ ...q, answerLabel: null, question: q.title, summary: null })),
  };
}

/**
 * Reads a report of either version, chosen by its schemaVersion (so that an error names the field
 * of that version's schema); a version 1 report comes out in version 2's shape.
 */
export const AnyReportSchema = z.unknown().transform((data, ctx): Report => {
  const v1 = typeof data === 'object' && data !== null && (data as { schemaVersion?: unknown }).schemaVersion === 1;
  const parsed = v1 ? ReportV1Schema.safeParse(data) : ReportSchema.safeParse(data);
  if (parsed.success) return v1 ? upgradeV1(parsed.data as ReportV1) : (parsed.data as Report);
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});
