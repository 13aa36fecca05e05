/**
 * The report as readable lines: for --plain, for logs, screen readers and terminals without
 * cursor control. The verdict in words first, then what blocks the meeting, then what to fix soon,
 * then what could not be told; each line says whether it was measured on the machine or declared
 * by the employee. What is fine is folded into short lines, and the end says what IT receives.
 * Symbols and words carry the meaning; colour is never needed.
 */
import { t, type Lang, type MessageId } from '../i18n/index.js';
import { terminalText } from '../text/terminal.js';
import { foldUnits } from '../text/wrap.js';
import type { Report } from './schema.js';

export const SYMBOL = { pass: '✓', warn: '!', fail: '✗', unknown: '?', skipped: '-' } as const;

/** Plain lines are wrapped to this width: a log, a screen reader or a narrow terminal can follow them. */
export const PLAIN_WIDTH = 78;

export interface ReportLine {
  id: string;
  /** a check measured it on the machine; a question is what the employee declared */
  kind: 'check' | 'question';
  status: keyof typeof SYMBOL;
  title: string;
  summary: string | null;
  remediation: string | null;
  blocker: boolean;
}

export interface ReportSections {
  /** what blocks the meeting: the blockers, or the failures when the score alone says not ready */
  blockers: ReportLine[];
  /** failing, then warning, not blocking: to fix soon */
  shortfalls: ReportLine[];
  /** checks that could not tell */
  unknown: ReportLine[];
  /** titles of the questions not answered (empty when only the machine was assessed) */
  unanswered: string[];
  /** titles of the questions answered "does not apply" */
  notApplicable: string[];
  fineMeasured: ReportLine[];
  fineDeclared: ReportLine[];
}

/** A line's texts as a terminal may show them: no escapes, controls or line breaks, a sane length. */
function safeLine<T extends ReportLine>(line: T): T {
  const text = (value: string | null) => (value === null ? null : terminalText(value));
  return { ...line, title: terminalText(line.title), summary: text(line.summary), remediation: text(line.remediation) };
}

/**
 * The report grouped as every view shows it: blockers first, then what to fix soon, then what could
 * not be told. Every text is made safe for a terminal here (src/text/terminal.ts), for every view at once.
 */
export function reportSections(report: Report): ReportSections {
  const machineOnly = report.score.scope === 'machine';
  const checks: ReportLine[] = report.checks.map((c) =>
    safeLine({ id: c.id, kind: 'check', status: c.status, title: c.title, summary: c.summary, remediation: c.remediation, blocker: c.blocker }),
  );
  const questions: ReportLine[] = machineOnly
    ? []
    : report.questions.map((q) =>
        safeLine({ id: q.id, kind: 'question', status: q.status, title: q.title, summary: q.summary, remediation: q.remediation, blocker: q.blocker }),
      );
  const all = [...checks, ...questions];
  // not ready without a blocker (the score is under the floor): the failures are what must be fixed
  const mustFix = (i: ReportLine) => i.blocker || (report.score.verdict === 'not-ready' && report.score.blockers.length === 0 && i.status === 'fail');
  const open = all.filter((i) => !mustFix(i) && (i.status === 'fail' || i.status === 'warn'));
  return {
    blockers: all.filter(mustFix),
    shortfalls: [...open.filter((i) => i.status === 'fail'), ...open.filter((i) => i.status === 'warn')],
    unknown: checks.filter((c) => c.status === 'unknown'),
    unanswered: machineOnly ? [] : report.questions.filter((q) => q.answer === null && q.status === 'unknown').map((q) => terminalText(q.title)),
    notApplicable: machineOnly ? [] : report.questions.filter((q) => q.answer !== null && q.status === 'skipped').map((q) => terminalText(q.title)),
    fineMeasured: checks.filter((i) => i.status === 'pass'),
    fineDeclared: questions.filter((i) => i.status === 'pass'),
  };
}

/**
 * The verdict in words, never a bare "Ready" while something fails: not ready; the meeting may go
 * ahead but something failed (fix it soon); only warnings or unknowns (see the notes); ready. When
 * only the machine was assessed, the words speak of the computer, not the meeting.
 */
export function verdictWords(report: Report): string {
  const machineOnly = report.score.scope === 'machine';
  const counted = machineOnly ? report.checks : [...report.checks, ...report.questions];
  const failed = counted.some((i) => i.status === 'fail');
  const kind = report.score.verdict === 'not-ready' ? 'not-ready' : report.score.verdict === 'ready' ? 'ready' : failed ? 'fix-soon' : 'notes';
  return t(report.lang, `result.${machineOnly ? 'machine' : 'verdict'}.${kind}` as MessageId);
}

/** The lines under the verdict: what was assessed, the two halves, and the rules the meeting was held to. */
export function headLines(report: Report): string[] {
  const lang = report.lang;
  const s = report.score;
  const out: string[] = [];
  if (s.scope === 'machine') out.push(t(lang, 'result.scope.machine'));
  else if (s.parts.machine !== null && s.parts.meeting !== null) out.push(t(lang, 'result.parts', { machine: s.parts.machine, meeting: s.parts.meeting }));
  if (s.dataClass === 'black' && s.scope !== 'machine') out.push(t(lang, 'result.class.black'));
  else if (s.dataClass === 'unsure') {
    const answered = report.questions.find((q) => q.id === 'data-class')?.answer === 'unsure';
    out.push(t(lang, answered ? 'result.class.unsure' : 'result.class.unanswered'));
  } else if (s.redRules) out.push(t(lang, 'result.class.red'));
  return out;
}

