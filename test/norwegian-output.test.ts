/**
 * No English reaches a Norwegian screen: every fixture bundle replayed with every check in Bokmål,
 * and a run on this machine, give summaries, fixes and reasons without an English word.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { LiveProbe } from '../src/probe/live.js';
import type { Report } from '../src/report/schema.js';
import { assessWith, BUNDLES, replayReport } from './helpers/check-tester.js';
import { englishWords } from './helpers/language.js';

function englishIn(report: Report): string[] {
  const found: string[] = [];
  for (const c of report.checks) {
    for (const text of [c.title, c.summary, c.remediation ?? '']) {
      const words = englishWords(text);
      if (words.length > 0) found.push(`${c.id}: ${words.join(', ')} in «${text}»`);
    }
  }
  return found;
}

const bundles = readdirSync(BUNDLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('Bokmål output', () => {
  it('finds the fixture bundles', () => expect(bundles.length).toBeGreaterThan(50));

  it.each(bundles)('%s: no English word in any summary, fix or reason', async (name) => {
    const report = await replayReport(checks, name, { lang: 'nb' });
    expect(englishIn(report)).toEqual([]);
  });

  it('this machine: no English word either', async () => {
    const report = await assessWith(new LiveProbe({ record: false }), checks, { lang: 'nb' });
    expect(englishIn(report)).toEqual([]);
  });
});
