// The network lab: a home line the Linux kernel shapes, in three network namespaces.
//
//   client ns ──veth── router ns ──veth── server ns
//   (the check,        (forwards; tbf:     (relay with the delay line → speed server,
//    the ping)          down rate toward    STUN server, iperf3 on 127.0.0.1)
//                       the client, up rate
//                       toward the server)
//
// Rate and buffer are the kernel's: a token bucket (tc tbf) on each of the router's two links, so
// the queue a busy line builds sits in the router, as in a home router, and a deep buffer is real
// bufferbloat. This kernel has no netem, so the round trip comes from a delay line in user space:
// the relay in the server namespace holds each byte and datagram half the round trip each way
// (test/helpers/netlab-server.mjs). TCP ends at the relay, so TCP's own round trip is the short one
// to the relay plus the router's queue: a request still waits the whole delay for its answer, but
// slow start is quicker than on a real line of that delay. UDP loss is the relay dropping STUN
// replies at random (counted: the truth of the loss).
//
// Needs root (ip netns, tc); `labUnavailable()` says why not otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/homeoffice-check.js`;

/**
 * rates in Mbit/s, round trip in ms; `deep`: a buffer of 600 ms at the rate (bufferbloat), else 50 ms
 * (at least 8 frames); `cc`: the senders' TCP congestion control (cubic, Linux's default, unless said)
 */
export const PROFILES = [
  { name: 'dsl-2/0.5-80ms', down: 2, up: 0.5, rttMs: 80 },
  { name: 'dsl-5/1-40ms', down: 5, up: 1, rttMs: 40 },
  { name: 'fibre-100/20', down: 100, up: 20, rttMs: 10 },
  { name: 'bloat-10/2', down: 10, up: 2, rttMs: 20, deep: true },
  { name: 'bbr-20/5', down: 20, up: 5, rttMs: 30, cc: 'bbr' },
  { name: 'udp-loss-2%', down: 20, up: 5, rttMs: 20, udpLoss: 0.02 },
  { name: 'udp-loss-10%', down: 20, up: 5, rttMs: 20, udpLoss: 0.1 },
];

/** TCP payload per byte on the wire: 1448 of a 1514-byte Ethernet frame (MTU 1500, TCP timestamps) */
export const TCP_EFFICIENCY = 1448 / 1514;
/** a STUN binding request or answer on the wire: 20 + UDP 8 + IP 20 + Ethernet 14 (answers carry ~24 more) */
const PROBE_FRAME = { up: 62, down: 86 };
/** probes per second beside the transfers: the check's STUN (every 20 ms) and the lab's ping (every 50 ms) */
const PROBES_PER_S = 50 + 20;
export const PING_INTERVAL_MS = 50;

const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' });
const must = (cmd, args) => {
  const r = run(cmd, args);
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout;
};

let serial = 0;

/** null when the lab can be built here; else why not (one line). */
export function labUnavailable() {
  if (process.getuid?.() !== 0) return 'needs root for ip netns and tc';
  const name = `hocq-${process.pid}-probe`;
  const r = run('ip', ['netns', 'add', name]);
  if (r.error) return `ip is not installed (${r.error.message})`;
  if (r.status !== 0) return `ip netns add failed: ${r.stderr.trim()}`;
  try {
    const a = `hq${process.pid % 100000}x`;
    const add = run('ip', ['-n', name, 'link', 'add', a, 'type', 'veth', 'peer', 'name', `${a}y`]);
    if (add.status !== 0) return `veth: ${add.stderr.trim()}`;
    const tbf = run('ip', ['netns', 'exec', name, 'tc', 'qdisc', 'add', 'dev', a, 'root', 'tbf', 'rate', '1mbit', 'burst', '5000', 'limit', '30000']);
    if (tbf.error || tbf.status !== 0) return `tc tbf: ${tbf.error?.message ?? tbf.stderr.trim()}`;
    return null;
  } finally {
    run('ip', ['netns', 'del', name]);
  }
}

/** iperf3 from Debian, installed when missing; false when it cannot be. */
export function ensureIperf3() {
  if (run('iperf3', ['--version']).status === 0) return true;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'iperf3'], { stdio: 'ignore', env, timeout: 300_000 });
  return run('iperf3', ['--version']).status === 0;
}