/** The head of an item in parts: its mark and status in words ("✗ Fails:"), then its title and whether it was measured or declared. */
export function itemHeadParts(lang: Lang, line: ReportLine): { status: string; rest: string } {
  const basis = t(lang, line.kind === 'check' ? 'result.measured' : 'result.declared');
  return { status: `${SYMBOL[line.status]} ${t(lang, `status.${line.status}`)}:`, rest: `${line.title} (${basis})` };
}

export function itemHead(lang: Lang, line: ReportLine): string {
  const { status, rest } = itemHeadParts(lang, line);
  return `${status} ${rest}`;
}

/**
 * Words wrapped to `width`, every line after the first starting with `indent`; a date ("30. juni
 * 2028") or a grouped number stays on one line; a word longer than a line is cut.
 */
export function wrapWords(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  const room = Math.max(1, width - indent.length);
  const words = foldUnits(text).flatMap((word) => {
    const chars = [...word];
    if (chars.length <= room) return [word];
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += room) parts.push(chars.slice(i, i + room).join(''));
    return parts;
  });
  for (const word of words) {
    const prefix = lines.length === 0 ? '' : indent;
    if (line && [...prefix].length + [...line].length + 1 + [...word].length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length === 0 ? '' : indent) + line);
  return lines;
}

/**
 * A heading and a list of titles, folded into short lines under it. Titles are names, some with
 * "og"/"and" inside ("Fjernstyringsverktøy og privat skylagring"), so they are separated by commas
 * only: a sentence's "A, B og C" would make two titles read as three.
 */
export function foldList(heading: string, titles: readonly string[], width: number, indent = '    '): string[] {
  return [heading, ...wrapWords(`${titles.join(', ')}.`, width - indent.length).map((l) => indent + l)];
}

/** What IT receives from this run, in plain words, before anything is sent. */
export interface Delivery {
  /** the report is POSTed here after the result is shown */
  url?: string;
  /** the report is written to this file */
  file?: string;
}

export function shareLines(report: Report, delivery: Delivery = {}): string[] {
  const lang = report.lang;
  if (!delivery.url && !delivery.file) return [t(lang, 'share.nothing')];
  let heading: string;
  if (delivery.url) {
    let host = delivery.url;
    try {
      host = new URL(delivery.url).host;
    } catch {
      // an unparsable URL never gets this far; show it as given
    }
    heading = t(lang, 'share.heading.url', { host });
  } else heading = t(lang, 'share.heading.file', { file: delivery.file! });
  const items: string[] = [t(lang, 'share.result')];
  if (report.score.scope !== 'machine') items.push(t(lang, 'share.answers'));
  items.push(t(lang, 'share.system'));
  if (report.device?.hostname !== undefined) items.push(t(lang, 'share.hostname'));
  if (report.device?.username !== undefined) items.push(t(lang, 'share.username'));
  const not = [t(lang, 'share.item.network'), t(lang, 'share.item.address')];
  if (report.device?.hostname === undefined) not.push(t(lang, 'share.item.hostname'));
  if (report.device?.username === undefined) not.push(t(lang, 'share.item.username'));
  return [heading, ...items.map((i) => `  - ${i}`), `  ${t(lang, 'share.not', { items: not })}`];
}

function describe(lang: Lang, line: ReportLine, width: number): string[] {
  const out = wrapWords(itemHead(lang, line), width, '    ');
  if (line.summary) out.push(...wrapWords(line.summary, width - 4, '    ').map((l, i) => (i === 0 ? `    ${l}` : l)));
  if (line.remediation) out.push(...wrapWords(t(lang, 'plain.fix', { text: line.remediation }), width - 4, '    ').map((l, i) => (i === 0 ? `    ${l}` : l)));
  return out;
}

export function renderPlain(report: Report, delivery: Delivery = {}): string {
  const lang = report.lang;
  const width = PLAIN_WIDTH;
  const s = reportSections(report);
  const out: string[] = [t(lang, 'plain.heading'), ''];
  out.push(t(lang, 'result.head', { verdict: verdictWords(report), score: report.score.value }));
  for (const line of headLines(report)) out.push(...wrapWords(line, width));
  const org = report.organisation;
  if (org) {
    const [name, contact] = [terminalText(org.name, 200), org.contact === undefined ? undefined : terminalText(org.contact, 200)];
    out.push(contact ? t(lang, 'policy.help', { organisation: name, contact }) : t(lang, 'policy.by', { organisation: name }));
  }
  out.push('');

  const section = (heading: 'plain.blockers' | 'plain.shortfalls' | 'plain.unknown', lines: ReportLine[]) => {
    if (lines.length === 0) return;
    out.push(t(lang, heading));
    for (const line of lines) out.push(...describe(lang, line, width));
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
  // the lists are folded into short lines: a log or a screen reader can follow them
  const fold = (heading: string, titles: readonly string[]) => titles.length > 0 && out.push(...foldList(heading, titles, width));
  fold(t(lang, 'result.unanswered-list', { count: s.unanswered.length }), s.unanswered);
  fold(t(lang, 'result.not-applicable', { count: s.notApplicable.length }), s.notApplicable);
  fold(
    `${SYMBOL.pass} ${t(lang, 'result.fine-measured', { count: s.fineMeasured.length })}`,
    s.fineMeasured.map((i) => i.title),
  );
  fold(
    `${SYMBOL.pass} ${t(lang, 'result.fine-declared', { count: s.fineDeclared.length })}`,
    s.fineDeclared.map((i) => i.title),
  );
  out.push('');
  for (const line of shareLines(report, delivery)) {
    const lead = /^ */.exec(line)![0];
    out.push(...wrapWords(line, width - lead.length, line.startsWith('  - ') ? '  ' : '').map((l) => lead + l));
  }
  return `${out.join('\n')}\n`;
}
