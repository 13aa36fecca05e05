/**
 * Advice on the video tool: given the kind of meeting and its data class, which kinds of tools fit
 * and why, from the table in video-tools.ts. Advice, not a verdict: it never changes the score.
 * Pure: answers and policy in, advice (in the report's language) out.
 */
import { catalogues, t, type Lang, type Message, type MessageId } from '../i18n/index.js';
import type { Policy } from '../policy.js';
import { dataClassOf } from '../questions/evaluate.js';
import type { Answers } from '../questions/types.js';
import { MEETING_NEED_ID, MEETING_NEEDS, type MeetingNeed } from '../questions/video-tool.js';
import type { VideoToolAdvice } from '../report/schema.js';
import { publishedOn, sources as allSources, type SourceId } from '../sources.js';
import { VIDEO_TOOLS_TABLE_COMPILED, videoTools, type VideoTool } from './video-tools.js';

export type Fit = 'fits' | 'conditions' | 'not-suitable';

export interface ToolFit {
  tool: VideoTool;
  fit: Fit;
  reasons: Message[];
}

export interface Advice {
  meetingNeed: MeetingNeed;
  dataClass: Exclude<ReturnType<typeof dataClassOf>, 'black'>;
  /** confidential rules apply: red data, a class not yet known, or a health consultation */
  strict: boolean;
  tools: ToolFit[];
  notes: Message[];
  sources: SourceId[];
}

const RED_FIT: Record<VideoTool['red'], Fit> = { approved: 'fits', conditional: 'conditions', 'not-assessed': 'conditions', 'not-approved': 'not-suitable' };
const ORDER: Record<Fit, number> = { fits: 0, conditions: 1, 'not-suitable': 2 };

function reasonsFor(tool: VideoTool, strict: boolean): Message[] {
  const out: Message[] = [{ id: `advice.e2ee.${tool.e2ee}` as MessageId }, { id: `advice.storage.${tool.storage}` as MessageId }];
  if (tool.guestAccount !== null) out.push({ id: tool.guestAccount ? 'advice.guest.account' : 'advice.guest.no-account' });
  if (tool.guestInstall !== null) out.push({ id: tool.guestInstall ? 'advice.guest.install' : 'advice.guest.browser' });
  if (strict) out.push({ id: `advice.red.${tool.red}` as MessageId });
  for (const note of [...tool.notes, ...(strict ? (tool.strictNotes ?? []) : [])]) out.push({ id: note });
  return out;
}

/** The advice for the answers given, or null when the kind of meeting was not answered. */
export function adviseVideoTool(answers: Answers, policy: Policy): Advice | null {
  const need = answers[MEETING_NEED_ID] as MeetingNeed | undefined;
  if (!need || !MEETING_NEEDS.includes(need)) return null;
  const dataClass = dataClassOf(answers, policy);
  // strictly confidential or classified: no video tool is right for it (the verdict says so)
  if (dataClass === 'black') return null;
  // health information is confidential (red) data whatever the answer to the data class says
  const strict = dataClass === 'red' || dataClass === 'unsure' || need === 'health-consultation';
  const tools = videoTools
    .filter((tool) => tool.needs.includes(need))
    .map((tool) => ({ tool, fit: strict ? RED_FIT[tool.red] : ('fits' as Fit), reasons: reasonsFor(tool, strict) }))
    .sort((a, b) => ORDER[a.fit] - ORDER[b.fit]);
  const notes: Message[] = [{ id: 'advice.general.video-not-chat' }, { id: 'advice.general.alternative' }];
  const sources = new Set<SourceId>(['nettvett-video']);
  if (strict) {
    notes.push({ id: 'advice.general.no-recording' });
    sources.add('video-checklist');
  }
  if (dataClass === 'unsure') notes.push({ id: 'advice.general.unsure' });
  // the sources approve no tool outright for some meetings with confidential data (colleagues, many
  // participants): say so rather than leave only conditions
  if (!tools.some((t) => t.fit === 'fits')) notes.push({ id: 'advice.general.ask-it' });
  if (need === 'health-consultation') {
    notes.push({ id: 'advice.general.health' });
    sources.add('normen-faktaark-54');
    sources.add('confrere-on-normen');
  }
  for (const { tool } of tools) for (const s of tool.sources) sources.add(s);
  return { meetingNeed: need, dataClass, strict, tools, notes, sources: [...sources] };
}

