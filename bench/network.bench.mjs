// network-quality, measured against lines with a known truth: the built CLI runs the check against
// a shaped HTTP server (rate both ways) and a shaped STUN server (delay, jitter, loss), both on
// 127.0.0.1, at 2, 10 and 50 Mbit/s. Printed: measured / true for each figure, and the check's time.
// Then STUN against a server nobody here wrote (coturn, when installed): what it answers and how fast.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, median } from './lib.mjs';

const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);

const RATES = [2, 10, 50];
const LINE = { delayMs: 40, jitterMs: 12, loss: 0.02 };
const ratio = (measured, truth) => (measured === null || measured === undefined || !truth ? 'n/a' : `${(measured / truth).toFixed(2)}`);
const fmt = (v, digits = 1) => (typeof v === 'number' ? v.toFixed(digits) : String(v));

async function runCheck(speedUrl, stunPort) {
  const started = performance.now();
  // asynchronously: the servers answering the check live in this process
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [BIN, '--json', '--no-questions', '--only', 'network-quality', '--speed-url', speedUrl, '--stun', `127.0.0.1:${stunPort}`],
    { env: { ...process.env, LANG: 'C.UTF-8', NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error) => (error.code === 1 ? error : Promise.reject(error)));
  const wallMs = performance.now() - started;
  const result = JSON.parse(stdout).checks.find((c) => c.id === 'network-quality');
  return { result, wallMs };
}

async function shaped() {
  const { startSpeedServer, startStunServer } = await dist('src/probe/net/testserver.js');
  const { latencyFigures } = await dist('checks/network-quality/metrics.js');
  const { PLAN } = await dist('checks/network-quality/collect.js');
  // latency, jitter and loss are reported from the idle phase: the first probes the server saw
  const idleProbes = Math.round(PLAN.idleMs / PLAN.stunIntervalMs);
  const lines = [
    `line: ${RATES.join(', ')} Mbit/s both ways; STUN delay ${LINE.delayMs} ms + uniform [0, ${LINE.jitterMs}) ms, ${LINE.loss * 100} % of replies dropped`,
    '| Mbit/s | down (ratio) | up (ratio) | latency ms (ratio) | jitter ms (ratio) | loss % [interval] (true) | loaded latency ms | MOS | status | check | wall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const mbps of RATES) {
    const http = await startSpeedServer({ downBps: mbps * 1e6, upBps: mbps * 1e6 });
    const stun = await startStunServer({ ...LINE, seed: mbps });
    try {
      const { result, wallMs } = await runCheck(http.url, stun.port);
      const f = result.facts;
      // the truth of the delay and jitter is what the server really held each reply (timers included)
      const imposed = latencyFigures(stun.stats.heldMs.slice(0, idleProbes));
      const lossTrue = imposed.lossPercent;
      lines.push(
        `| ${mbps} | ${fmt(f.downloadMbps)} (${ratio(f.downloadMbps, mbps)}) | ${fmt(f.uploadMbps)} (${ratio(f.uploadMbps, mbps)}) | ` +
          `${fmt(f.latencyMs)} (${ratio(f.latencyMs, imposed.medianMs)}) | ${fmt(f.jitterMs)} (${ratio(f.jitterMs, imposed.jitterMs)}) | ` +
          `${fmt(f.lossPercent)} [${fmt(f.latency?.lossLowPercent, 2)}-${fmt(f.latency?.lossHighPercent, 2)}] (${fmt(lossTrue)}) | ${fmt(f.loadedLatencyMs)} | ${fmt(f.mos, 2)} | ${result.status}${result.reason ? ` (${result.reason.code})` : ''} | ${fmt(result.durationMs / 1000, 1)} s | ${fmt(wallMs / 1000, 1)} s |`,
      );
    } finally {
      await http.close();
      await stun.close();
    }
  }
  lines.push(
    `ratios are measured / true; the truth is what the server did with the idle phase's ${idleProbes} probes: the median time it held a reply, the jitter of those times, the share it dropped (loopback adds well under 1 ms); the interval is the loss rate the probes allow (Wilson, each end one-sided 95 %)`,
  );
  return lines;
}

/** coturn in STUN-only mode on a free port of 127.0.0.1, or null when it is not installed. */
async function startCoturn() {
  const { measureStun } = await dist('src/probe/net/stun.js');
  const dgram = await import('node:dgram');
  const port = await new Promise((resolve) => {
    const s = dgram.createSocket('udp4');
    s.bind(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'hoc-bench-coturn-'));
  const child = spawn(
    'turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      `--listening-port=${port}`,
      '--stun-only',
      '--no-tls',
      '--no-dtls',
      '--no-tcp',
      '--no-cli',
      `--userdb=${join(dir, 'db')}`,
      `--pidfile=${join(dir, 'pid')}`,
      `--log-file=${join(dir, 'log')}`,
    ],
    { stdio: 'ignore' },
  );
  const missing = await new Promise((resolve) => {
    child.once('error', () => resolve(true));
    setTimeout(() => resolve(false), 200);
  });
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  if (missing) return (stop(), null);
  for (let i = 0; i < 50; i += 1) {
    const run = await measureStun({ host: '127.0.0.1', port, intervalMs: 50, durationMs: 100, graceMs: 200 });
    if (run.rtts.some((r) => r !== null)) return { port, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  return null;
}

async function coturn() {
  const server = await startCoturn();
  if (!server) return ['coturn: not installed or not answering (the test set-up installs it): skipped'];
  try {
    const { measureStun } = await dist('src/probe/net/stun.js');
    const { latencyFigures } = await dist('checks/network-quality/metrics.js');
    const run = await measureStun({ host: '127.0.0.1', port: server.port, intervalMs: 20, durationMs: 3000 });
    const f = latencyFigures(run.rtts);
    const rtts = run.rtts.filter((r) => r !== null);
    return [
      `coturn (STUN only, 127.0.0.1): ${f.received}/${f.sent} answered, mapped address read: ${run.mapped}, ` +
        `RTT median ${fmt(median(rtts), 2)} ms, p95 ${fmt(f.p95Ms, 2)} ms, jitter ${fmt(f.jitterMs, 2)} ms, loss ${fmt(f.lossPercent)} % (true: 0)`,
    ];
  } finally {
    server.stop();
  }
}

export default async function () {
  return [...(await shaped()), ...(await coturn())];
}
