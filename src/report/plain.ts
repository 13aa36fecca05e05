/**
 * The report as readable lines: for --plain, for logs, screen readers and terminals without
 * cursor control. Blockers first, then each shortfall with its fix; what is fine is only counted.
 * Symbols and words carry the meaning; colour is never needed.
 */
import { t, type Lang } from '../i18n/index.js';
import type { Report } from './schema.js';

const SYMBOL = { pass: '✓', warn: '!', fail: '✗', unknown: '?', skipped: '-' } as const;

interface Line {
  id: string;
  status: keyof typeof SYMBOL;
  title: string;
  summary: string | null;
  remediation: string | null;
  blocker: boolean;
}

function items(report: Report): Line[] {
  return [
    ...report.checks.map((c) => ({ ...c, summary: c.summary })),
    ...report.questions.map((q) => ({ ...q, summary: null })),
  ];
}

function describe(lang: Lang, line: Line): string[] {
  const head = `${SYMBOL[line.status]} ${t(lang, `status.${line.status}`)}: ${line.title}`;
  const out = [head];
  if (line.summary) out.push(`    ${line.summary}`);
  if (line.remediation) out.push(`    ${t(lang, 'plain.fix', { text: line.remediation })}`);
  return out;
}

export function renderPlain(report: Report): string {
  const lang = report.lang;
  const all = items(report);
  const out: string[] = [t(lang, 'plain.heading'), ''];
  out.push(t(lang, 'plain.score', { score: report.score.value, verdict: t(lang, `verdict.${report.score.verdict}`) }));
  const org = report.organisation;
  if (org) out.push(org.contact ? t(lang, 'policy.help', { organisation: org.name, contact: org.contact }) : t(lang, 'policy.by', { organisation: org.name }));
  out.push('');

  const blockers = all.filter((i) => i.blocker);
  if (blockers.length > 0) {
    out.push(t(lang, 'plain.blockers'));
    for (const line of blockers) out.push(...describe(lang, line));
    out.push('');
  }
  const shortfalls = all.filter((i) => !i.blocker && (i.status === 'fail' || i.status === 'warn'));
  if (shortfalls.length > 0) {
    out.push(t(lang, 'plain.shortfalls'));
    for (const line of shortfalls) out.push(...describe(lang, line));
    out.push('');
  }
  const unknownChecks = report.checks.filter((c) => c.status === 'unknown');
  if (unknownChecks.length > 0) {
    out.push(t(lang, 'plain.unknown'));
    for (const c of unknownChecks) out.push(...describe(lang, { ...c }));
    out.push('');
  }
  const advice = report.advice?.videoTool;
  if (advice) {
    out.push(t(lang, 'advice.heading'), `    ${advice.intro}`);
    for (const tool of advice.tools) out.push(`  - ${tool.text}`);
    for (const note of advice.notes) out.push(`  * ${note}`);
    out.push('');
  }
  const unanswered = report.questions.filter((q) => q.answer === null).length;
  if (unanswered > 0) out.push(t(lang, 'plain.unanswered', { count: unanswered }));
  out.push(t(lang, 'plain.fine', { count: all.filter((i) => i.status === 'pass').length }));
  return `${out.join('\n')}\n`;
}
