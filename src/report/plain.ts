/**
 * The report as readable lines: for --plain, for logs, screen readers and terminals without
 * cursor control. Blockers first, then each shortfall with its fix; what is fine on one line, by name.
 * Symbols and words carry the meaning; colour is never needed.
 */
import { t, type Lang } from '../i18n/index.js';
import { terminalText } from '../text/terminal.js';
import type { Report } from './schema.js';

export const SYMBOL = { pass: '✓', warn: '!', fail: '✗', unknown: '?', skipped: '-' } as const;

export interface ReportLine {
  id: string;
  status: keyof typeof SYMBOL;
  title: string;
  summary: string | null;
  remediation: string | null;
  blocker: boolean;
}

export interface ReportSections {
  blockers: ReportLine[];
  /** failing or warning, not blocking */
  shortfalls: ReportLine[];
  /** checks that could not tell */
  unknown: ReportLine[];
  unanswered: number;
  fine: ReportLine[];
}

/** A line's texts as a terminal may show them: no escapes, controls or line breaks, a sane length. */
function safeLine<T extends ReportLine>(line: T): T {
  const text = (value: string | null) => (value === null ? null : terminalText(value));
  return { ...line, title: terminalText(line.title), summary: text(line.summary), remediation: text(line.remediation) };
}

/**
 * The report grouped as every view shows it: blockers first, then shortfalls, then what could not be
 * told. Every text is made safe for a terminal here (src/text/terminal.ts), for every view at once.
 */
export function reportSections(report: Report): ReportSections {
  const checks: ReportLine[] = report.checks.map((c) => safeLine({ ...c, summary: c.summary }));
  const all: ReportLine[] = [...checks, ...report.questions.map((q) => safeLine({ ...q, summary: null }))];
  return {
    blockers: all.filter((i) => i.blocker),
    shortfalls: all.filter((i) => !i.blocker && (i.status === 'fail' || i.status === 'warn')),
    unknown: checks.filter((c) => c.status === 'unknown'),
    unanswered: report.questions.filter((q) => q.answer === null).length,
    fine: all.filter((i) => i.status === 'pass'),
  };
}

function describe(lang: Lang, line: ReportLine): string[] {
  const head = `${SYMBOL[line.status]} ${t(lang, `status.${line.status}`)}: ${line.title}`;
  const out = [head];
  if (line.summary) out.push(`    ${line.summary}`);
  if (line.remediation) out.push(`    ${t(lang, 'plain.fix', { text: line.remediation })}`);
  return out;
}

export function renderPlain(report: Report): string {
  const lang = report.lang;
  const s = reportSections(report);
  const out: string[] = [t(lang, 'plain.heading'), ''];
  out.push(t(lang, 'plain.score', { score: report.score.value, verdict: t(lang, `verdict.${report.score.verdict}`) }));
  const org = report.organisation;
  if (org) {
    const [name, contact] = [terminalText(org.name, 200), org.contact === undefined ? undefined : terminalText(org.contact, 200)];
    out.push(contact ? t(lang, 'policy.help', { organisation: name, contact }) : t(lang, 'policy.by', { organisation: name }));
  }
  out.push('');

  const section = (heading: 'plain.blockers' | 'plain.shortfalls' | 'plain.unknown', lines: ReportLine[]) => {
    if (lines.length === 0) return;
    out.push(t(lang, heading));
    for (const line of lines) out.push(...describe(lang, line));
    out.push('');
  };
  section('plain.blockers', s.blockers);
  section('plain.shortfalls', s.shortfalls);
  section('plain.unknown', s.unknown);
  const advice = report.advice?.videoTool;
  if (advice) {
    out.push(t(lang, 'advice.heading'), `    ${terminalText(advice.intro)}`);
    for (const tool of advice.tools) out.push(`  - ${terminalText(tool.text)}`);
    for (const note of advice.notes) out.push(`  * ${terminalText(note)}`);
    out.push('');
  }
  if (s.unanswered > 0) out.push(t(lang, 'plain.unanswered', { count: s.unanswered }));
  // every fine item by name: a log or a screen reader has room for them all
  if (s.fine.length > 0) out.push(t(lang, 'plain.fine', { count: s.fine.length, items: s.fine.map((i) => i.title).join(', ') }));
  return `${out.join('\n')}\n`;
}
