/**
 * Advice on the video tool: given the kind of meeting and its data class, which kinds of tools fit
 * and why, from the table in video-tools.ts. Advice, not a verdict: it never changes the score.
 * Pure: answers and policy in, advice (in the report's language) out.
 */
import { t, type Lang, type Message, type MessageId } from '../i18n/index.js';
import type { Policy } from '../policy.js';
import { dataClassOf } from '../questions/evaluate.js';
import type { Answers } from '../questions/types.js';
import { MEETING_NEED_ID, MEETING_NEEDS, type MeetingNeed } from '../questions/video-tool.js';
import type { VideoToolAdvice } from '../report/schema.js';
import type { SourceId } from '../sources.js';
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
    sources.add('normen-video');
  }
  for (const { tool } of tools) for (const s of tool.sources) sources.add(s);
  return { meetingNeed: need, dataClass, strict, tools, notes, sources: [...sources] };
}

/** The advice in words, as the report carries it. */
export function renderAdvice(advice: Advice, lang: Lang): VideoToolAdvice {
  return {
    meetingNeed: advice.meetingNeed,
    dataClass: advice.dataClass,
    compiled: VIDEO_TOOLS_TABLE_COMPILED,
    intro: t(lang, 'advice.intro', {
      need: t(lang, `advice.need.${advice.meetingNeed}` as MessageId),
      dataClass: t(lang, `advice.class.${advice.dataClass}` as MessageId),
      date: VIDEO_TOOLS_TABLE_COMPILED,
    }),
    tools: advice.tools.map(({ tool, fit, reasons }) => ({
      id: tool.id,
      name: tool.name,
      fit,
      text: t(lang, 'advice.tool', { name: tool.name, fit: t(lang, `advice.fit.${fit}` as MessageId), reasons: reasons.map((r) => t(lang, r)).join(' ') }),
    })),
    notes: advice.notes.map((n) => t(lang, n)),
    sources: advice.sources,
  };
}
