// network-quality on lines the kernel shapes (test/helpers/netlab.mjs: tbf in a router namespace,
// a delay-line relay, STUN replies dropped and counted), three runs a profile, and iperf3 through
// the same line. Printed: measured / true for every figure (median of the three runs), the check's
// time and the whole process's wall time per run. Needs root (ip netns, tc); says why when skipped.
// The machine is shared: the figures are medians, and a run's wall time includes waiting for a core.
import { ensureIperf3, iperf3InLab, labUnavailable, PROFILES, runCheckInLab, startLab, truthOf } from '../test/helpers/netlab.mjs';
import { median } from './lib.mjs';

const RUNS = Number(process.env.BENCH_NETLAB_RUNS ?? 3);
const only = process.env.BENCH_NETLAB_PROFILE;

const fmt = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const ratio = (m, t) => (typeof m === 'number' && typeof t === 'number' && t > 0 ? m / t : null);
/** "measured / true (ratio)" from the median of the runs' measured values and of their truths */
function cell(runs, measured, truth, digits = 1) {
  const m = median(runs.map(measured).filter((x) => typeof x === 'number'));
  const t = median(runs.map(truth).filter((x) => typeof x === 'number'));
  const r = median(runs.map((run) => ratio(measured(run), truth(run))).filter((x) => x !== null));
  return `${fmt(m, digits)} / ${fmt(t, digits)} (${fmt(r, 2)})`;
}

export default async function () {
  const why = labUnavailable();
  if (why) return [`network lab: skipped (${why})`];
  const iperf = ensureIperf3();
  const lines = [
    `network lab: ${RUNS} runs a profile; cells are measured / true (median ratio of the runs). True: down/up = the tbf rate x 1448/1514 (TCP payload of a frame) less the probes beside the transfers; RTT = the parallel ping's median (idle, and in each transfer phase after its first 0.5 s); loss = the relay's dropped share of the idle probes`,
    '| profile | down Mbit/s | up Mbit/s | idle RTT ms | loaded RTT down ms | loaded RTT up ms | loss % [interval] (true) | bloat down/up | windows down/up | status | check s | wall s | iperf3 down / up Mbit/s (ratio) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const profile of PROFILES) {
    if (only && !profile.name.includes(only)) continue;
    const runs = [];
    let iperfCell = iperf ? '' : 'iperf3 not installed';
    for (let i = 0; i < RUNS; i += 1) {
      const lab = await startLab(profile, { iperf3: iperf && i === 0 });
      try {
        if (iperf && i === 0) {
          const down = iperf3InLab(lab, 'down');
          const up = iperf3InLab(lab, 'up');
          const t = truthOf(profile, { pings: [], stats: { bins: { down: [], up: [] }, stun: [] } });
          iperfCell = `${fmt(down, 2)} / ${fmt(up, 2)} (${fmt(ratio(down, t.downMbps), 2)} / ${fmt(ratio(up, t.upMbps), 2)})`;
        }
        const run = await runCheckInLab(lab);
        runs.push({ ...run, truth: truthOf(profile, run) });
      } catch (error) {
        await lab.close();
        lines.push(`| ${profile.name} | run ${i + 1} failed: ${String(error.message ?? error).split('\n')[0]} |`);
      }
    }
    if (runs.length === 0) continue;
    const f = (k) => (run) => run.facts[k];
    const t = (k) => (run) => run.truth[k];
    const loss = runs
      .map(
        (r) =>
          `${fmt(r.facts.lossPercent, 1)} [${fmt(r.facts.latency.lossLowPercent, 1)}-${fmt(r.facts.latency.lossHighPercent, 1)}] (${fmt(r.truth.lossPercent, 1)}) n=${r.facts.latency.sent}`,
      )
      .join('; ');
    lines.push(
      `| ${profile.name} | ${cell(runs, f('downloadMbps'), t('downMbps'), 2)} | ${cell(runs, f('uploadMbps'), t('upMbps'), 2)} | ${cell(runs, f('latencyMs'), t('latencyMs'))} | ` +
        `${cell(runs, f('loadedLatencyDownMs'), t('loadedDownMs'))} | ${cell(runs, f('loadedLatencyUpMs'), t('loadedUpMs'))} | ${loss} | ` +
        `${runs.map((r) => `${r.facts.bufferbloat.down}/${r.facts.bufferbloat.up}`).join(', ')} | ` +
        `${runs.map((r) => `${r.facts.throughput.downloadWindows}/${r.facts.throughput.uploadWindows}`).join(', ')} | ` +
        `${runs.map((r) => r.result.status).join(', ')} | ${runs.map((r) => fmt(r.result.durationMs / 1000)).join(', ')} | ${runs.map((r) => fmt(r.wallMs / 1000)).join(', ')} | ${iperfCell} |`,
    );
  }
  lines.push(
    'the delay is a user-space relay at the server end (this kernel has no netem): TCP ends there, so slow start is quicker than on a real line of that round trip; the rate and the queue are the kernel\u2019s (tbf in the router namespace)',
  );
  return lines;
}
