/**
 * The fleet summary as one self-contained HTML page a manager can open: inline CSS, inline SVG
 * charts, no script, no font or image to fetch, and a Content-Security-Policy that forbids any
 * request should something slip through. Reports are untrusted input: every string that comes
 * from one (titles, ids, file names, reasons) is escaped, and so is every other text, by one rule.
 */
import { t, type Lang, type MessageId } from '../i18n/index.js';
import { NETWORK_METRICS, osName, type Bins, type FleetSummary, type ItemSummary } from './summarize.js';
import { countingLines, formatNumber, percent, shortfalls } from './summary-text.js';

const VERDICTS = ['ready', 'ready-with-warnings', 'not-ready'] as const;

/** Text for HTML content and attribute values (quoted with "). */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root{--ok:#2e7d32;--warn:#b26a00;--fail:#c62828;--unknown:#757575;--fg:#1b1b1b;--bg:#fff;--muted:#5f5f5f;--line:#ddd}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#aaa;--line:#444;--unknown:#9e9e9e}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
p.meta,p.note{color:var(--muted);margin:.2rem 0}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:.8rem 0}
.card{flex:1 1 12rem;border:1px solid var(--line);border-left:.4rem solid var(--c);border-radius:.3rem;padding:.6rem .8rem}
.card .n{font-size:2rem;font-weight:600;display:block}
.card.ready{--c:var(--ok)}.card.ready-with-warnings{--c:var(--warn)}.card.not-ready{--c:var(--fail)}
table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
svg{display:block;max-width:100%;height:auto}
svg text{fill:var(--fg);font-size:12px}svg text.tick{font-size:9.5px}
.s-pass,.s-ready{fill:var(--ok)}.s-warn,.s-ready-with-warnings{fill:var(--warn)}.s-fail,.s-not-ready{fill:var(--fail)}.s-unknown{fill:var(--unknown)}.s-bar{fill:#1565c0}
.legend{display:flex;flex-wrap:wrap;gap:1rem;margin:.3rem 0;color:var(--muted)}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem;background:var(--c)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
figure{margin:0}figcaption{color:var(--muted);font-size:.9rem}
details summary{cursor:pointer;margin:.6rem 0}
@media print{h2{break-after:avoid}}
`;

interface Segment {
  value: number;
  cls: string;
  label: string;
}

/** Horizontal stacked bars with a label column; `max` is the length of a full bar. */
function barChart(rows: Array<{ label: string; segments: Segment[] }>, max: number, title: string): string {
  const width = 640;
  const labelW = 260;
  const barW = width - labelW - 50;
  const rowH = 22;
  const height = rows.length * rowH + 4;
  const parts = rows.map((row, r) => {
    const y = r * rowH + 2;
    let x = labelW;
    const bars = row.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = max > 0 ? (s.value / max) * barW : 0;
        const rect = `<rect class="${s.cls}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 0.5).toFixed(1)}" height="${rowH - 8}"><title>${escapeHtml(`${row.label}: ${s.label} ${s.value}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const total = row.segments.reduce((a, s) => a + s.value, 0);
    const label = [...row.label].length > 40 ? `${[...row.label].slice(0, 39).join('')}…` : row.label;
    return `<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end">${escapeHtml(label)}</text>${bars}<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}">${escapeHtml(total)}</text>`;
  });
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

/** Vertical bars of a histogram, each bin labelled with its range. */
function histogramChart(lang: Lang, bins: Bins, title: string, width = 320): string {
  const height = 160;
  const top = 16;
  const bottom = 30;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const w = width / bins.length;
  const fmt = (v: number) => formatNumber(lang, v, 1);
  const parts = bins.map((b, i) => {
    const h = ((height - top - bottom) * b.count) / max;
    const x = i * w;
    const range = b.from === null ? `< ${fmt(b.to!)}` : b.to === null ? `≥ ${fmt(b.from)}` : `${fmt(b.from)}–${fmt(b.to)}`;
    return (
      `<rect class="s-bar" x="${(x + 3).toFixed(1)}" y="${(height - bottom - h).toFixed(1)}" width="${(w - 6).toFixed(1)}" height="${Math.max(h, 0.5).toFixed(1)}"><title>${escapeHtml(`${range}: ${b.count}`)}</title></rect>` +
      `<text x="${(x + w / 2).toFixed(1)}" y="${(height - bottom - h - 3).toFixed(1)}" text-anchor="middle">${escapeHtml(b.count)}</text>` +
      `<text class="tick" x="${(x + w / 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle">${escapeHtml(range)}</text>`
    );
  });
  return `<figure><svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

function table(head: Array<{ text: string; num?: boolean }>, rows: Array<Array<string | number>>, numFrom = 1): string {
  const th = head.map((h) => `<th${h.num ? ' class="n"' : ''} scope="col">${escapeHtml(h.text)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c, i) => (i >= numFrom ? `<td class="n">${escapeHtml(c)}</td>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function itemLabel(lang: Lang, i: { kind: 'check' | 'question'; title: string }): string {
  return `${i.title} (${t(lang, `summary.kind.${i.kind}`)})`;
}

const TOP = 15;

export function renderSummaryHtml(summary: FleetSummary): string {
  const { lang } = summary;
  const tx = (id: MessageId, params?: Record<string, string | number>) => escapeHtml(t(lang, id, params));
  const n = (v: number | null, digits = 1) => formatNumber(lang, v, digits);
  /** the reports the figures are made of: the share of a verdict or blocker is of these */
  const counted = summary.reports.counted;
  const body: string[] = [];

  body.push(`<h1>${tx('summary.heading')}</h1>`);
  body.push(`<p class="meta" id="reports">${tx('summary.reports', { valid: n(summary.reports.valid), broken: n(summary.reports.broken) })}</p>`);
  const counting = countingLines(summary);
  if (counting.length > 0) body.push(`<p class="meta" id="counting">${counting.map((line) => escapeHtml(line)).join(' ')}</p>`);
  if (summary.reports.first && summary.reports.last) {
    body.push(`<p class="meta">${tx('summary.period', { first: summary.reports.first.slice(0, 10), last: summary.reports.last.slice(0, 10) })}</p>`);
  }

  // verdicts: cards with the counts, one stacked bar, the distribution of scores
  body.push(`<section id="verdicts"><h2>${tx('summary.verdicts')}</h2><div class="cards">`);
  for (const v of VERDICTS) {
    body.push(`<div class="card ${v}"><span class="n" id="count-${v}">${escapeHtml(n(summary.verdicts[v]))}</span>${tx(`verdict.${v}`)} · ${escapeHtml(percent(lang, summary.verdicts[v], counted))}</div>`);
  }
  body.push('</div>');
  body.push(
    barChart(
      [{ label: t(lang, 'summary.col.reports'), segments: VERDICTS.map((v) => ({ value: summary.verdicts[v], cls: `s-${v}`, label: t(lang, `verdict.${v}`) })) }],
      counted,
      t(lang, 'summary.chart.verdicts', { count: counted }),
    ),
  );
  body.push(`<p>${tx('summary.score', { median: n(summary.score.median, 0), worst: n(summary.score.worst, 0) })}</p>`);
  body.push(histogramChart(lang, summary.scoreBins, t(lang, 'summary.chart.scores', { count: counted }), 640));
  body.push('</section>');

  body.push(`<section id="blockers"><h2>${tx('summary.blockers')}</h2>`);
  if (summary.blockers.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(
      table(
        [{ text: t(lang, 'summary.col.item') }, { text: t(lang, 'summary.col.count'), num: true }, { text: t(lang, 'summary.col.share'), num: true }],
        summary.blockers.map((b) => [itemLabel(lang, b), n(b.count), percent(lang, b.count, counted)]),
      ),
    );
  }
  body.push('</section>');

  const items = shortfalls(summary);
  const segments = (i: ItemSummary): Segment[] => [
    { value: i.fail, cls: 's-fail', label: t(lang, 'status.fail') },
    { value: i.warn, cls: 's-warn', label: t(lang, 'status.warn') },
    { value: i.unknown, cls: 's-unknown', label: t(lang, 'status.unknown') },
  ];
  const legend = (entries: Array<[string, string]>) =>
    `<div class="legend">${entries.map(([c, label]) => `<span><i style="--c:var(${c})"></i>${escapeHtml(label)}</span>`).join('')}</div>`;
  body.push(`<section id="shortfalls"><h2>${tx('summary.shortfalls')}</h2>`);
  if (items.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(legend([['--fail', t(lang, 'status.fail')], ['--warn', t(lang, 'status.warn')], ['--unknown', t(lang, 'status.unknown')]]));
    body.push(barChart(items.slice(0, TOP).map((i) => ({ label: itemLabel(lang, i), segments: segments(i) })), counted, t(lang, 'summary.chart.items')));
  }
  const itemTable = (kind: 'check' | 'question') =>
    table(
      [
        { text: t(lang, 'summary.col.item') },
        { text: t(lang, 'status.fail'), num: true },
        { text: t(lang, 'status.warn'), num: true },
        { text: t(lang, 'status.unknown'), num: true },
        ...(kind === 'question' ? [{ text: t(lang, 'summary.col.unanswered'), num: true }] : []),
        { text: t(lang, 'status.pass'), num: true },
        { text: t(lang, 'status.skipped'), num: true },
        { text: t(lang, 'summary.col.blocker'), num: true },
      ],
      summary.items
        .filter((i) => i.kind === kind)
        .map((i) => [i.title, i.fail, i.warn, i.unknown, ...(kind === 'question' ? [i.unanswered] : []), i.pass, i.skipped, i.blocker].map((c) => (typeof c === 'number' ? n(c) : c))),
    );
  body.push(`<details open><summary>${tx('summary.checks')}</summary>${itemTable('check')}</details>`);
  body.push(`<details open><summary>${tx('summary.questions')}</summary>${itemTable('question')}</details>`);
  body.push('</section>');

  body.push(`<section id="os"><h2>${tx('summary.by-os')}</h2>`);
  body.push(legend([['--ok', t(lang, 'verdict.ready')], ['--warn', t(lang, 'verdict.ready-with-warnings')], ['--fail', t(lang, 'verdict.not-ready')]]));
  body.push(
    barChart(
      summary.byOs.map((os) => ({ label: osName(os.os), segments: VERDICTS.map((v) => ({ value: os[v], cls: `s-${v}`, label: t(lang, `verdict.${v}`) })) })),
      Math.max(1, ...summary.byOs.map((os) => os.reports)),
      t(lang, 'summary.by-os'),
    ),
  );
  body.push(
    table(
      [{ text: t(lang, 'summary.col.os') }, { text: t(lang, 'summary.col.reports'), num: true }, ...VERDICTS.map((v) => ({ text: t(lang, `verdict.${v}`), num: true }))],
      summary.byOs.map((os) => [osName(os.os), n(os.reports), ...VERDICTS.map((v) => n(os[v]))]),
    ),
  );
  body.push('</section>');

  body.push(`<section id="network"><h2>${tx('summary.network', { count: n(summary.network.measured) })}</h2>`);
  body.push(
    table(
      [{ text: t(lang, 'summary.col.figure') }, { text: t(lang, 'summary.col.count'), num: true }, { text: t(lang, 'summary.col.median'), num: true }, { text: t(lang, 'summary.col.worst'), num: true }],
      NETWORK_METRICS.map((m) => {
        const f = summary.network.figures[m];
        return [t(lang, `summary.metric.${m}`), n(f.count), n(f.median), n(f.worst)];
      }),
    ),
  );
  body.push(`<p class="note">${tx('summary.network-note')}</p>`);
  if (summary.network.measured > 0) {
    body.push('<div class="charts">');
    for (const m of NETWORK_METRICS) body.push(histogramChart(lang, summary.network.bins[m], t(lang, 'summary.chart.distribution', { metric: t(lang, `summary.metric.${m}`) })));
    body.push('</div>');
  }
  body.push('</section>');

  if (summary.broken.length > 0) {
    body.push(`<section id="broken"><h2>${tx('summary.broken')}</h2>`);
    body.push(table([{ text: t(lang, 'summary.col.file') }, { text: t(lang, 'summary.col.reason') }], summary.broken.map((b) => [b.file, b.reason]), 2));
    body.push('</section>');
  }

  return `<!doctype html>
<html lang="${lang === 'nb' ? 'nb' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tx('summary.heading')}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
