/**
 * Nothing from outside reaches the terminal raw. Real reports are made by replaying the fixture
 * bundles; then every string field of every check's facts is replaced, one at a time, by hostile
 * text (escape sequences that write the clipboard, set the window title, clear the screen; C0 and
 * C1 controls; a line break followed by a forged "✓ Pass" line; bidirectional overrides; 10 kB),
 * judged again by the check's own evaluate, and shown through --plain and the Ink view. The
 * report's own texts (organisation, advice, question titles) get the same treatment. The output
 * must hold no control character but the layout's own line breaks, no bidirectional control, no
 * forged line and no line of absurd length.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { checks as allChecks } from '../checks/index.js';
import { checkOptions, type AnyCheck, type Finding } from '../src/check.js';
import { tWith } from '../src/i18n/index.js';
import { defaultPolicy } from '../src/policy.js';
import { BundleSchema } from '../src/probe/bundle.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { renderPlain } from '../src/report/plain.js';
import type { CheckResult, Report } from '../src/report/schema.js';
import { runAssessment } from '../src/run.js';
import { isTerminalSafe, jsonForTerminal, terminalText } from '../src/text/terminal.js';
import { LiveStore } from '../src/tui/store.js';
import { LiveView, ResultView } from '../src/tui/view.js';
import { runCli } from './helpers/cli.js';

const ESC = '\u001b';
const FORGED = '✓ Pass: FORGED disk encryption';
/** hostile texts: each is tried in every string field */
const PAYLOADS = [
  // OSC 52 (clipboard: "rm -rf ~"), OSC 0 (window title), CSI clear screen and home, a colour left open
  `Cam${ESC}]52;c;cm0gLXJmIH4=\u0007${ESC}]0;pwned${ESC}\\${ESC}[2J${ESC}[H${ESC}[31mred`,
  // a line break and a forged result line, CR and tabs, NUL, BEL, backspace, DEL, ESC c (reset)
  `Mic\n${FORGED}\r\n\t${FORGED}\u0000\u0007\u0008\u007f${ESC}c`,
  // the 8-bit forms: CSI, OSC up to ST, DCS, NEL
  `Box\u009b2J\u009d0;title\u009c\u0090qdata\u009c\u0085${FORGED}`,
  // bidirectional overrides, isolates and marks; a lone surrogate
  `\u202eexe.gpj\u202c \u2066\u2067x\u2069\u2069 \u200f\u061c\ud800`,
  // 10 kB, with escapes in the middle and at the end
  `${'A'.repeat(5_000)}${ESC}]52;c;eA==\u0007${'B'.repeat(5_000)}${ESC}[2J`,
  // an OSC never closed: everything after it would be swallowed by the terminal
  `Name${ESC}]8;;http://x.example/${ESC}]2;`,
];

const BUNDLES = join(__dirname, 'fixtures', 'bundles');
const policy = defaultPolicy;
const options = { offline: true, speedUrl: 'http://127.0.0.1:1', stun: [] };