/** A source's own date in prose ("mars 2020", "15. februar 2021"), or null when it carries none. */
function sourceDate(id: SourceId, lang: Lang): string | null {
  const on = publishedOn(allSources[id]);
  return on ? t(lang, 'advice.date', { d: on.date, precision: on.precision }) : null;
}

/** "Sources: the Bar Association's list (nettvett.no) (March 2020), NFKUT's list … (15 February 2021)." */
function toolSources(tool: VideoTool, lang: Lang): string {
  const named = tool.sources.filter((id) => `source.${id}` in catalogues.en);
  const list = named.map((id) => {
    const name = t(lang, `source.${id}` as MessageId);
    const date = sourceDate(id, lang);
    return date ? t(lang, 'advice.source.dated', { name, when: date }) : t(lang, 'advice.source.undated', { name });
  });
  return t(lang, 'advice.sources', { list });
}

/** Whole years from a source's date to the day of the run (0 under a year). */
function fullYears(from: string, to: Date): number {
  const start = new Date(from);
  let years = to.getUTCFullYear() - start.getUTCFullYear();
  const anniversary = new Date(start);
  anniversary.setUTCFullYear(start.getUTCFullYear() + years);
  if (anniversary > to) years -= 1;
  return Math.max(0, years);
}

/**
 * How old the advice is: the dates of the oldest and newest dated sources behind the tools shown, and
 * the whole years from the oldest to the day of the run. Null when no source behind them is dated.
 */
function adviceAge(advice: Advice, lang: Lang, today: Date): string | null {
  const ids = new Set<SourceId>(advice.tools.flatMap(({ tool }) => tool.sources));
  const dated = [...ids].map((id) => ({ id, on: publishedOn(allSources[id]) })).filter((s) => s.on !== null);
  if (dated.length === 0) return null;
  dated.sort((a, b) => a.on!.date.localeCompare(b.on!.date));
  const oldest = dated[0]!;
  const newest = dated[dated.length - 1]!;
  const years = fullYears(oldest.on!.date, today);
  const oldestText = sourceDate(oldest.id, lang)!;
  const newestText = sourceDate(newest.id, lang)!;
  return oldestText === newestText
    ? t(lang, 'advice.age.one', { oldest: oldestText, years })
    : t(lang, 'advice.age', { oldest: oldestText, newest: newestText, years });
}

/**
 * The advice in words, as the report carries it: each tool with its sources and their own dates, and
 * how old the advice is on the day of the run (`today`).
 */
export function renderAdvice(advice: Advice, lang: Lang, today: Date = new Date()): VideoToolAdvice {
  const intro = t(lang, 'advice.intro', {
    need: t(lang, `advice.need.${advice.meetingNeed}` as MessageId),
    dataClass: t(lang, `advice.class.${advice.dataClass}` as MessageId),
  });
  const age = adviceAge(advice, lang, today);
  const sourceDates: Record<string, string> = {};
  for (const id of advice.sources) {
    const published = (allSources[id] as { published?: string }).published;
    if (published) sourceDates[id] = published;
  }
  return {
    meetingNeed: advice.meetingNeed,
    dataClass: advice.dataClass,
    compiled: VIDEO_TOOLS_TABLE_COMPILED,
    intro: age ? `${intro} ${age}` : intro,
    tools: advice.tools.map(({ tool, fit, reasons }) => ({
      id: tool.id,
      name: tool.name,
      fit,
      text: t(lang, 'advice.tool', {
        name: tool.name,
        fit: t(lang, `advice.fit.${fit}` as MessageId),
        reasons: [...reasons.map((r) => t(lang, r)), toolSources(tool, lang)].join(' '),
      }),
    })),
    notes: advice.notes.map((n) => t(lang, n)),
    sources: advice.sources,
    sourceDates,
  };
}
