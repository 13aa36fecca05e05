/**
 * The check contract. Like an ESLint rule, a check is one module that carries everything it means:
 * its messages in each language (resolved by the engine, as ESLint resolves `messageId`), its
 * options as a zod schema with defaults (the policy schema is assembled from them), its facts as a
 * zod schema (the IT contract in `schema report`, and the fuzz target), its fixes per operating
 * system as data, and two functions: `collect` gathers facts through the probe only; `evaluate` is
 * pure: facts, options and the meeting in, finding out.
 */
import { z } from 'zod';
import type { Lang, MessageParams } from './i18n/index.js';
import type { PlatformInfo, Probe } from './probe/types.js';
import type { SourceId } from './sources.js';
import type { DataClassAnswer } from './questions/types.js';

export type Status = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped';
export const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'unknown', 'skipped'];

export type Category = 'device' | 'network' | 'accounts' | 'room' | 'conduct' | 'data' | 'incident';
export const CATEGORIES: readonly Category[] = ['device', 'network', 'accounts', 'room', 'conduct', 'data', 'incident'];

/** Plain JSON facts: what the machine told. Never SSIDs, MACs, IPs, host or user names, serials. */
export type Facts = Record<string, unknown>;

/**
 * Why a check could not tell (`unknown`) or did not run (`skipped`): one closed list of codes, so
 * IT's scripts can count them and every language can say them. The text a person reads is
 * rendered from the code (`reason.<code>` in the shared catalogues); `tool` names the program or
 * source that failed, `detail` keeps the raw machine text for IT (never shown in Norwegian prose).
 */
export const REASON_CODES = {
  'not-found': 'a program, file, setting or interface the check reads is not on this machine',
  'not-installed': 'the component the check looks for (a firewall, a VPN client, an antivirus) is not installed',
  'no-device': 'there is no device of the kind the check reads (no Wi-Fi interface, no camera driver)',
  'not-connected': 'the device is there but not connected (no Wi-Fi network joined)',
  timeout: 'the program or measurement did not answer in time',
  denied: 'the operating system refused access',
  'needs-admin': 'only an administrator (root, SYSTEM) can read it',
  'location-off': 'Windows shows Wi-Fi details only to programs allowed to use location, and location is off',
  'constrained-language': 'PowerShell runs in Constrained Language Mode (AppLocker/WDAC), which forbids what the check needs',
  'service-account': 'the tool runs as a service account (SYSTEM, root) and cannot see the logged-on user',
  'no-session': 'no desktop session whose settings could be read',
  unreadable: 'the output did not have the shape the check expects',
  failed: 'the program ended with an error',
  unsupported: 'the check does not support this operating system, desktop or version',
  'not-in-table': "the tool's own table does not know this version",
  'network-error': 'the network could not be reached (no route, name lookup failed, refused, blocked)',
  internal: 'the check itself failed unexpectedly (a fault in the tool)',
  disabled: 'skipped: turned off by the policy or a command-line option',
  offline: 'skipped: no network measurements in an offline run',
  'not-applicable': 'skipped: does not apply to this operating system',
} as const satisfies Record<string, string>;

export type ReasonCode = keyof typeof REASON_CODES;
export const REASON_CODE_LIST = Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]];

export const ReasonSchema = z
  .object({
    code: z.enum(REASON_CODE_LIST).describe(
      Object.entries(REASON_CODES)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    ),
    tool: z.string().max(80).optional().describe('the program or source that could not be read, e.g. netsh, gsettings'),
    detail: z.string().max(500).optional().describe('raw detail for IT (exit code, error text); not translated'),
  })
  .strict();
export type Reason = z.infer<typeof ReasonSchema>;

export function reason(code: ReasonCode, tool?: string, detail?: string): Reason {
  return { code, ...(tool ? { tool } : {}), ...(detail ? { detail: detail.slice(0, 500) } : {}) };
}

/** A message of a check, not yet put into words: an id from the check's own catalogue and its parameters. */
export interface Msg<K extends string = string> {
  id: K;
  params?: MessageParams;
}

export interface Finding<K extends string = string> {
  status: Status;
  /** true when this finding alone makes the machine not ready (only meaningful with status fail) */
  blocker?: boolean;
  /** one or more sentences, in order */
  summary: Msg<K>[];
  /** what to do; empty when nothing is to be done */
  remediation?: Msg<K>[];
  /** a setting the operating system can open for the first fix (ms-settings:, x-apple.systempreferences:) */
  link?: string;
  /** required with `unknown`: why the check could not tell */
  reason?: Reason;
}

/** The messages of a check, in each language: the same keys everywhere (a test holds them equal). */
export type CheckMessages<K extends string> = Record<Lang, Record<K, string>>;

export interface CheckOptions {
  offline: boolean;
  speedUrl: string;
  stun: string[];
}

export interface CheckContext {
  probe: Probe;
  options: CheckOptions;
  /** aborted when the check's time is up */
  signal: AbortSignal;
  /** progress for long checks (network test), for the live view */
  progress?: (fraction: number, note?: string) => void;
}

/** What the questionnaire tells a check about the meeting it prepares for. */
export interface MeetingContext {
  /** the meeting's data class (the answer, else the policy's default); null when only the machine is judged */
  dataClass: DataClassAnswer | null;
  /**
   * true when the rules for confidential (red) meetings apply: red, black, or a class not known
   * ("not sure", or left unanswered while other questions were answered). Judge by this, not by
   * comparing dataClass with 'red'.
   */
  redRules: boolean;
}

export interface EvaluateContext<O> {
  /** the check's options: its defaults, overridden by the policy */
  options: O;
  meeting: MeetingContext;
  /** the machine the facts came from (the recorded one, in replay) */
  platform: PlatformInfo;
  /** the moment of the run (the recording's, in replay) */
  now: Date;
}

export interface CheckDefinition<F extends Facts = Facts, K extends string = string, O = Record<string, never>> {
  /** stable, kebab-case; appears in JSON reports and policy files */
  id: string;
  category: Category;
  /** default weight 1-5; the policy may override */
  weight: number;
  sources: readonly SourceId[];
  /** the check's words; `title` is its name in lists */
  messages: CheckMessages<K | 'title'>;
  /** the facts collect gathers: typed, described for IT, and validated before they are judged */
  facts: z.ZodType<F>;
  /** the check's options with their defaults; the policy sets them under checks.<id>.options */
  options?: z.ZodType<O>;
  /** operating systems the check applies to; others get `skipped` */
  platforms?: readonly string[];
  /** true for checks that measure the network (skipped under --offline) */
  network?: boolean;
  /** default 20 000 ms */
  timeoutMs?: number;
  /** the PowerShell scripts collect asks for on Windows: the engine starts them all in one PowerShell before the checks ask */
  windowsScripts?: readonly string[];
  collect(ctx: CheckContext): Promise<F>;
  evaluate(facts: F, ctx: EvaluateContext<O>): Finding<K>;
}

export function defineCheck<F extends Facts, K extends string, O = Record<string, never>>(definition: CheckDefinition<F, K, O>): CheckDefinition<F, K, O> {
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck = CheckDefinition<any, string, any>;

/** The check's options as the policy gives them, with the check's defaults filled in. */
export function checkOptions(check: AnyCheck, given: unknown): unknown {
  return check.options ? check.options.parse(given ?? {}) : {};
}
