/**
 * The one gate between text from outside and the terminal. Names of cameras and microphones, OS
 * and app versions, a policy's organisation and service names, a remote policy body, the contents
 * of a bundle: any of it may carry bytes a terminal obeys. Everything such a text passes through on
 * its way to a terminal (the plain lines, the interactive view, the questions, every error line)
 * goes through `terminalText` first:
 *
 * - escape sequences are removed whole: CSI (`ESC [ … final`: colours, cursor moves, clearing the
 *   screen), OSC (`ESC ] … BEL|ST`: the window title, OSC 52 writing the clipboard, OSC 8 links),
 *   DCS, SOS, PM and APC strings, and two-character escapes (`ESC c` resets the terminal); and the
 *   same in their 8-bit C1 form (U+009B CSI, U+009D OSC, …);
 * - every other C0 and C1 control and DEL is removed; a line break or tab inside a value becomes a
 *   space, so that a value can never start a line of its own (a forged "✓ Pass: …");
 * - bidirectional overrides, embeddings, isolates and marks are removed (they reorder what is shown
 *   and make one text look like another);
 * - a lone surrogate becomes U+FFFD;
 * - the text is cut to a length no layout needs (1,000 characters by default), with "…".
 *
 * The JSON report keeps its data as it came (it is the record); `jsonForTerminal` writes the same
 * JSON with the C1 controls, bidirectional controls and line separators as \u escapes, which JSON
 * readers decode to the very same strings.
 */

/** the longest text any view shows in one piece; longer input is cut */
export const MAX_TEXT = 1000;

// ESC [ parameters intermediates final; an unfinished one up to the end
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]?/g;
// ESC ] (OSC), ESC P (DCS), ESC X (SOS), ESC ^ (PM), ESC _ (APC): a string up to BEL, ST (ESC \) or the end
const ESC_STRING = /\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)/g;
// any other escape: ESC, intermediates, one final character
const ESC_OTHER = /\u001b[ -/]*[0-~]?/g;
// the 8-bit forms: CSI U+009B; DCS U+0090, SOS U+0098, OSC U+009D, PM U+009E, APC U+009F up to BEL or ST U+009C
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]?/g;
const C1_STRING = /[\u0090\u0098\u009d\u009e\u009f][\s\S]*?(?:\u0007|\u009c|$)/g;
// line and paragraph breaks of every kind, and tabs: a space inside a value
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// ALM, LRM, RLM, LRE RLE PDF LRO RLO, LRI RLI FSI PDI
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cut to `max` characters (code points), with "…" at the end when cut. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2 + 2));
  return points.length <= max ? points.join('') : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A text from outside made safe for a terminal, as one line (see above). `max` caps its length in
 * characters.
 */
export function terminalText(text: string, max = MAX_TEXT): string {
  // a bound before the work, so that 10 MB of input costs no more than a few kB (the escapes
  // removed below are at most a few characters each, apart from strings cut off by the bound)
  const bounded = text.length > max * 8 + 64 ? text.slice(0, max * 8 + 64) : text;
  const clean = bounded
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(ESC_STRING, '')
    .replace(CSI, '')
    .replace(ESC_OTHER, '')
    .replace(C1_STRING, '')
    .replace(C1_CSI, '')
    .replace(BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, '');
  return cap(clean, max);
}

/** A text of several lines from outside: each line made safe as `terminalText`, the breaks kept. */
export function terminalLines(text: string, max = MAX_TEXT): string {
  return text
    .split(/\r?\n/)
    .map((line) => terminalText(line, max))
    .join('\n');
}

/** True when the text holds nothing a terminal would obey or reorder (for tests and assertions). */
export function isTerminalSafe(text: string): boolean {
  return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(text);
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text (as `JSON.stringify(value, null, 2)`) that a terminal shows as it is: the characters
 * JSON.stringify leaves raw but a terminal obeys (C1 controls, DEL) or reorders (bidirectional
 * controls), and the line separators, written as \u escapes. A JSON reader gets the same data.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
