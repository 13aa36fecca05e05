import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../src/policy.js';
import { askLines, parseLine } from '../src/questions/ask-lines.js';
import { applies } from '../src/questions/evaluate.js';
import { questions } from '../src/questions/items.js';

const pick = (...ids: string[]) => ids.map((id) => questions.find((q) => q.id === id)!);

function streams(input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let text = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
  stdin.end(input);
  return { stdin, stdout, text: () => text };
}

describe('parseLine', () => {
  const [dataClass, yesNo] = pick('data-class', 'inc-72h');
  const table: Array<[string, string, string | undefined]> = [
    ['1', 'data-class', 'green'],
    [' 3 ', 'data-class', 'red'],
    ['4', 'data-class', 'black'],
    ['6', 'data-class', undefined],
    ['0', 'data-class', undefined],
    ['y', 'data-class', undefined], // no yes among its answers
    ['u', 'data-class', 'unsure'],
    ['yes', 'inc-72h', 'yes'],
    ['J', 'inc-72h', 'yes'],
    ['nei', 'inc-72h', 'no'],
    ['2', 'inc-72h', 'no'],
    ['', 'inc-72h', undefined],
    ['maybe', 'inc-72h', undefined],
  ];
  for (const [line, id, expected] of table) {
    it(`'${line}' for ${id} → ${expected}`, () => expect(parseLine(line, id === 'data-class' ? dataClass! : yesNo!)).toBe(expected));
  }
});

describe('askLines', () => {
  it('prints each question once with its why line and numbered answers; a wrong line asks again', async () => {
    const s = streams('x\n1\nn\n');
    const answers = await askLines(pick('data-class', 'inc-72h'), 'en', s);
    expect(answers).toEqual({ 'data-class': 'green', 'inc-72h': 'no' });
    const text = s.text();
    expect(text).toContain('[1/2] What is the most sensitive information');
    expect(text).toContain('  Why: The more sensitive the information');
    expect(text).toContain('  3) Confidential (red): health information, client matters or other sensitive personal data');
    expect(text).toContain('Type a number from 1 to 5, or y, n or u.');
    expect(text.match(/\[1\/2\]/g)).toHaveLength(1); // never redrawn
    expect(text).not.toMatch(/\u001b/); // no escape sequences at all
  });

  it('the questions for red meetings join once the meeting is red', async () => {
    const s = streams('3\ny\nj\n');
    const when = (item: (typeof questions)[number], a: Record<string, string>) => applies(item, a, defaultPolicy);
    expect(await askLines(pick('data-class', 'mtg-private-link', 'vt-passcode', 'inc-72h'), 'nb', { ...s, applies: when })).toEqual({
      'data-class': 'red',
      'vt-passcode': 'yes',
      'inc-72h': 'yes',
    });
    expect(s.text()).toContain('Hvorfor:');
  });

  it('end of input leaves the rest unanswered', async () => {
    const s = streams('y\n');
    expect(await askLines(pick('inc-72h', 'inc-reporting'), 'en', s)).toEqual({ 'inc-72h': 'yes' });
  });
});
