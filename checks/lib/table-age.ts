/**
 * Bundled data tables (end-of-support dates, minimum versions) age: a stale table can call a dead
 * release alive or an old client current. Checks that rest on one say so when it is older than the
 * policy allows.
 */
const DAY = 86_400_000;

/** Whole days from the table's compilation date (ISO, UTC midnight) to `now`. */
export function tableAgeDays(now: Date, tableDate: string): number {
  return Math.floor((now.getTime() - new Date(`${tableDate}T00:00:00Z`).getTime()) / DAY);
}

export function isTableStale(now: Date, tableDate: string, maxAgeDays: number): boolean {
  return tableAgeDays(now, tableDate) > maxAgeDays;
}
