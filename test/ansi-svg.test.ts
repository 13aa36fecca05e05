import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { ansiToSvg } from '../scripts/ansi-svg.mjs';

const texts = (svg: string) => [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attrs: m[1]!, text: m[2]! }));
const x = (attrs: string) => Number(/x="([\d.]+)"/.exec(attrs)![1]);

describe('ansi to SVG (README captures)', () => {
  it('places each coloured run at its column, keeping the spaces', () => {
    const svg: string = ansiToSvg('\u001b[31m✗\u001b[39m Disk    \u001b[1m\u001b[31mFails:\u001b[39m\u001b[22m the disk', { fontSize: 10, padding: 0 });
    const runs = texts(svg);
    expect(runs.map((r) => r.text)).toEqual(['✗', ' Disk    ', 'Fails:', ' the disk']);
    expect(runs.map((r) => x(r.attrs))).toEqual([0, 6, 60, 96]); // 0.6 em per cell
    expect(runs[0]!.attrs).toContain('fill="#e05561"');
    expect(runs[1]!.attrs).not.toContain('fill=');
    expect(runs[2]!.attrs).toContain('font-weight="bold"');
    expect(runs[3]!.attrs).not.toContain('font-weight');
  });

  it('escapes XML and reads 256-colour and reset codes', () => {
    const svg: string = ansiToSvg('\u001b[38;5;196ma <b> & c\u001b[0m d');
    const runs = texts(svg);
    expect(runs[0]!.text).toBe('a &lt;b&gt; &amp; c');
    expect(runs[0]!.attrs).toContain('fill="rgb(255,0,0)"');
    expect(runs[1]!.attrs).not.toContain('fill=');
    expect(svg).not.toContain('\u001b');
  });
});
