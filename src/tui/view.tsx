/**
 * The Ink components: the live view of the checks and the result. Colour carries meaning but never
 * alone: every state also has its symbol (✓ ! ✗ ? -) and its word.
 */
import { Box, Static, Text, useApp, useInput, useStdout } from 'ink';
import Spinner from 'ink-spinner';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import wrapAnsi from 'wrap-ansi';
import type { Status } from '../check.js';
import { catalogues, t, type Lang, type MessageId } from '../i18n/index.js';
import { headLines, itemHeadParts, reportSections, shareLines, SYMBOL, verdictWords, type Delivery, type ReportLine } from '../report/plain.js';
import type { CheckResult, Report, Verdict } from '../report/schema.js';
import { terminalText } from '../text/terminal.js';
import { glueDates, unglueDates } from '../text/wrap.js';
import type { CheckRow, LiveStore } from './store.js';

const COLOR: Record<Status, string> = { pass: 'green', warn: 'yellow', fail: 'red', unknown: 'magenta', skipped: 'gray' };
const VERDICT_COLOR: Record<Verdict, string> = { ready: 'green', 'ready-with-warnings': 'yellow', 'not-ready': 'red' };
const BAR = 10;

function phaseText(lang: Lang, phase: string | null): string {
  const id = `tui.phase.${phase}`;
  return id in catalogues.en ? t(lang, id as MessageId) : '';
}

/** The status in words (coloured) and the rest of the line (not), for a check's one line. */
function detail(row: CheckRow, lang: Lang): { word: string; rest: string } {
  if (row.status === 'pending' || row.status === 'running') {
    if (row.fraction === null) return { word: '', rest: t(lang, 'tui.checking') };
    const filled = Math.max(0, Math.min(BAR, Math.round(row.fraction * BAR)));
    return { word: '', rest: `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${Math.round(row.fraction * 100)} % ${phaseText(lang, row.phase)}`.trimEnd() };
  }
  // a skipped check's summary already says so
  // the summary may name what the machine told (a camera, an app version): made safe for the terminal
  const summary = row.summary === null ? null : terminalText(row.summary);
  if (row.status === 'skipped') return { word: '', rest: summary ?? t(lang, 'status.skipped') };
  return { word: `${t(lang, `status.${row.status}`)}:`, rest: ` ${summary ?? ''}` };
}

/**
 * Cut to the width here rather than leave it to Ink, so that a cut never falls inside a coloured
 * span (a colour left open would run on into the next line).
 */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

export function CheckLine({ row, lang, titleWidth, width }: { row: CheckRow; lang: Lang; titleWidth: number; width: number }) {
  const running = row.status === 'pending' || row.status === 'running';
  const { word, rest } = detail(row, lang);
  const room = Math.max(10, width - 2 - titleWidth - 1);
  const shownWord = truncate(word, room);
  const shownRest = truncate(rest, room - [...shownWord].length);
  return (
    <Box>
      <Box width={2} flexShrink={0}>
        {running ? (
          <Spinner type={process.platform === 'win32' ? 'line' : 'dots'} />
        ) : (
          <Text color={COLOR[row.status as Status]}>{SYMBOL[row.status as Status]}</Text>
        )}
      </Box>
      <Box width={titleWidth} flexShrink={0} marginRight={1}>
        <Text>{truncate(terminalText(row.title), titleWidth)}</Text>
      </Box>
      <Box flexGrow={1} flexShrink={1}>
        <Text wrap="truncate-end">
          {shownWord ? <Text color={COLOR[row.status as Status]}>{shownWord}</Text> : null}
          {shownRest}
        </Text>
      </Box>
    </Box>
  );
}

const titleWidthFor = (width: number) => (width >= 100 ? 34 : 26);

export function LiveView({ rows, lang, width }: { rows: readonly CheckRow[]; lang: Lang; width: number }) {
  const done = rows.filter((r) => r.status !== 'pending' && r.status !== 'running').length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{t(lang, 'plain.heading')}</Text>
      {rows.map((row) => (
        <CheckLine key={row.id} row={row} lang={lang} titleWidth={titleWidthFor(width)} width={width} />
      ))}
      <Text dimColor>{t(lang, 'tui.done-count', { done, count: rows.length })}</Text>
    </Box>
  );
}

/**
 * Text wrapped at word boundaries to the given width (at least 20), no line starting with a stray
 * space; a date ("30. juni 2028") is never split over two lines.
 */
export function wrapText(text: string, width: number): string {
  return unglueDates(wrapAnsi(glueDates(text), Math.max(20, width), { hard: true, trim: true }));
}

function Wrapped({ text, width }: { text: string; width: number }) {
  return <Text>{wrapText(text, width)}</Text>;
}

/** A list entry at indent 2 whose wrapped lines hang under its text, not under its mark. */
function Bullet({ mark, text, width }: { mark: string; text: string; width: number }) {
  return (
    <Box marginLeft={2}>
      <Text>{mark} </Text>
      <Wrapped text={text} width={width - 4} />
    </Box>
  );
}

