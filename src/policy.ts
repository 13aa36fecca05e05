/**
 * The IT policy: which checks and questions run, their weights, which are blockers, and the
 * thresholds. Everything the verdict depends on is data here, so an organisation can tune it
 * without changing code. The defaults are the policy when no file is given.
 */
import { z } from 'zod';
import { checks as allChecks } from '../checks/index.js';
import type { AnyCheck } from './check.js';
import { tCli } from './i18n/index.js';

/** The meeting classes a failing result may block in; "red" stands for every meeting held to the red rules (red, black, not sure). */
export const BlockerClass = z.enum(['green', 'yellow', 'red']);
export type BlockerClass = z.infer<typeof BlockerClass>;

const Override = z
  .object({
    enabled: z.boolean().optional(),
    weight: z.number().min(0).max(10).optional(),
    /** force a failing result to block (true) or never to block (false) */
    blocker: z
      .boolean()
      .optional()
      .describe('true: a failing result always blocks the meeting; false: it never does (wins over blockerIn and the built-in rules)'),
    /** block only in meetings of these classes */
    blockerIn: z
      .array(BlockerClass)
      .optional()
      .describe(
        'a failing result blocks in meetings of these classes ("red" covers red, black and not-sure meetings); [] never. Without it the built-in rule applies: os-updates, disk-encryption, firewall and video-apps block in red meetings',
      ),
  })
  .strict();

/** What a policy may say of one check: the common switches, and the check's own options. */
export interface CheckOverride {
  enabled?: boolean;
  weight?: number;
  blocker?: boolean;
  blockerIn?: BlockerClass[];
  /** the check's options (its own schema, defaults filled in by the engine) */
  options?: Record<string, unknown>;
}

/** `checks` of the policy: one entry per known check id, each with that check's options schema. */
function checksSchema(list: readonly AnyCheck[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const check of list) {
    const options = check.options ? { options: check.options.optional().describe(`options of the ${check.id} check`) } : {};
    shape[check.id] = Override.extend(options).strict().optional();
  }
  const known = list.map((c) => c.id).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? tCli('error.policy.unknown-check', { known }) : undefined),
  }) as unknown as z.ZodType<Record<string, CheckOverride>>;
}

export const DataClass = z.enum(['green', 'yellow', 'red']);
export type DataClass = z.infer<typeof DataClass>;

/**
 * A work service whose sign-in the questionnaire asks about (one two-factor question each).
 * Known ids (email, vpn, video) have their names in the message catalogues; others give a name.
 */
export const ServiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
    name: z
      .union([z.string().min(1), z.object({ nb: z.string().min(1), nn: z.string().min(1).optional(), en: z.string().min(1) }).strict()])
      .optional()
      .describe('the name asked about: one text, or one per language (nn may be left out: Nynorsk readers then see the nb name)'),
  })
  .strict();
export type Service = z.infer<typeof ServiceSchema>;
export const DEFAULT_SERVICES: readonly Service[] = [{ id: 'email' }, { id: 'vpn' }, { id: 'video' }];

