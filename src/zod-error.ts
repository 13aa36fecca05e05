/** Input files (answers, bundles, reports) are checked with zod; a failure is told in one line. */
import type { z } from 'zod';

/** One line naming the path inside a JSON file and what is wrong there. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return `${where}: ${issue.message}`;
}