function tbf(ns, dev, mbit, deep) {
  const bytesPerS = (mbit * 1e6) / 8;
  const burst = Math.max(4500, Math.round(bytesPerS / 250));
  // at least 8 full frames, so a slow clean line still holds a TCP window
  const limit = Math.max(8 * 1514, Math.round(bytesPerS * (deep ? 0.6 : 0.05)));
  must('ip', [
    'netns',
    'exec',
    ns,
    'tc',
    'qdisc',
    'add',
    'dev',
    dev,
    'root',
    'tbf',
    'rate',
    `${Math.round(mbit * 1000)}kbit`,
    'burst',
    String(burst),
    'limit',
    String(limit),
  ]);
}

function lines(stream) {
  let buffer = '';
  const waiting = [];
  const ready = [];
  stream.setEncoding('utf8').on('data', (d) => {
    buffer += d;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else ready.push(line);
    }
  });
  return () => (ready.length > 0 ? Promise.resolve(ready.shift()) : new Promise((resolve) => waiting.push(resolve)));
}

function startIn(ns, args) {
  const child = spawn('ip', ['netns', 'exec', ns, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const next = lines(child.stdout);
  const closed = new Promise((resolve) => child.on('close', resolve));
  return { child, next, closed, stderr: () => stderr };
}

const timeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);

/**
 * Build the lab for a profile and start its far end. `iperf3`: start an iperf3 server too.
 * Returns the addresses the check is given, and `close()`, which takes everything down.
 */
export async function startLab(profile, { iperf3 = false } = {}) {
  serial += 1;
  const tag = `${process.pid % 100000}${serial}`;
  const ns = { client: `hocq-${tag}-c`, router: `hocq-${tag}-r`, server: `hocq-${tag}-s` };
  const dev = { c: `hq${tag}c`, rc: `hq${tag}rc`, rs: `hq${tag}rs`, s: `hq${tag}s` };
  const made = [];
  let far = null;
  const close = async () => {
    if (far && far.child.exitCode === null) {
      far.child.kill('SIGTERM');
      await timeout(far.closed, 5000, 'lab server').catch(() => far.child.kill('SIGKILL'));
    }
    for (const name of made) run('ip', ['netns', 'del', name]);
  };
  try {
    for (const name of Object.values(ns)) {
      must('ip', ['netns', 'add', name]);
      made.push(name);
      must('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
    }
    must('ip', ['-n', ns.client, 'link', 'add', dev.c, 'type', 'veth', 'peer', 'name', dev.rc, 'netns', ns.router]);
    must('ip', ['-n', ns.server, 'link', 'add', dev.s, 'type', 'veth', 'peer', 'name', dev.rs, 'netns', ns.router]);
    must('ip', ['-n', ns.client, 'addr', 'add', '10.78.0.2/24', 'dev', dev.c]);
    must('ip', ['-n', ns.router, 'addr', 'add', '10.78.0.1/24', 'dev', dev.rc]);
    must('ip', ['-n', ns.router, 'addr', 'add', '10.79.0.1/24', 'dev', dev.rs]);
    must('ip', ['-n', ns.server, 'addr', 'add', '10.79.0.2/24', 'dev', dev.s]);
    for (const [n, d] of [
      [ns.client, dev.c],
      [ns.router, dev.rc],
      [ns.router, dev.rs],
      [ns.server, dev.s],
    ])
      must('ip', ['-n', n, 'link', 'set', d, 'up']);
    must('ip', ['-n', ns.client, 'route', 'add', 'default', 'via', '10.78.0.1']);
    must('ip', ['-n', ns.server, 'route', 'add', 'default', 'via', '10.79.0.1']);
    must('ip', ['netns', 'exec', ns.router, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);
    if (profile.cc) {
      for (const n of [ns.client, ns.server]) must('ip', ['netns', 'exec', n, 'sysctl', '-qw', `net.ipv4.tcp_congestion_control=${profile.cc}`]);
    }
    tbf(ns.router, dev.rc, profile.down, profile.deep);
    tbf(ns.router, dev.rs, profile.up, profile.deep);
    const config = { address: '10.79.0.2', delayMs: profile.rttMs, udpLoss: profile.udpLoss ?? 0, seed: 7 + serial, iperf3 };
    far = startIn(ns.server, [process.execPath, `${HERE}netlab-server.mjs`, JSON.stringify(config)]);
    const ready = await timeout(far.next(), 15_000, 'lab server').catch((e) => {
      throw new Error(`${e.message}: ${far.stderr()}`);
    });
    if (!ready.includes('ready')) throw new Error(`lab server: ${ready} ${far.stderr()}`);
    if (iperf3) await new Promise((r) => setTimeout(r, 300));
  } catch (error) {
    await close();
    throw error;
  }
  const stop = async () => {
    far.child.kill('SIGTERM');
    const stats = JSON.parse(await timeout(far.next(), 5000, 'lab server stats'));
    await close();
    return stats;
  };
  return { profile, ns, speedUrl: 'http://10.79.0.2:8080', stun: '10.79.0.2:3478', stop, close };
}

/**
 * The built CLI's network check in the client namespace, with the lab's ping beside it.
 * Returns the check's result, its wall time, the ping series and the far end's counts (the lab is
 * taken down after).
 */
export async function runCheckInLab(lab) {
  const ping = startIn(lab.ns.client, [process.execPath, `${HERE}netlab-ping.mjs`, '10.79.0.2', '3479', String(PING_INTERVAL_MS)]);
  await timeout(ping.next(), 10_000, 'lab ping');
  await new Promise((r) => setTimeout(r, 300));
  const started = performance.now();
  const check = spawnSync(
    'ip',
    [
      'netns',
      'exec',
      lab.ns.client,
      process.execPath,
      BIN,
      '--json',
      '--no-questions',
      '--only',
      'network-quality',
      '--speed-url',
      lab.speedUrl,
      '--stun',
      lab.stun,
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', HOMEOFFICE_CHECK_REMEMBER: '0', NO_PROXY: '*', no_proxy: '*' }, maxBuffer: 16 << 20 },
  );
  const wallMs = performance.now() - started;
  ping.child.kill('SIGTERM');
  const pings = JSON.parse(await timeout(ping.next(), 5000, 'lab ping series'));
  const stats = await lab.stop();
  if (check.status !== 0 && check.status !== 1) throw new Error(`check exit ${check.status}: ${check.stderr}`);
  const result = JSON.parse(check.stdout).checks.find((c) => c.id === 'network-quality');
  return { result, facts: result.facts, wallMs, pings, stats };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** [start, end] wall-clock ms of the bins carrying at least a fifth of the peak, or null */
function phase(bins) {
  const peak = Math.max(0, ...bins.map(([, n]) => n));
  if (peak === 0) return null;
  const busy = bins.filter(([, n]) => n >= peak / 5);
  return [busy[0][0], busy[busy.length - 1][0] + 100];
}

/**
 * What the check should have seen: the goodput the shaped rate allows (TCP payload share, less the
 * probes beside the transfers), the round trip the parallel ping saw idle and in each transfer
 * phase (its first 0.5 s left out, as the check does), and the share of STUN replies the relay
 * dropped of the check's idle run.
 */
export function truthOf(profile, { pings, stats }) {
  const goodput = (mbit, dir) => (mbit * 1e6 - PROBES_PER_S * PROBE_FRAME[dir] * 8) * TCP_EFFICIENCY * 1e-6;
  // the upload is counted as it leaves the router (its bins are the wire's); the download as the
  // relay reads it from the server, which fills the relay's buffer at once: it runs from its first
  // busy bin to the start of the upload
  const up = phase(stats.bins.up);
  const downStart = phase(stats.bins.down);
  const down = downStart && up ? [downStart[0], up[0]] : downStart;
  const inPhase = (p) => (p ? pings.filter(([at]) => at >= p[0] + 500 && at <= p[1] - 300).map(([, r]) => r) : []);
  const idle = down ? pings.filter(([at]) => at < down[0] - 200).map(([, r]) => r) : [];
  const idleRun = stats.stun[0];
  return {
    downMbps: goodput(profile.down, 'down'),
    upMbps: goodput(profile.up, 'up'),
    latencyMs: median(idle),
    loadedDownMs: median(inPhase(down)),
    loadedUpMs: median(inPhase(up)),
    lossPercent: idleRun ? (idleRun.dropped / idleRun.requests) * 100 : null,
    phases: { down, up },
  };
}

/** iperf3 through the same line: Mbit/s the receiver counted (4 streams, 4 s, the first second left out). */
export function iperf3InLab(lab, direction) {
  const r = run('ip', [
    'netns',
    'exec',
    lab.ns.client,
    'iperf3',
    '-c',
    '10.79.0.2',
    '-p',
    '5201',
    '-t',
    '4',
    '-O',
    '1',
    '-P',
    '4',
    '-J',
    ...(direction === 'down' ? ['-R'] : []),
  ]);
  if (r.error || !r.stdout) return null;
  try {
    return JSON.parse(r.stdout).end.sum_received.bits_per_second / 1e6;
  } catch {
    return null;
  }
}
