/** `schema <kind>`: the JSON Schemas of what the tool reads and writes, generated from the zod schemas; and `--list`. */
import { z } from 'zod';
import { checks as allChecks } from '../../checks/index.js';
import type { Lang } from '../i18n/index.js';
import { UsageError } from '../input.js';
import { PolicySchema } from '../policy.js';
import { answersFileSchema } from '../questions/evaluate.js';
import { questions as allQuestions } from '../questions/items.js';
import type { QuestionItem } from '../questions/types.js';
import { FleetSummarySchema } from '../report/summarize.js';
import { CheckResultSchema, ReportSchema } from '../report/schema.js';
import { sources } from '../sources.js';

/**
 * The report as this version writes it: each entry of `checks` is told apart by its `id`, and its
 * `facts` are that check's own facts schema, every field described. This is the contract IT's
 * dashboards read; reading reports (summarize) stays lenient about facts of other versions.
 */
export function documentedReportSchema() {
  const results = allChecks.map((check) =>
    CheckResultSchema.extend({
      id: z.literal(check.id),
      facts: check.facts.describe(`what the ${check.id} check read on the machine`),
    }),
  );
  const [first, ...rest] = results;
  return ReportSchema.extend({ checks: z.array(rest.length > 0 ? z.union([first!, ...rest]) : first!) });
}

export function jsonSchemaOf(kind: string): unknown {
  switch (kind) {
    case 'report':
      return z.toJSONSchema(documentedReportSchema(), { io: 'output', unrepresentable: 'any' });
    case 'answers':
      return z.toJSONSchema(answersFileSchema(allQuestions), { io: 'input' });
    case 'policy':
      return z.toJSONSchema(PolicySchema, { io: 'input' });
    case 'summary':
      return z.toJSONSchema(FleetSummarySchema, { io: 'output' });
    default:
      throw new UsageError(`schema: expected report, answers, policy or summary, not '${kind}'`);
  }
}

export function listing(lang: Lang, json: boolean, questions: readonly QuestionItem[]): string {
  const items = {
    checks: allChecks.map((c) => ({ id: c.id, category: c.category, weight: c.weight, sources: [...c.sources] })),
    questions: questions.map((q) => ({
      id: q.id,
      category: q.category,
      weight: q.weight,
      blocker: q.blocker,
      ...(q.when ? { when: q.when } : {}),
      question: q.question[lang],
      sources: [...q.sources],
    })),
    sources,
  };
  if (json) return `${JSON.stringify(items, null, 2)}\n`;
  const lines: string[] = [];
  for (const c of items.checks) lines.push(`check    ${c.id}  [${c.category}, weight ${c.weight}]  sources: ${c.sources.join(', ')}`);
  for (const q of items.questions) {
    const only = [
      q.when?.dataClass ? `, only when data class is ${q.when.dataClass.join('/')}` : '',
      q.when?.meetingNeed ? `, only for ${q.when.meetingNeed.join('/')} meetings` : '',
    ].join('');
    lines.push(`question ${q.id}  [${q.category}, weight ${q.weight}${only}]  sources: ${q.sources.join(', ')}`);
  }
  lines.push('', 'sources:');
  for (const [id, s] of Object.entries(sources))
    lines.push(`  ${id}: ${s.publisher}: ${s.title} [${'published' in s ? s.published : 'undated'}]${'seed' in s ? ` (seed ${s.seed})` : ''}`);
  return `${lines.join('\n')}\n`;
}
