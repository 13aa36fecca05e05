import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askQuestions, Interrupted } from '../src/questions/ask.js';
import { applies } from '../src/questions/evaluate.js';
import { questions } from '../src/questions/items.js';
import { defaultPolicy } from '../src/policy.js';

const pick = (...ids: string[]) => ids.map((id) => questions.find((q) => q.id === id)!);

/** Feed keys to enquirer one by one, each after the prompt has drawn itself. */
function session(keys: string[]) {
  // enquirer listens only to a terminal: give the stream what a TTY has
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin });
  const stdout = new PassThrough();
  let screen = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (screen += d));
  const timer = setInterval(() => {
    const key = keys.shift();
    if (key === undefined) return clearInterval(timer);
    stdin.write(key);
  }, 30);
  return { stdin, stdout, screen: () => screen, stop: () => clearInterval(timer) };
}

describe('askQuestions', () => {
  it('y, j, n and u answer at once; arrows, digits and Enter choose', async () => {
    const items = pick('acc-passwords', 'room-headset', 'mtg-no-chat', 'inc-72h', 'room-private', 'data-class');
    const s = session(['y', 'j', 'n', 'u', '\u001b[B\u001b[B\r', '3\r']);
    const answers = await askQuestions(items, 'en', s);
    s.stop();
    expect(answers).toEqual({
      'acc-passwords': 'yes',
      'room-headset': 'yes',
      'mtg-no-chat': 'no',
      'inc-72h': 'unsure',
      'room-private': 'open-area',
      'data-class': 'red',
    });
    // one question at a time, numbered, with its why line, the answer shown in words
    expect(s.screen()).toContain('[1/6] Are your work passwords long');
    expect(s.screen()).toContain('Why: A password leaked from another website');
    expect(s.screen()).toContain('In an open area where others pass');
  });

  it('speaks Bokmål', async () => {
    const s = session(['j']);
    expect(await askQuestions(pick('acc-mfa.vpn'), 'nb', s)).toEqual({ 'acc-mfa.vpn': 'yes' });
    expect(s.screen()).toContain('totrinnsinnlogging');
    expect(s.screen()).toContain('Hvorfor:');
  });

  it('a letter the item has no answer for does nothing', async () => {
    const s = session(['y', '\r']); // data-class has no yes: y is ignored, Enter takes the first answer
    expect(await askQuestions(pick('data-class'), 'en', s)).toEqual({ 'data-class': 'green' });
  });

  it('Ctrl+C rejects with Interrupted and asks nothing more', async () => {
    const s = session(['y', '\u0003', 'y']);
    await expect(askQuestions(pick('acc-passwords', 'room-headset', 'inc-72h'), 'en', s)).rejects.toBeInstanceOf(Interrupted);
    s.stop();
    expect(s.screen()).not.toContain('[3/3]');
  });

  it('asks the questions for red meetings once the meeting is said to be red, and counts them in', async () => {
    const items = pick('data-class', 'mtg-private-link', 'vt-passcode', 'inc-72h');
    const when = (item: (typeof items)[number], answers: Record<string, string>) => applies(item, answers, defaultPolicy);
    const red = session(['3\r', 'y', 'y']);
    expect(await askQuestions(items, 'en', { ...red, applies: when })).toEqual({ 'data-class': 'red', 'vt-passcode': 'yes', 'inc-72h': 'yes' });
    expect(red.screen()).toContain('[1/3]'); // before the answer: the policy's default (unsure) leaves the red items out
    expect(red.screen()).toContain('[2/3] Does the meeting have a passcode');
    const green = session(['\r', 'y', 'y']);
    expect(await askQuestions(items, 'en', { ...green, applies: when })).toEqual({ 'data-class': 'green', 'mtg-private-link': 'yes', 'inc-72h': 'yes' });
    // an answers file's data class counts as well
    const given = session(['y', 'y']);
    expect(await askQuestions(items.slice(1), 'en', { ...given, applies: when, given: { 'data-class': 'red' } })).toEqual({
      'vt-passcode': 'yes',
      'inc-72h': 'yes',
    });
  });
});
