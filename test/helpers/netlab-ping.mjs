// The lab's parallel ping, run in the client namespace beside the check: a STUN binding request
// every 20 ms (or the interval given) to the relay's loss-free port, until SIGTERM; then one JSON line of
// [wall-clock ms when sent, round trip ms or null] per request.
//   node netlab-ping.mjs 10.79.0.2 3479 [interval ms]
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';

const [host, port, every] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 20)];
const socket = dgram.createSocket('udp4');
const sent = [];
const pending = new Map();
socket.on('message', (data) => {
  if (data.length < 20) return;
  const i = pending.get(data.subarray(8, 20).toString('hex'));
  if (i === undefined) return;
  pending.delete(data.subarray(8, 20).toString('hex'));
  sent[i][1] = Math.round((performance.now() - sent[i][2]) * 100) / 100;
});
socket.connect(port, host, () => {
  const timer = setInterval(() => {
    const id = randomBytes(12);
    const header = Buffer.alloc(8);
    header.writeUInt16BE(0x0001, 0);
    header.writeUInt32BE(0x2112a442, 4);
    pending.set(id.toString('hex'), sent.length);
    sent.push([performance.timeOrigin + performance.now(), null, performance.now()]);
    socket.send(Buffer.concat([header, id]));
  }, every);
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    clearInterval(timer);
    // the last replies may still come
    setTimeout(() => {
      process.stdout.write(`${JSON.stringify(sent.map(([at, rtt]) => [Math.round(at), rtt]))}\n`);
      process.exit(0);
    }, 1000);
  });
});
