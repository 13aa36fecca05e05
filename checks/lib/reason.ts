/**
 * Why a command gave no facts, as a reason code: the probe's failure, an exit code, or output
 * that did not have the expected shape. One mapping for every check.
 */
import { reason, type Reason } from '../../src/check.js';
import type { CommandFailure, CommandResult } from '../../src/probe/types.js';

const BY_FAILURE: Record<CommandFailure, Reason['code']> = {
  'not-found': 'not-found',
  timeout: 'timeout',
  aborted: 'timeout',
  'too-large': 'unreadable',
  denied: 'denied',
  failed: 'failed',
};

/** The command gave no usable answer: it failed to run, timed out, or ended with a non-zero exit code. */
export function commandFailed(r: CommandResult): boolean {
  return r.failure !== undefined || r.code !== 0;
}

/** The program's base name, for the reader ("netsh", not "C:\\Windows\\System32\\netsh.exe"). */
export function toolName(cmd: string): string {
  return cmd.split(/[\\/]/).pop()!.replace(/\.exe$/i, '');
}

/**
 * The reason a command's result gives no facts: its failure, a non-zero exit code (`failed`, the
 * code kept in detail), or, when it ran fine, output of the wrong shape (`unreadable`).
 */
export function commandReason(cmd: string, r: CommandResult, detail?: string): Reason {
  const tool = toolName(cmd);
  if (r.failure) return reason(BY_FAILURE[r.failure], tool, detail);
  if (r.code !== 0) return reason('failed', tool, detail ?? `exit code ${r.code}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`);
  return reason('unreadable', tool, detail);
}