export const PolicySchema = z
  .object({
    $schema: z.string().optional().describe('the JSON Schema of this file (`homeoffice-check schema policy`), for editors'),
    lang: z.enum(['nb', 'nn', 'en']).optional().describe('language of every text, unless --lang says otherwise'),
    organisation: z
      .object({
        name: z.string().min(1).describe('shown in the result and carried in the report'),
        contact: z.string().min(1).optional().describe('where employees get help: phone, e-mail or a web page'),
      })
      .strict()
      .optional(),
    thresholds: z
      .object({
        notReadyBelow: z.number().min(0).max(100).default(50).describe('a verdict of not-ready below this score even without a blocker'),
        // the first policy format: still read and moved to the checks' options (migratePolicy);
        // listed before `checks`, so that a wrong value is reported where the file wrote it
        maxDaysSinceUpdate: z.number().int().positive().optional().describe('deprecated: checks.os-updates.options.maxDaysSinceUpdate'),
        maxPackageListAgeDays: z.number().int().positive().optional().describe('deprecated: checks.os-updates.options.maxPackageListAgeDays'),
        maxSupportTableAgeDays: z
          .number()
          .int()
          .positive()
          .optional()
          .describe('deprecated: checks.os-updates.options and checks.video-apps.options maxSupportTableAgeDays'),
        network: z.record(z.string(), z.number().min(0)).optional().describe('deprecated: checks.network-quality.options'),
        os: z
          .object({ minWindowsBuild: z.number().int().positive().optional(), minMacosMajor: z.number().int().positive().optional() })
          .strict()
          .optional()
          .describe('deprecated: checks.os-updates.options minWindowsBuild, minMacosMajor'),
      })
      .strict()
      .prefault({}),
    requireVpn: z.boolean().optional().describe('deprecated: checks.vpn.options.required'),
    checks: checksSchema(allChecks).default({}).describe("per check: enabled, weight, blocker, and the check's own options"),
    questions: z.record(z.string(), Override).default({}),
    /** the work services whose sign-in needs two-factor authentication: work e-mail/Microsoft 365, VPN, the video tool */
    services: z
      .array(ServiceSchema)
      .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { error: () => tCli('error.policy.service-ids') })
      .default(() => DEFAULT_SERVICES.map((s) => ({ ...s })))
      .describe('the work services asked about, one two-factor question each (acc-mfa.<id>); known ids email, vpn, video; others need a name'),
    /** the data class of meetings when the employee does not say */
    defaultDataClass: DataClass.optional(),
    /** exit code 1 on any failing check or question, not only when the verdict is not-ready */
    exitOnFail: z
      .boolean()
      .default(false)
      .describe('true: any failing check or question gives exit code 1, even when the verdict lets the meeting go ahead (default: exit 1 only when not ready)'),
    endpoints: z
      .object({
        speedUrl: z.url({ protocol: /^https?$/ }).optional(),
        stun: z.array(z.string()).min(1).optional(),
      })
      .strict()
      .prefault({}),
    report: z
      .object({
        /** identifiers the report carries for IT's own reporting; none by default */
        include: z
          .array(z.enum(['hostname', 'username']))
          .default([])
          .describe('identifiers the report may carry (hostname, username); by default it carries none'),
        signingKeyFile: z.string().min(1).optional().describe('a key file for signing reports (HMAC-SHA256); on POSIX owned by root, mode 600 or 400'),
      })
      .strict()
      .prefault({}),
    /** where every report is POSTed (https://, or http:// to localhost only); --report-url overrides it */
    reportUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('where the JSON report is sent after a run (POST, application/json)'),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;

/**
 * Keys of the first policy format that are now a check's options: still read, and put where they
 * now live (the value under checks.<id>.options wins when a file gives both).
 */
const MOVED: readonly { from: readonly string[]; check: string; option?: string }[] = [
  { from: ['thresholds', 'network'], check: 'network-quality' },
  { from: ['thresholds', 'os'], check: 'os-updates' },
  { from: ['thresholds', 'maxDaysSinceUpdate'], check: 'os-updates', option: 'maxDaysSinceUpdate' },
  { from: ['thresholds', 'maxPackageListAgeDays'], check: 'os-updates', option: 'maxPackageListAgeDays' },
  { from: ['thresholds', 'maxSupportTableAgeDays'], check: 'os-updates', option: 'maxSupportTableAgeDays' },
  { from: ['thresholds', 'maxSupportTableAgeDays'], check: 'video-apps', option: 'maxSupportTableAgeDays' },
  { from: ['requireVpn'], check: 'vpn', option: 'required' },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A policy document of the first format, its moved keys copied to where they live now. */
export function migratePolicy(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const out: Record<string, unknown> = { ...raw, checks: isObject(raw.checks) ? { ...raw.checks } : raw.checks };
  const checksOut = out.checks as Record<string, unknown> | undefined;
  for (const move of MOVED) {
    let value: unknown = raw;
    for (const key of move.from) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    if (value === undefined || (checksOut !== undefined && !isObject(checksOut))) continue;
    const target = allChecks.find((c) => c.id === move.check);
    if (!target || !target.options) continue;
    const checks = (out.checks ??= {}) as Record<string, unknown>;
    const entry = isObject(checks[move.check]) ? { ...(checks[move.check] as Record<string, unknown>) } : {};
    const given = isObject(entry.options) ? entry.options : {};
    entry.options = move.option ? { [move.option]: value, ...given } : { ...(isObject(value) ? value : {}), ...given };
    checks[move.check] = entry;
  }
  return out;
}

/** The policy as a file gives it: the first format's keys accepted and moved. */
export const PolicyFileSchema = z.preprocess(migratePolicy, PolicySchema);

export const defaultPolicy: Policy = PolicySchema.parse({});
