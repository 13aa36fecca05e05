/**
 * Samples that hold more than one output: split them into the outputs a program printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from './samples.js';

/** The fdesetup sample is a commented list of replies seen on real Macs, separated by `#` lines. */
export function fdesetupReplies(): string[] {
  const lines = readFileSync(join(SAMPLES, 'macos/fdesetup-status__jamf-ea-comment-possible-replies.txt'), 'utf8').split('\n').slice(2);
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '#' || line.trim() === '') {
      if (current.length) out.push(`${current.join('\n')}\n`);
      current = [];
      continue;
    }
    const text = line.replace(/^# ?/, '');
    if (text.startsWith('(') || text.startsWith('Possible replies')) continue;
    current.push(text);
  }
  if (current.length) out.push(`${current.join('\n')}\n`);
  return out;
}