function Item({ line, lang, width }: { line: ReportLine; lang: Lang; width: number }) {
  const { status, rest } = itemHeadParts(lang, line);
  return (
    <Box flexDirection="column" marginLeft={2}>
      <Box>
        <Box flexShrink={0}>
          <Text color={COLOR[line.status]} bold>
            {status}{' '}
          </Text>
        </Box>
        <Wrapped text={rest} width={width - 2 - [...status].length - 1} />
      </Box>
      {line.summary ? (
        <Box marginLeft={4}>
          <Wrapped text={line.summary} width={width - 6} />
        </Box>
      ) : null}
      {line.remediation ? (
        <Box marginLeft={4}>
          <Wrapped text={t(lang, 'plain.fix', { text: line.remediation })} width={width - 6} />
        </Box>
      ) : null}
    </Box>
  );
}

/** A heading and a list of titles wrapped under it: what is fine, what was not answered, what does not apply. */
function Folded({ heading, titles, width, color }: { heading: string; titles: readonly string[]; width: number; color?: string }) {
  if (titles.length === 0) return null;
  return (
    <Box flexDirection="column">
      <Text color={color}>{heading}</Text>
      <Box marginLeft={4}>
        <Wrapped text={`${titles.join(', ')}.`} width={width - 4} />
      </Box>
    </Box>
  );
}

