/** Statuses ranked from best to worst, and the worst of several parts of one check. */
import type { Status } from '../../src/check.js';

const RANK: Record<Status, number> = { skipped: 0, pass: 1, unknown: 2, warn: 3, fail: 4 };

/** The worst of the given statuses; `pass` for none. */
export function worstOf(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass';
  for (const s of statuses) if (RANK[s] > RANK[worst]) worst = s;
  return worst;
}
