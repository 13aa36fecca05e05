// The far end of the network lab, run inside the lab's server namespace (`ip netns exec`): the
// speed-test server and a STUN server (src/probe/net/testserver.ts, with no pacing and no delay of
// their own) and iperf3 on 127.0.0.1, reached only through a relay on the namespace's address that
// holds every byte and datagram for half the round trip in each direction (the delay line: this
// kernel has no netem). The rate is the kernel's (tbf in the router namespace), never this process's.
//
//   node netlab-server.mjs '{"address":"10.79.0.2","delayMs":80,"udpLoss":0.02,"seed":1,"iperf3":true}'
//
// Prints one JSON line when ready ({"ready":true}); on SIGTERM prints the wire counts and exits:
//   stun: per client socket of port 3478, in order of first request: requests, replies dropped
//   bins: bytes through TCP port 8080 per 100 ms (wall-clock ms), each way: when download and upload ran
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';

const config = JSON.parse(process.argv[2] ?? '{}');
const { address, delayMs = 0, udpLoss = 0, seed = 1 } = config;
const oneWay = delayMs / 2;
const dist = (path) => import(new URL(`../../dist/${path}`, import.meta.url).href);
const { seededRandom, startSpeedServer, startStunServer } = await dist('src/probe/net/testserver.js');

const now = () => performance.timeOrigin + performance.now();

// the same drops for the same seed
const rand = seededRandom(seed);

const speed = await startSpeedServer({});
const stun = await startStunServer({});
let iperf = null;
if (config.iperf3) {
  iperf = spawn('iperf3', ['-s', '-B', '127.0.0.1', '-p', '5201'], { stdio: 'ignore' });
  iperf.on('error', () => (iperf = null));
}

// --- TCP: a delay line each way, with back-pressure -----------------------------------------------
const BIN_MS = 100;
const bins = { down: new Map(), up: new Map() };
const count = (dir, n) => {
  const b = Math.floor(now() / BIN_MS);
  bins[dir].set(b, (bins[dir].get(b) ?? 0) + n);
};
const HIGH_WATER = 512 * 1024;

function delayed(src, dst, onBytes) {
  const queue = [];
  let queued = 0;
  let timer = null;
  let ended = false;
  const resumeIfRoom = () => {
    if (queued + dst.writableLength < HIGH_WATER) src.resume();
  };
  const flush = () => {
    timer = null;
    const t = performance.now();
    while (queue.length > 0 && queue[0][0] <= t) {
      const [, chunk] = queue.shift();
      queued -= chunk.length;
      if (!dst.destroyed) dst.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(flush, Math.max(0, queue[0][0] - performance.now()));
    else if (ended) dst.end();
    resumeIfRoom();
  };
  src.on('data', (chunk) => {
    onBytes?.(chunk.length);
    queue.push([performance.now() + oneWay, chunk]);
    queued += chunk.length;
    if (queued + dst.writableLength >= HIGH_WATER) src.pause();
    timer ??= setTimeout(flush, Math.max(0, queue[0][0] - performance.now()));
  });
  dst.on('drain', resumeIfRoom);
  src.on('end', () => {
    ended = true;
    if (queue.length === 0 && timer === null) dst.end();
  });
}

function tcpRelay(listenPort, targetPort, countBytes) {
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect(targetPort, '127.0.0.1');
    upstream.setNoDelay(true);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    delayed(client, upstream, countBytes ? (n) => count('up', n) : undefined);
    delayed(upstream, client, countBytes ? (n) => count('down', n) : undefined);
  });
  return new Promise((resolve) => server.listen(listenPort, address, () => resolve(server)));
}

// --- UDP: the same delay; replies of port 3478 dropped at random (the line's loss) ----------------
const stunSockets = [];
function udpRelay(listenPort, loss) {
  const front = dgram.createSocket('udp4');
  const clients = new Map();
  front.on('message', (msg, rinfo) => {
    const key = `${rinfo.address}:${rinfo.port}`;
    let client = clients.get(key);
    if (!client) {
      const back = dgram.createSocket('udp4');
      client = { back, requests: 0, dropped: 0, drops: [] };
      clients.set(key, client);
      if (loss !== null) stunSockets.push(client);
      back.on('message', (reply) => {
        if (loss && rand() < loss) {
          client.dropped += 1;
          return;
        }
        setTimeout(() => front.send(reply, rinfo.port, rinfo.address), oneWay);
      });
      back.bind(0, '127.0.0.1');
    }
    client.requests += 1;
    setTimeout(() => client.back.send(msg, stun.port, '127.0.0.1'), oneWay);
  });
  return new Promise((resolve) => front.bind(listenPort, address, () => resolve(front)));
}

const servers = [await tcpRelay(8080, speed.port, true), await tcpRelay(5201, 5201, false)];
const udp = [await udpRelay(3478, udpLoss), await udpRelay(3479, null)];
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

process.on('SIGTERM', async () => {
  const series = (dir) => [...bins[dir].entries()].sort((a, b) => a[0] - b[0]).map(([b, n]) => [b * BIN_MS, n]);
  process.stdout.write(
    `${JSON.stringify({
      stun: stunSockets.map(({ requests, dropped }) => ({ requests, dropped })),
      bins: { down: series('down'), up: series('up') },
    })}\n`,
  );
  for (const s of servers) s.close();
  for (const s of udp) s.close();
  iperf?.kill('SIGTERM');
  await speed.close();
  await stun.close();
  process.exit(0);
});
