/**
 * Terminal text with colour escapes (SGR, as `tmux capture-pane -e` gives it) to an SVG: one
 * monospace cell per character, each run of one style a <text> placed at its column, so columns
 * line up whatever font the viewer picks. Only SGR is read; the captured text holds no other escapes.
 */
const PALETTE = ['#1e1e1e', '#e05561', '#8cc265', '#d18f52', '#4aa5f0', '#c162de', '#42b3c2', '#d7dae0'];
const BRIGHT = ['#4f5666', '#ff616e', '#a5e075', '#f0a45d', '#4dc4ff', '#de73ff', '#4cd1e0', '#e6e6e6'];
const FG = '#d7dae0';
const BG = '#1e1e1e';

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function color256(n) {
  if (n < 8) return PALETTE[n];
  if (n < 16) return BRIGHT[n - 8];
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const i = n - 16;
  const level = (x) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`;
}

function applySgr(style, params) {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 0) Object.assign(style, { fg: null, bold: false, dim: false, underline: false });
    else if (c === 1) style.bold = true;
    else if (c === 2) style.dim = true;
    else if (c === 22) Object.assign(style, { bold: false, dim: false });
    else if (c === 4) style.underline = true;
    else if (c === 24) style.underline = false;
    else if (c >= 30 && c <= 37) style.fg = PALETTE[c - 30];
    else if (c >= 90 && c <= 97) style.fg = BRIGHT[c - 90];
    else if (c === 39) style.fg = null;
    else if (c === 38 && codes[i + 1] === 5) {
      style.fg = color256(codes[i + 2]);
      i += 2;
    } else if (c === 38 && codes[i + 1] === 2) {
      style.fg = `rgb(${codes[i + 2]},${codes[i + 3]},${codes[i + 4]})`;
      i += 4;
    }
  }
}

export function ansiToSvg(text, { fontSize = 14, lineHeight = 18, padding = 10 } = {}) {
  const cell = fontSize * 0.6;
  const lines = text.replace(/\r/g, '').split('\n');
  const style = { fg: null, bold: false, dim: false, underline: false };
  const out = [];
  let columns = 0;
  lines.forEach((line, row) => {
    let col = 0;
    let run = '';
    let runCol = 0;
    const flush = () => {
      if (run.trim() !== '') {
        const attrs = [`x="${(padding + runCol * cell).toFixed(1)}"`, `y="${(padding + (row + 1) * lineHeight - 4).toFixed(1)}"`];
        if (style.fg) attrs.push(`fill="${style.fg}"`);
        if (style.bold) attrs.push('font-weight="bold"');
        if (style.dim) attrs.push('opacity="0.7"');
        if (style.underline) attrs.push('text-decoration="underline"');
        out.push(`<text xml:space="preserve" ${attrs.join(' ')}>${escapeXml(run)}</text>`);
      }
      run = '';
      runCol = col;
    };
    const parts = line.split(/(\u001b\[[0-9;]*m)/);
    for (const part of parts) {
      const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
      if (sgr) {
        flush();
        applySgr(style, sgr[1]);
        continue;
      }
      for (const ch of part) {
        run += ch;
        col += 1;
      }
    }
    flush();
    columns = Math.max(columns, col);
  });
  const width = Math.ceil(padding * 2 + columns * cell);
  const height = Math.ceil(padding * 2 + lines.length * lineHeight);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="${fontSize}" xml:space="preserve">`,
    `<rect width="100%" height="100%" rx="6" fill="${BG}"/>`,
    `<g fill="${FG}">`,
    ...out,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