export function ResultView({ report, width, delivery }: { report: Report; width: number; delivery?: Delivery }) {
  const lang = report.lang;
  const s = reportSections(report);
  const advice = report.advice?.videoTool;
  const section = (heading: MessageId, lines: ReportLine[], color: string) =>
    lines.length === 0 ? null : (
      <Box flexDirection="column" marginTop={1}>
        <Text bold color={color}>
          {t(lang, heading)}
        </Text>
        {lines.map((line) => (
          <Item key={line.id} line={line} lang={lang} width={width} />
        ))}
      </Box>
    );
  const org = report.organisation;
  return (
    <Box flexDirection="column" width={width} marginTop={1}>
      <Text bold color={VERDICT_COLOR[report.score.verdict]}>
        {t(lang, 'result.head', { verdict: verdictWords(report), score: report.score.value })}
      </Text>
      {headLines(report).map((line, i) => (
        <Wrapped key={i} text={terminalText(line)} width={width} />
      ))}
      {org ? (
        <Wrapped
          text={
            org.contact
              ? t(lang, 'policy.help', { organisation: terminalText(org.name, 200), contact: terminalText(org.contact, 200) })
              : t(lang, 'policy.by', { organisation: terminalText(org.name, 200) })
          }
          width={width}
        />
      ) : null}
      {section('plain.blockers', s.blockers, 'red')}
      {section('plain.shortfalls', s.shortfalls, 'yellow')}
      {section('plain.unknown', s.unknown, 'magenta')}
      {advice ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{t(lang, 'advice.heading')}</Text>
          <Box marginLeft={4}>
            <Wrapped text={terminalText(advice.intro)} width={width - 4} />
          </Box>
          {advice.tools.map((tool) => (
            <Bullet key={tool.id} mark="-" text={terminalText(tool.text)} width={width} />
          ))}
          {advice.notes.map((note, i) => (
            <Bullet key={i} mark="*" text={terminalText(note)} width={width} />
          ))}
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        <Folded heading={t(lang, 'result.unanswered-list', { count: s.unanswered.length })} titles={s.unanswered} width={width} />
        <Folded heading={t(lang, 'result.not-applicable', { count: s.notApplicable.length })} titles={s.notApplicable} width={width} />
        <Folded
          heading={`${SYMBOL.pass} ${t(lang, 'result.fine-measured', { count: s.fineMeasured.length })}`}
          titles={s.fineMeasured.map((l) => l.title)}
          width={width}
          color="green"
        />
        <Folded
          heading={`${SYMBOL.pass} ${t(lang, 'result.fine-declared', { count: s.fineDeclared.length })}`}
          titles={s.fineDeclared.map((l) => l.title)}
          width={width}
          color="green"
        />
      </Box>
      <Box flexDirection="column" marginTop={1}>
        {shareLines(report, delivery).map((line, i) => (
          <Box key={i} marginLeft={line.startsWith('  ') ? 2 : 0}>
            <Wrapped text={terminalText(line.trim())} width={width - (line.startsWith('  ') ? 2 : 0)} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** What the result can do about a shortfall: open its setting, check it again. */
export interface ResultActions {
  /** open a check's setting through the probe; true when the OS said it opened */
  open(link: string): Promise<boolean>;
  /** check one check again; the report with its new result and score */
  recheck(report: Report, id: string): Promise<Report>;
}

/** The shortfalls the employee can act on from here: failures and warnings with a setting to open, in the result's order. */
export function actionable(report: Report): CheckResult[] {
  const s = reportSections(report);
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  return [...s.blockers, ...s.shortfalls]
    .map((line) => byId.get(line.id))
    .filter((c): c is CheckResult => c !== undefined && c.link !== undefined && (c.status === 'fail' || c.status === 'warn'));
}

type Note = 'tui.act.opening' | 'tui.act.opened' | 'tui.act.open-failed' | 'tui.act.checking' | 'tui.act.checked';

/**
 * Below the result: the shortfalls with a setting, one chosen (›), the keys in words, what the last
 * key did, and the score as it stands now, redrawn in place when a check is checked again.
 */
export function ActionPanel({
  ids,
  current,
  selected,
  note,
  width,
}: {
  ids: readonly string[];
  current: Report;
  selected: number;
  note: Note | null;
  width: number;
}) {
  const lang = current.lang;
  const titleWidth = titleWidthFor(width);
  return (
    <Box flexDirection="column" width={width} marginTop={1}>
      <Text bold>{t(lang, 'tui.act.heading')}</Text>
      {ids.map((id, i) => {
        const check = current.checks.find((c) => c.id === id)!;
        const row: CheckRow = { id, title: check.title, status: check.status, summary: check.summary, fraction: null, phase: null };
        return (
          <Box key={id}>
            <Box width={2} flexShrink={0}>
              <Text bold>{i === selected ? '›' : ' '}</Text>
            </Box>
            <CheckLine row={row} lang={lang} titleWidth={titleWidth} width={width - 2} />
          </Box>
        );
      })}
      <Text dimColor>{t(lang, ids.length > 1 ? 'tui.act.keys' : 'tui.act.keys-one')}</Text>
      {note ? <Wrapped text={t(lang, note)} width={width} /> : null}
      <Text bold color={VERDICT_COLOR[current.score.verdict]}>
        {t(lang, 'tui.act.now', { head: t(lang, 'result.head', { verdict: verdictWords(current), score: current.score.value }) })}
      </Text>
    </Box>
  );
}

/**
 * The live view while checks run, then the result. The result goes out through <Static>, written
 * once and left in the scrollback, so a result taller than the terminal never makes Ink redraw
 * the whole screen; the live part above it is small (one line per check) and then disappears.
 * While mounted, Ink holds stdin in raw mode: keys typed meanwhile are not echoed into the view
 * (which would throw its line count off), and Ctrl+C arrives here as a key, handed to onInterrupt.
 */
export function App({
  store,
  lang,
  width: fixedWidth,
  onInterrupt,
  delivery,
  actions,
}: {
  store: LiveStore;
  lang: Lang;
  width?: number;
  onInterrupt: () => void;
  delivery?: Delivery;
  /** open a setting and check again; without them the result is shown and the view ends */
  actions?: ResultActions;
}) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  // the chosen line and whether a key is being carried out, read by the key handler as they are now
  // (a key typed right after a redraw must not meet the handler of the frame before)
  const [selected, setSelectedState] = useState(0);
  const chosen = useRef(0);
  const setSelected = (change: (i: number) => number) => {
    chosen.current = change(chosen.current);
    setSelectedState(chosen.current);
  };
  const [note, setNote] = useState<Note | null>(null);
  const working = useRef(false);
  const setBusy = (busy: boolean) => {
    working.current = busy;
  };
  const ids = actions && state.report ? actionable(state.report).map((c) => c.id) : [];
  const acting = ids.length > 0;
  const { exit } = useApp();
  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onInterrupt();
    const latest = store.get();
    if (!acting || !actions || working.current || !latest.report || !latest.current) return;
    if (input === 'q' || key.escape) return exit();
    if (key.upArrow) return setSelected((i) => (i + ids.length - 1) % ids.length);
    if (key.downArrow) return setSelected((i) => (i + 1) % ids.length);
    const id = ids[chosen.current]!;
    const current = latest.current;
    if (key.return) {
      // the link of the check as it stands, or as it first fell short (a check now passing may name none)
      const link = current.checks.find((c) => c.id === id)?.link ?? latest.report.checks.find((c) => c.id === id)?.link;
      if (!link) return;
      setBusy(true);
      setNote('tui.act.opening');
      void actions
        .open(link)
        .catch(() => false)
        .then((ok) => {
          setNote(ok ? 'tui.act.opened' : 'tui.act.open-failed');
          setBusy(false);
        });
      return;
    }
    if (input === 'r') {
      setBusy(true);
      setNote('tui.act.checking');
      void actions
        .recheck(current, id)
        .then((report) => {
          store.update(report);
          setNote('tui.act.checked');
        })
        .catch(() => setNote(null))
        .finally(() => setBusy(false));
    }
  });
  const { stdout } = useStdout();
  const width = Math.max(40, fixedWidth ?? (stdout.columns || 80) - 1);
  useEffect(() => {
    // with nothing to act on, the view ends with the result; else when the employee says done (q)
    if (state.report && !acting) exit();
  }, [state.report, acting, exit]);
  return (
    <>
      <Static items={state.report ? [state.report] : []}>
        {(report) => (
          <Box key="result" flexDirection="column">
            <LiveView rows={state.rows} lang={lang} width={width} />
            <ResultView report={report} width={width} delivery={delivery} />
          </Box>
        )}
      </Static>
      {state.report ? null : <LiveView rows={state.rows} lang={lang} width={width} />}
      {acting && state.current ? <ActionPanel ids={ids} current={state.current} selected={selected} note={note} width={width} /> : null}
    </>
  );
}
