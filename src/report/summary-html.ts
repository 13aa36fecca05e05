/**
 * The fleet summary as one self-contained HTML page a manager can open: inline CSS, inline SVG
 * charts, links within the page from each item to its devices, no font or image to fetch, and a
 * Content-Security-Policy that forbids any request should something slip through. One small inline
 * script (allowed by its hash) adds a filter box and sorting to the device table; without it the
 * page is complete. Reports are untrusted input: every string that comes
 * from one (titles, ids, file names, reasons) is escaped, and so is every other text, by one rule.
 */
import { createHash } from 'node:crypto';
import { t, type Lang, type MessageId, type MessageParams } from '../i18n/index.js';
import { NETWORK_METRICS, osName, VERDICTS, type Bins, type FleetDevice, type FleetSummary, type ItemSummary } from './summarize.js';
import { countingLines, deviceName, flaggedText, formatNumber, needingAttention, percent, shortfalls, trustLines } from './summary-text.js';

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
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere;min-width:4rem}
th[aria-sort]{cursor:pointer}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
a{color:inherit}p.org{font-size:1.2rem;margin:0 0 .3rem}nav{margin:.8rem 0;color:var(--muted)}
h3{font-size:1rem;margin:1rem 0 .3rem}dl{margin:0}dt{font-weight:600}dd{margin:0 0 .4rem 1rem}
.v.not-ready{color:var(--fail);font-weight:600}.v.ready-with-warnings{color:var(--warn)}.stale,.sub{color:var(--muted);font-size:.85rem}
.card.stale{--c:var(--unknown)}:target{outline:2px solid #1565c0}
body,main,section,p,dd{overflow-wrap:anywhere}
#device-table{table-layout:fixed}#device-table th{min-width:0}
#device-table th:nth-child(1){width:17%}#device-table th:nth-child(2){width:10%}#device-table th:nth-child(3){width:10%}#device-table th:nth-child(4){width:12%}
#device-table th:nth-child(5){width:11%}#device-table th:nth-child(6){width:8%}#device-table th:nth-child(7){width:9%}#device-table th:nth-child(8){width:23%}
#device-table td{min-width:0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;min-width:0}
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

/** Width of a text at 12 px in the page's sans-serif, estimated on the wide side: wide letters ~0.85 em, narrow ~0.3, the rest ~0.6. */
export function textWidth(text: string, px = 12): number {
  let em = 0;
  for (const ch of text)
    em += /[MWmw@%ÆŒæœ]/.test(ch) ? 0.9 : /[A-Z0-9ÅØ#&]/.test(ch) ? 0.7 : /[ilj.,;:'|!() ]/.test(ch) ? 0.32 : ch.charCodeAt(0) > 0x2e80 ? 1.05 : 0.6;
  return em * px;
}

/** `text` cut (with …) so that its estimated width stays within `width` pixels. */
export function fitWidth(text: string, width: number, px = 12): string {
  if (textWidth(text, px) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, px) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

let clipIds = 0;

/**
 * Horizontal stacked bars with a label column; `max` is the length of a full bar. Labels start at
 * the left edge (so none can run off to the left), are cut to fit their column by an estimate of
 * their width, and are clipped to it should the font be wider than estimated; the full label is
 * the tooltip.
 */
function barChart(rows: Array<{ label: string; segments: Segment[]; href?: string }>, max: number, title: string): string {
  const clip = `clip-${(clipIds += 1)}`;
  const width = 640;
  const labelW = 250;
  const barW = width - labelW - 60;
  const rowH = 22;
  const height = rows.length * rowH + 4;
  const parts = rows.map((row, r) => {
    const y = r * rowH + 2;
    let x = labelW + 4;
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
    const room = labelW - 8;
    const label = fitWidth(row.label, room);
    const text = `<text x="2" y="${y + rowH / 2 + 4}" clip-path="url(#${clip})">${escapeHtml(label)}<title>${escapeHtml(row.label)}</title></text>`;
    const linked = row.href ? `<a href="${escapeHtml(row.href)}">${text}</a>` : text;
    return `${linked}${bars}<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}">${escapeHtml(total)}</text>`;
  });
  const defs = `<defs><clipPath id="${clip}"><rect x="0" y="0" width="${labelW}" height="${height}"/></clipPath></defs>`;
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${defs}${parts.join('')}</svg>`;
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

type Cell = string | number | { html: string; sort?: string | number };

/** A table; cells under a heading marked `num` are numbers (right-aligned). A cell may be ready-made HTML (built from escaped parts). */
function table(head: Array<{ text: string; num?: boolean }>, rows: Cell[][], attrs = ''): string {
  const th = head.map((h) => `<th${h.num ? ' class="n"' : ''} scope="col">${escapeHtml(h.text)}</th>`).join('');
  const cell = (c: Cell, i: number) => {
    const cls = head[i]?.num ? ' class="n"' : '';
    if (typeof c === 'object') return `<td${cls}${c.sort === undefined ? '' : ` data-sort="${escapeHtml(c.sort)}"`}>${c.html}</td>`;
    return `<td${cls}>${escapeHtml(c)}</td>`;
  };
  const tr = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
  return `<table${attrs}><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function itemLabel(lang: Lang, i: { kind: 'check' | 'question'; title: string }): string {
  return `${i.title} (${t(lang, `summary.kind.${i.kind}`)})`;
}

/** The anchor of an item's list of devices (ids are kebab-case, with at most one dot). */
export const itemAnchor = (i: { kind: string; id: string }) => `item-${i.kind}-${i.id.replace(/[^a-z0-9.-]/g, '_')}`;
export const deviceAnchor = (index: number) => `dev-${index + 1}`;

const TOP = 15;
/** rows of the device table and device links per item on the page; the JSON and devices-csv have them all */
export const DEVICE_ROWS = 2000;
export const DEVICE_LINKS = 100;

/**
 * Progressive enhancement, self-contained: a filter box over the device table and sorting by a
 * click on a column heading. The page works without it; the Content-Security-Policy allows this
 * script by its hash and nothing else.
 */
const SCRIPT = `(function(){var t=document.getElementById('device-table');var f=document.getElementById('device-filter');var box=document.getElementById('device-filter-box');if(!t||!f||!box)return;box.hidden=false;var b=t.tBodies[0];f.addEventListener('input',function(){var q=f.value.toLowerCase();for(var i=0;i<b.rows.length;i++){var r=b.rows[i];r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;}});var hs=t.tHead.rows[0].cells;for(var k=0;k<hs.length;k++){(function(k){var h=hs[k];h.tabIndex=0;h.setAttribute('aria-sort','none');var go=function(){var up=h.getAttribute('aria-sort')!=='ascending';for(var j=0;j<hs.length;j++)hs[j].setAttribute('aria-sort','none');h.setAttribute('aria-sort',up?'ascending':'descending');var key=function(r){var c=r.cells[k];var v=c.getAttribute('data-sort');return v===null?c.textContent:v;};var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=key(x),c=key(y);var na=Number(a),nc=Number(c);var d=(a!==''&&c!==''&&!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return up?d:-d;});for(var i=0;i<rows.length;i++)b.appendChild(rows[i]);};h.addEventListener('click',go);h.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});})(k);}})();`;
export const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;

/** Verdict shares per week as columns of 100 %, the latest week to the right. */
function trendChart(lang: Lang, summary: FleetSummary, title: string): string {
  const width = 640;
  const height = 180;
  const top = 6;
  const bottom = 24;
  const left = 34;
  const weeks = summary.trend;
  const w = (width - left) / weeks.length;
  const plot = height - top - bottom;
  const parts: string[] = [];
  for (const pct of [0, 50, 100]) {
    const y = top + plot * (1 - pct / 100);
    parts.push(`<text class="tick" x="${left - 4}" y="${(y + 3).toFixed(1)}" text-anchor="end">${pct} %</text>`);
  }
  const every = Math.ceil(weeks.length / 12);
  weeks.forEach((week, i) => {
    const x = left + i * w;
    let y = top + plot;
    for (const v of VERDICTS) {
      if (week.reports === 0 || week[v] === 0) continue;
      const h = (plot * week[v]) / week.reports;
      y -= h;
      parts.push(
        `<rect class="s-${v}" x="${(x + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(w - 2, 0.5).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${week.week}: ${t(lang, `verdict.${v}`)} ${week[v]} / ${week.reports} (${percent(lang, week[v], week.reports)})`)}</title></rect>`,
      );
    }
    if (i % every === 0 || i === weeks.length - 1) {
      parts.push(`<text class="tick" x="${(x + w / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeHtml(week.week.slice(5))}</text>`);
    }
  });
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

export function renderSummaryHtml(summary: FleetSummary): string {
  const { lang } = summary;
  const tx = (id: MessageId, params?: MessageParams) => escapeHtml(t(lang, id, params));
  const n = (v: number | null, digits = 1) => formatNumber(lang, v, digits);
  /** the reports the figures are made of: the share of a verdict or blocker is of these */
  const counted = summary.reports.counted;
  const body: string[] = [];
  const titles = new Map(summary.items.map((i) => [`${i.kind}:${i.id}`, i.title]));
  const titleOf = (i: { kind: string; id: string }) => titles.get(`${i.kind}:${i.id}`) ?? i.id;
  const itemLink = (i: { kind: string; id: string }) => `<a href="#${escapeHtml(itemAnchor(i))}">${escapeHtml(titleOf(i))}</a>`;
  const deviceIndex = new Map(summary.devices.map((d, k) => [d, k]));
  const devLink = (d: FleetDevice) => `<a href="#${deviceAnchor(deviceIndex.get(d)!)}">${escapeHtml(deviceName(lang, d))}</a>`;
  const date = (iso: string) => escapeHtml(iso.slice(0, 10));
  /** blockers, else what fails, else the low score: linked to the items */
  const why = (d: FleetDevice) => {
    const fails = d.shortfalls.filter((x) => x.status === 'fail');
    if (d.blockers.length > 0) return `${tx('summary.col.blockers')}: ${d.blockers.map(itemLink).join(', ')}`;
    if (fails.length > 0) return `${tx('status.fail')}: ${fails.map(itemLink).join(', ')}`;
    return d.verdict === 'not-ready' ? tx('summary.low-score', { score: d.score }) : '';
  };
  const verdictCell = (v: FleetDevice['verdict']) => ({ html: `<span class="v ${v}">${tx(`verdict.${v}`)}</span>`, sort: VERDICTS.indexOf(v) });

  body.push(`<h1>${tx('summary.heading')}</h1>`);
  if (summary.organisation) body.push(`<p class="org" id="organisation">${escapeHtml(summary.organisation)}</p>`);
  body.push(`<p class="meta" id="generated">${tx('summary.generated', { date: summary.generatedAt })}</p>`);
  body.push(`<p class="meta" id="reports">${tx('summary.reports', { valid: summary.reports.valid, broken: summary.reports.broken })}</p>`);
  if (summary.reports.since)
    body.push(`<p class="meta" id="since">${tx('summary.since', { since: summary.reports.since, count: summary.reports.beforeSince })}</p>`);
  const counting = countingLines(summary);
  if (counting.length > 0) body.push(`<p class="meta" id="counting">${counting.map((line) => escapeHtml(line)).join(' ')}</p>`);
  const trust = trustLines(summary);
  if (trust.length > 0) body.push(`<p class="meta" id="trust">${trust.map((line) => escapeHtml(line)).join(' ')}</p>`);
  if (summary.reports.first && summary.reports.last) {
    body.push(`<p class="meta">${tx('summary.period', { first: summary.reports.first, last: summary.reports.last })}</p>`);
  }
  body.push(
    `<nav><a href="#verdicts">${tx('summary.verdicts')}</a> · <a href="#trend">${tx('summary.trend')}</a> · <a href="#attention">${tx('summary.devices-attention')}</a> · <a href="#shortfalls">${tx('summary.shortfalls')}</a> · <a href="#devices">${tx('summary.devices')}</a> · <a href="#network">${tx('summary.network-short')}</a></nav>`,
  );

  // verdicts: cards with the counts, one stacked bar, the distribution of scores
  body.push(`<section id="verdicts"><h2>${tx('summary.verdicts')}</h2><div class="cards">`);
  for (const v of VERDICTS) {
    body.push(
      `<div class="card ${v}"><span class="n" id="count-${v}">${escapeHtml(n(summary.verdicts[v]))}</span>${tx(`verdict.${v}`)} · ${escapeHtml(percent(lang, summary.verdicts[v], counted))}</div>`,
    );
  }
  body.push(
    `<div class="card stale"><span class="n" id="count-stale">${escapeHtml(n(summary.deviceCounts.stale))}</span>${tx('summary.card.stale', { days: summary.stale.days })}</div>`,
  );
  body.push('</div>');
  body.push(
    barChart(
      [
        {
          label: t(lang, 'summary.col.reports'),
          segments: VERDICTS.map((v) => ({ value: summary.verdicts[v], cls: `s-${v}`, label: t(lang, `verdict.${v}`) })),
        },
      ],
      counted,
      t(lang, 'summary.chart.verdicts', { count: counted }),
    ),
  );
  if (summary.score.median !== null && summary.score.worst !== null)
    body.push(`<p>${tx('summary.score', { median: summary.score.median, worst: summary.score.worst })}</p>`);
  body.push(histogramChart(lang, summary.scoreBins, t(lang, 'summary.chart.scores', { count: counted }), 640));
  body.push('</section>');

  body.push(`<section id="trend"><h2>${tx('summary.trend')}</h2>`);
  if (summary.trend.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(
      legend([
        ['--ok', t(lang, 'verdict.ready')],
        ['--warn', t(lang, 'verdict.ready-with-warnings')],
        ['--fail', t(lang, 'verdict.not-ready')],
      ]),
    );
    body.push(trendChart(lang, summary, t(lang, 'summary.chart.trend')));
    body.push(
      `<details><summary>${tx('summary.trend-table')}</summary>${table(
        [
          { text: t(lang, 'summary.col.week') },
          { text: t(lang, 'summary.col.from') },
          { text: t(lang, 'summary.col.reports'), num: true },
          ...VERDICTS.map((v) => ({ text: t(lang, `verdict.${v}`), num: true })),
        ],
        summary.trend.map((w) => [w.week, w.from, n(w.reports), ...VERDICTS.map((v) => `${n(w[v])} (${percent(lang, w[v], w.reports)})`)]),
      )}</details>`,
    );
    body.push(`<p class="note">${tx('summary.trend-note')}</p>`);
  }
  body.push('</section>');

  const attention = needingAttention(summary);
  body.push(`<section id="attention"><h2>${tx('summary.devices-attention')}</h2>`);
  if (attention.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(
      table(
        [
          { text: t(lang, 'summary.col.host') },
          { text: t(lang, 'summary.col.user') },
          { text: t(lang, 'summary.col.verdict') },
          { text: t(lang, 'summary.col.last') },
          { text: t(lang, 'summary.col.why') },
        ],
        attention.slice(0, DEVICE_ROWS).map((d) => [
          { html: devLink(d) },
          d.user ?? '',
          verdictCell(d.verdict),
          {
            html: `${date(d.lastReport)}${d.stale ? ` <span class="stale">${tx('summary.stale-days', { days: d.daysSinceReport })}</span>` : ''}`,
            sort: d.lastReport,
          },
          { html: why(d) },
        ]),
      ),
    );
    if (attention.length > DEVICE_ROWS) body.push(`<p class="note">${tx('summary.more-devices', { count: attention.length - DEVICE_ROWS })}</p>`);
  }
  body.push(`<p class="note">${tx('summary.devices-note', { days: summary.stale.days, stale: summary.deviceCounts.stale })}</p>`);
  body.push('</section>');

  body.push(`<section id="blockers"><h2>${tx('summary.blockers')}</h2>`);
  if (summary.blockers.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(
      table(
        [{ text: t(lang, 'summary.col.item') }, { text: t(lang, 'summary.col.count'), num: true }, { text: t(lang, 'summary.col.share'), num: true }],
        summary.blockers.map((b) => [
          { html: `<a href="#${escapeHtml(itemAnchor(b))}">${escapeHtml(itemLabel(lang, b))}</a>` },
          n(b.count),
          percent(lang, b.count, counted),
        ]),
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
  body.push(`<section id="shortfalls"><h2>${tx('summary.shortfalls')}</h2>`);
  if (items.length === 0) body.push(`<p>${tx('summary.none')}</p>`);
  else {
    body.push(
      legend([
        ['--fail', t(lang, 'status.fail')],
        ['--warn', t(lang, 'status.warn')],
        ['--unknown', t(lang, 'summary.unknown-incl')],
      ]),
    );
    body.push(
      barChart(
        items.slice(0, TOP).map((i) => ({ label: itemLabel(lang, i), segments: segments(i), href: `#${itemAnchor(i)}` })),
        counted,
        t(lang, 'summary.chart.items'),
      ),
    );
  }
  const unknownCell = (i: ItemSummary) => ({
    html: `${escapeHtml(n(i.unknown))}${i.unanswered > 0 ? ` <span class="sub">${tx('summary.of-them-unanswered', { count: i.unanswered })}</span>` : ''}`,
    sort: i.unknown,
  });
  const itemTable = (kind: 'check' | 'question') =>
    table(
      [
        { text: t(lang, 'summary.col.item') },
        { text: t(lang, 'status.fail'), num: true },
        { text: t(lang, 'status.warn'), num: true },
        { text: t(lang, 'status.unknown'), num: true },
        { text: t(lang, 'status.pass'), num: true },
        { text: t(lang, 'status.skipped'), num: true },
        { text: t(lang, 'summary.col.blocker'), num: true },
      ],
      summary.items
        .filter((i) => i.kind === kind)
        .map((i) => [
          { html: `<a href="#${escapeHtml(itemAnchor(i))}">${escapeHtml(i.title)}</a>` },
          n(i.fail),
          n(i.warn),
          unknownCell(i),
          n(i.pass),
          n(i.skipped),
          n(i.blocker),
        ]),
    );
  body.push(`<details open><summary>${tx('summary.checks')}</summary>${itemTable('check')}</details>`);
  body.push(`<details open><summary>${tx('summary.questions')}</summary>${itemTable('question')}</details>`);
  body.push(`<p class="note">${tx('summary.unanswered-note')}</p>`);
  body.push('</section>');

  // per item, the devices whose latest report falls short on it
  const byItem = new Map<string, Record<'fail' | 'warn' | 'unknown', FleetDevice[]>>();
  for (const d of summary.devices) {
    for (const s of d.shortfalls) {
      const key = `${s.kind}:${s.id}`;
      const lists = byItem.get(key) ?? { fail: [], warn: [], unknown: [] };
      lists[s.status].push(d);
      byItem.set(key, lists);
    }
  }
  body.push(`<section id="by-item"><h2>${tx('summary.by-item')}</h2>`);
  for (const i of summary.items) {
    const lists = byItem.get(`${i.kind}:${i.id}`) ?? { fail: [], warn: [], unknown: [] };
    body.push(`<section class="item" id="${escapeHtml(itemAnchor(i))}"><h3>${escapeHtml(itemLabel(lang, i))}</h3><dl>`);
    if (lists.fail.length + lists.warn.length + lists.unknown.length === 0)
      body.push(`<dd>${tx(i.unanswered > 0 ? 'summary.item-unanswered' : 'summary.item-none', { count: n(i.unanswered) })}</dd>`);
    for (const status of ['fail', 'warn', 'unknown'] as const) {
      const list = lists[status];
      if (list.length === 0) continue;
      const more = list.length > DEVICE_LINKS ? ` ${tx('summary.more', { count: list.length - DEVICE_LINKS })}` : '';
      body.push(`<dt>${tx(`status.${status}`)} (${escapeHtml(n(list.length))})</dt><dd>${list.slice(0, DEVICE_LINKS).map(devLink).join(', ')}${more}</dd>`);
    }
    body.push('</dl></section>');
  }
  body.push('</section>');

  body.push(`<section id="devices"><h2>${tx('summary.devices')}</h2>`);
  body.push(`<p id="device-filter-box" hidden><label>${tx('summary.filter')} <input id="device-filter" type="search" autocomplete="off"></label></p>`);
  body.push(
    table(
      [
        { text: t(lang, 'summary.col.host') },
        { text: t(lang, 'summary.col.user') },
        { text: t(lang, 'summary.col.os') },
        { text: t(lang, 'summary.col.last') },
        { text: t(lang, 'summary.col.verdict') },
        { text: t(lang, 'summary.col.score'), num: true },
        { text: t(lang, 'summary.col.scope') },
        { text: t(lang, 'summary.col.why') },
      ],
      summary.devices.slice(0, DEVICE_ROWS).map((d, k) => [
        { html: `<span id="${deviceAnchor(k)}">${escapeHtml(deviceName(lang, d))}</span>`, sort: d.host ?? '' },
        d.user ?? '',
        osName(d.os),
        {
          html: `${date(d.lastReport)}${d.stale ? ` <span class="stale">${tx('summary.stale-days', { days: d.daysSinceReport })}</span>` : ''}`,
          sort: d.lastReport,
        },
        verdictCell(d.verdict),
        { html: escapeHtml(n(d.score, 0)), sort: d.score },
        d.scope ? t(lang, `summary.scope.${d.scope}`) : '',
        { html: why(d) },
      ]),
      ' id="device-table"',
    ),
  );
  if (summary.devices.length > DEVICE_ROWS) body.push(`<p class="note">${tx('summary.more-devices', { count: summary.devices.length - DEVICE_ROWS })}</p>`);
  body.push('</section>');

  body.push(`<section id="os"><h2>${tx('summary.by-os')}</h2>`);
  body.push(
    legend([
      ['--ok', t(lang, 'verdict.ready')],
      ['--warn', t(lang, 'verdict.ready-with-warnings')],
      ['--fail', t(lang, 'verdict.not-ready')],
    ]),
  );
  body.push(
    barChart(
      summary.byOs.map((os) => ({ label: osName(os.os), segments: VERDICTS.map((v) => ({ value: os[v], cls: `s-${v}`, label: t(lang, `verdict.${v}`) })) })),
      summary.byOs.reduce((m, os) => Math.max(m, os.reports), 1),
      t(lang, 'summary.by-os'),
    ),
  );
  body.push(
    table(
      [
        { text: t(lang, 'summary.col.os') },
        { text: t(lang, 'summary.col.reports'), num: true },
        ...VERDICTS.map((v) => ({ text: t(lang, `verdict.${v}`), num: true })),
      ],
      summary.byOs.map((os) => [osName(os.os), n(os.reports), ...VERDICTS.map((v) => n(os[v]))]),
    ),
  );
  body.push('</section>');

  body.push(`<section id="network"><h2>${tx('summary.network', { count: summary.network.measured })}</h2>`);
  body.push(
    table(
      [
        { text: t(lang, 'summary.col.figure') },
        { text: t(lang, 'summary.col.count'), num: true },
        { text: t(lang, 'summary.col.median'), num: true },
        { text: t(lang, 'summary.col.worst'), num: true },
      ],
      NETWORK_METRICS.map((m) => {
        const f = summary.network.figures[m];
        return [t(lang, `summary.metric.${m}`), n(f.count), n(f.median), n(f.worst)];
      }),
    ),
  );
  body.push(`<p class="note">${tx('summary.network-note')}</p>`);
  if (summary.network.measured > 0) {
    body.push('<div class="charts">');
    for (const m of NETWORK_METRICS)
      body.push(histogramChart(lang, summary.network.bins[m], t(lang, 'summary.chart.distribution', { metric: t(lang, `summary.metric.${m}`) })));
    body.push('</div>');
  }
  body.push('</section>');

  if (summary.flagged.length > 0) {
    // every one of them, by file: IT has to look at each
    body.push(`<section id="flagged"><h2>${tx('summary.flagged')}</h2>`);
    body.push(`<p class="note">${tx('summary.flagged-note')}</p>`);
    body.push(
      table(
        [{ text: t(lang, 'summary.col.file') }, { text: t(lang, 'summary.col.host') }, { text: t(lang, 'summary.col.why') }],
        summary.flagged.map((f) => [f.file, f.host ?? '', flaggedText(summary, f)]),
      ),
    );
    body.push('</section>');
  }

  if (summary.broken.length > 0) {
    body.push(`<section id="broken"><h2>${tx('summary.broken')}</h2>`);
    body.push(
      table(
        [{ text: t(lang, 'summary.col.file') }, { text: t(lang, 'summary.col.reason') }],
        summary.broken.slice(0, DEVICE_ROWS).map((b) => [b.file, b.reason]),
      ),
    );
    if (summary.broken.length > DEVICE_ROWS) body.push(`<p class="note">${tx('summary.more', { count: summary.broken.length - DEVICE_ROWS })}</p>`);
    body.push('</section>');
  }

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tx('summary.heading')}${summary.organisation ? ` · ${escapeHtml(summary.organisation)}` : ''}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Nothing may be fetched; the page's own style and its one script (by hash) may run. */
export const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

function legend(entries: Array<[string, string]>): string {
  return `<div class="legend">${entries.map(([c, label]) => `<span><i style="--c:var(${c})"></i>${escapeHtml(label)}</span>`).join('')}</div>`;
}
