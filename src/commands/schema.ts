/** `schema <kind>`: the JSON Schemas of what the tool reads and writes, generated from the zod schemas; and `--list`. */
import { z } from 'zod';
import { checks as allChecks } from '../../checks/index.js';
import { t, tCli, type Lang, type MessageId } from '../i18n/index.js';
import { UsageError } from '../input.js';
import { PolicySchema } from '../policy.js';
import { answersFileSchema } from '../questions/evaluate.js';
import { questions as allQuestions } from '../questions/items.js';
import type { QuestionItem } from '../questions/types.js';
import { FleetSummarySchema } from '../report/summarize.js';
import { CheckResultSchema, ReportSchema } from '../report/schema.js';
import { checkTitle } from '../run.js';
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
      throw new UsageError(tCli('error.schema-kind', { kind }));
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
  // the listing a person reads: titles, categories and sources in the chosen language
  const lines: string[] = [];
  const category = (c: string) => t(lang, `category.${c}` as MessageId);
  for (const c of allChecks)
    lines.push(
      t(lang, 'list.check', { id: c.id, title: checkTitle(c, lang), category: category(c.category), weight: c.weight, sources: c.sources.join(', ') }),
    );
  for (const q of questions) {
    const params = { id: q.id, title: q.title[lang], category: category(q.category), weight: q.weight, sources: q.sources.join(', ') };
    if (q.when?.dataClass) lines.push(t(lang, 'list.question-when', { ...params, classes: q.when.dataClass.join('/') }));
    else if (q.when?.meetingNeed) lines.push(t(lang, 'list.question-need', { ...params, needs: q.when.meetingNeed.join('/') }));
    else lines.push(t(lang, 'list.question', params));
  }
  lines.push('', t(lang, 'list.sources'));
  for (const [id, s] of Object.entries(sources)) {
    const seed = 'seed' in s ? ` ${t(lang, 'list.seed', { seed: s.seed })}` : '';
    // the source's own date as it gives it (a day or a month), not a date in prose
    const published = 'published' in s ? s.published : t(lang, 'list.undated');
    lines.push(`  ${id}: ${t(lang, `list.source.${id}` as MessageId)} [${published}]${seed}`);
  }
  return `${lines.join('\n')}\n`;
}