/** Every string in a JSON value, with the path to it. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withString(value: unknown, path: (string | number)[], text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = withString(copy[head!], rest, text);
  return copy;
}

function evaluate(check: AnyCheck, facts: Record<string, unknown>): { status: Finding['status']; summary: string; remediation: string | null } | null {
  try {
    const finding = check.evaluate(facts, {
      options: checkOptions(check, undefined),
      meeting: { dataClass: 'red', redRules: true },
      platform: { os: String(facts.os ?? 'linux'), release: '', arch: 'x64' },
      now: new Date('2026-11-30T09:00:00Z'),
    });
    const words = (list: Finding['summary'] | undefined) => (list ?? []).map((m) => tWith('en', check.messages, m)).join(' ');
    return { status: finding.status, summary: words(finding.summary), remediation: finding.remediation?.length ? words(finding.remediation) : null };
  } catch {
    return null; // the engine turns a throwing evaluate into `unknown` with its own text
  }
}

/** What the output must not hold. */
function problems(output: string): string[] {
  const found: string[] = [];
  if (!isTerminalSafe(output)) {
    const bad = [...output].filter((c) => !isTerminalSafe(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    found.push(`raw controls: ${[...new Set(bad)].slice(0, 8).join(' ')}`);
  }
  const lines = output.split('\n');
  // a result line starts at the margin (plain, live rows) or two in (the result view's items); a
  // value's text may wrap onto a line of its own, but always further in, under its item
  if (lines.some((l) => /^ {0,2}✓ Pass: FORGED/.test(l))) found.push('a forged line');
  // the 10 kB payload is 5,000 A, then 5,000 B: a text is cut at 1,000 characters
  const run = /A{1001,}|B{1001,}/.exec(output);
  if (run) found.push(`a run of ${run[0].length} characters from one value`);
  return found;
}

async function realReports(): Promise<Report[]> {
  const files = readdirSync(BUNDLES).filter((f) => f.endsWith('.json'));
  return Promise.all(
    files.map(async (file) => {
      const bundle = BundleSchema.parse(JSON.parse(readFileSync(join(BUNDLES, file), 'utf8')));
      return runAssessment({ probe: new ReplayProbe(bundle), checks: allChecks, policy, options, lang: 'en', version: '0.0.0', answers: {} });
    }),
  );
}

/** Every check result of every real report, with each string of its facts made hostile in turn. */
function hostileResults(reports: Report[]): { results: CheckResult[]; reached: number } {
  const results: CheckResult[] = [];
  let reached = 0;
  let n = 0;
  const seen = new Set<string>();
  const seenTexts = new Set<string>();
  for (const report of reports) {
    for (const result of report.checks) {
      const check = allChecks.find((c) => c.id === result.id)!;
      for (const path of stringPaths(result.facts)) {
        const key = `${result.id}:${path.join('.')}:${JSON.stringify(result.facts).length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const payload of PAYLOADS) {
          const facts = withString(result.facts, path, payload) as Record<string, unknown>;
          const finding = evaluate(check, facts);
          if (!finding) continue;
          const { summary, remediation } = finding;
          // the same texts twice show nothing new: kept once
          const texts = `${finding.status}\u0000${summary}\u0000${remediation}`;
          if (seenTexts.has(texts)) continue;
          seenTexts.add(texts);
          if (!isTerminalSafe(summary) || !isTerminalSafe(remediation ?? '')) reached += 1;
          n += 1;
          results.push({ ...result, id: `${result.id}-m${n}`, status: finding.status, blocker: finding.status === 'fail', summary, remediation, facts });
        }
      }
    }
  }
  return { results, reached };
}

/** The report's own texts made hostile too: organisation, advice, titles. */
function hostileReport(base: Report, checks: CheckResult[], payload: string): Report {
  return {
    ...base,
    organisation: { name: payload, contact: payload },
    checks: checks.map((c) => ({ ...c, title: `${c.title} ${payload}` })),
    questions: base.questions.slice(0, 4).map((q) => ({ ...q, title: payload, remediation: payload, status: 'fail', blocker: true })),
    advice: {
      videoTool: {
        meetingNeed: 'x',
        dataClass: 'red',
        compiled: '2026-01-01',
        intro: payload,
        tools: [{ id: 'a', name: payload, fit: 'fits', text: payload }],
        notes: [payload],
        sources: [],
      },
    },
  };
}

describe('terminalText', () => {
  const cases: Array<[string, string, string]> = [
    ['OSC 52 and a title, removed whole', `a${ESC}]52;c;cm0gLXJmIH4=\u0007b${ESC}]0;t${ESC}\\c`, 'abc'],
    ['CSI, removed whole', `${ESC}[2J${ESC}[1;31mred${ESC}[0m`, 'red'],
    ['8-bit CSI and OSC', `\u009b2Jx\u009d0;t\u009cy`, 'xy'],
    ['a line break inside a value becomes a space', `Cam\n✓ Pass: x\r\ny`, 'Cam ✓ Pass: x y'],
    ['bidirectional controls removed', '\u202eabc\u202c\u2066d\u2069\u200e', 'abcd'],
    ['a lone surrogate becomes U+FFFD', 'a\ud800b', 'a\ufffdb'],
    ['ordinary text, Norwegian and emoji, is kept', 'Kamera «Æøå» 🎥 – 5 %', 'Kamera «Æøå» 🎥 – 5 %'],
  ];
  for (const [name, input, output] of cases) it(name, () => expect(terminalText(input)).toBe(output));

  it('caps absurd lengths, and 10 MB costs little', () => {
    expect([...terminalText('x'.repeat(10_000))]).toHaveLength(1000);
    expect(terminalText('x'.repeat(10_000)).endsWith('…')).toBe(true);
    expect(terminalText('y'.repeat(10_000_000), 50)).toHaveLength(50);
  });

  it('jsonForTerminal keeps the data: a JSON reader gets the same strings back', () => {
    const value = { a: PAYLOADS.join('|'), b: ['\u009b', '\u202e', '\u2028'] };
    const text = jsonForTerminal(value);
    expect(isTerminalSafe(text.replace(/\n/g, ''))).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('hostile text in facts and report fields never reaches the terminal raw', () => {
  let reports: Report[];
  let hostile: { results: CheckResult[]; reached: number };

  it("real reports from every fixture bundle, each string of each check's facts made hostile in turn", async () => {
    reports = await realReports();
    expect(reports.length).toBeGreaterThan(50);
    hostile = hostileResults(reports);
    expect(hostile.results.length).toBeGreaterThan(400);
    // the hostile text does get into the findings' texts: the test would see it if it came out
    expect(hostile.reached).toBeGreaterThan(50);
  });

  it('--plain: no control character, no bidirectional control, no forged line, no 10 kB line', () => {
    for (let i = 0; i < hostile.results.length; i += 40) {
      const payload = PAYLOADS[(i / 40) % PAYLOADS.length]!;
      const report = hostileReport(reports[0]!, hostile.results.slice(i, i + 40), payload);
      const out = renderPlain(report);
      expect(problems(out), `plain, results ${i}-${i + 40}`).toEqual([]);
    }
  });

  it('the Ink view (live rows and result): the same', () => {
    for (let i = 0; i < hostile.results.length; i += 120) {
      const payload = PAYLOADS[(i / 120) % PAYLOADS.length]!;
      const slice = hostile.results.slice(i, i + 120);
      const report = hostileReport(reports[0]!, slice, payload);
      const fakeChecks = slice.map(
        (r) => ({ id: r.id, messages: { en: { title: 'Disk encryption' }, nb: { title: 'Diskkryptering' } } }) as unknown as AnyCheck,
      );
      const store = new LiveStore(fakeChecks, 'en');
      for (const result of report.checks) store.onEvent({ type: 'check-done', result });
      for (const tree of [<LiveView rows={store.get().rows} lang="en" width={100} />, <ResultView report={report} width={100} />]) {
        const { lastFrame, unmount } = render(tree);
        const frame = lastFrame() ?? '';
        unmount();
        expect(frame.length).toBeGreaterThan(0);
        expect(problems(frame), `ink, results ${i}-${i + 120}`).toEqual([]);
      }
    }
  });
});

describe('through the built CLI', () => {
  it('an organisation name with OSC 52, a title and a forged line in the policy: --plain shows it cleaned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-term-'));
    const policyFile = join(dir, 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({ organisation: { name: `IT${ESC}]52;c;cm0gLXJmIH4=\u0007${ESC}]0;pwned\u0007 desk\n${FORGED}`, contact: `\u202e4321 555\u202c` } }),
    );
    const run = await runCli([
      '--plain',
      '--no-questions',
      '--offline',
      '--lang',
      'en',
      '--policy',
      policyFile,
      '--replay',
      'test/fixtures/bundles/linux-firewall-ufw-active.json',
    ]);
    expect([0, 1]).toContain(run.code);
    expect(problems(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(`IT desk ${FORGED}`);
  });

  it('a video app version with escapes in a replayed bundle: --plain and --json show no raw control', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-term-'));
    const text = readFileSync(join(BUNDLES, 'darwin-video-apps-zoom-old-teams-classic.json'), 'utf8');
    const hostileVersion = `5.5.4 (13130.0228)${ESC}]52;c;cm0gLXJmIH4=\u0007\u009b2J\u202e`;
    const bundle = JSON.parse(text);
    for (const i of bundle.interactions) if (typeof i.result === 'string') i.result = i.result.replace('5.5.4 (13130.0228)', hostileVersion);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(bundle));
    const plain = await runCli(['--plain', '--no-questions', '--offline', '--lang', 'en', '--replay', join(dir, 'b.json')]);
    expect(plain.stdout).toMatch(/Zoom Workplace 5\.5\.4 \(13130\.0228\)/);
    expect(problems(plain.stdout)).toEqual([]);
    const json = await runCli(['--json', '--no-questions', '--offline', '--lang', 'en', '--replay', join(dir, 'b.json')]);
    expect(isTerminalSafe(json.stdout.replace(/\n/g, ''))).toBe(true);
    // the report keeps the data as it came: the JSON reader sees the same string
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b]52;c;');
  });
});
