/**
 * The check contract. Like an ESLint rule: `meta` plus two functions.
 * `collect` gathers facts through the probe only; `evaluate` is pure: facts and policy in, finding out.
 */
import type { Message, MessageId } from './i18n/index.js';
import type { Probe } from './probe/types.js';
import type { Policy } from './policy.js';
import type { SourceId } from './sources.js';
import type { DataClassAnswer } from './questions/types.js';

export type Status = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped';
export const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'unknown', 'skipped'];

export type Category = 'device' | 'network' | 'accounts' | 'room' | 'conduct' | 'data' | 'incident';
export const CATEGORIES: readonly Category[] = ['device', 'network', 'accounts', 'room', 'conduct', 'data', 'incident'];

/** Plain JSON facts: what the machine told. Never SSIDs, MACs, IPs, host or user names, serials. */
export type Facts = Record<string, unknown>;

export interface Finding {
  status: Status;
  /** true when this finding alone makes the machine not ready (only meaningful with status fail) */
  blocker?: boolean;
  /** one or more sentences, in order */
  summary: Message[];
  /** what to do; empty when nothing is to be done */
  remediation?: Message[];
  facts: Facts;
}

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
  dataClass: DataClassAnswer;
}

export interface CheckDefinition<F extends Facts = Facts> {
  /** stable, kebab-case; appears in JSON reports and policy files */
  id: string;
  category: Category;
  /** default weight 1-5; the policy may override */
  weight: number;
  sources: readonly SourceId[];
  title: MessageId;
  /** operating systems the check applies to; others get `skipped` */
  platforms?: readonly string[];
  /** true for checks that measure the network (skipped under --offline) */
  network?: boolean;
  /** default 20 000 ms */
  timeoutMs?: number;
  collect(ctx: CheckContext): Promise<F>;
  /** `meeting` is what the employee said of the meeting; until then, the policy's default. */
  evaluate(facts: F, policy: Policy, meeting?: MeetingContext): Finding;
}

export function defineCheck<F extends Facts>(definition: CheckDefinition<F>): CheckDefinition<F> {
  return definition;
}

export type AnyCheck = CheckDefinition<any>;
