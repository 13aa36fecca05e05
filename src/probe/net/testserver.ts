/**
 * A speed-test server and a STUN server with known, shaped behaviour, for 127.0.0.1 only: the
 * tests and `npm run bench` start them to hold the measurement against the truth. The HTTP server
 * speaks the same two endpoints as the real ones (`GET /__down?bytes=N`, `POST /__up`) with a
 * token-bucket rate per direction (shared by all connections); the STUN server answers binding
 * requests after a delay plus uniform jitter and drops replies with a seeded pseudo-random
 * generator, so a run is repeatable.
 */
import dgram from 'node:dgram';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BINDING_SUCCESS, MAGIC_COOKIE, parseStun } from './stun.js';

/** mulberry32: a small seeded PRNG, uniform in [0, 1) */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Token bucket by virtual scheduling: `take(n)` resolves when n bytes may pass at `rate`. */
export class TokenBucket {
  private tat = 0;
  constructor(
    /** bytes per second; Infinity for no limit */
    readonly rate: number,
    /** bytes that may pass at once */
    readonly burst = 16 * 1024,
  ) {}

  async take(n: number): Promise<void> {
    if (!Number.isFinite(this.rate)) return;
    const now = performance.now();
    const burstMs = (this.burst * 1000) / this.rate;
    this.tat = Math.max(this.tat, now) + (n * 1000) / this.rate;
    const wait = this.tat - now - burstMs;
    if (wait > 0) await sleep(wait);
  }
}

export interface SpeedServerOptions {
  /** download rate in bit/s (Infinity: as fast as loopback goes) */
  downBps?: number;
  /** upload rate in bit/s */
  upBps?: number;
  /** delay before each response starts, ms */
  delayMs?: number;
}

export interface SpeedServer {
  url: string;
  port: number;
  /** transfers under way (for a STUN server that slows down under load) */
  active(): number;
  /** bytes sent by /__down and read from /__up so far */
  bytes: { down: number; up: number };
  close(): Promise<void>;
}

const CHUNK = 16 * 1024;

/** resolves when the response can take more, or is gone */
function drained(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function startSpeedServer(options: SpeedServerOptions = {}): Promise<SpeedServer> {
  const down = new TokenBucket((options.downBps ?? Infinity) / 8);
  const up = new TokenBucket((options.upBps ?? Infinity) / 8);
  const bytes = { down: 0, up: 0 };
  let active = 0;
  const chunk = Buffer.alloc(CHUNK, 0x61);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (options.delayMs) await sleep(options.delayMs);
      if (req.method === 'GET' && url.pathname === '/__down') {
        const n = Number(url.searchParams.get('bytes') ?? '0');
        if (!Number.isInteger(n) || n < 0 || n > 1e9) {
          res.writeHead(400).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(n), 'cache-control': 'no-store' });
        if (n > 0) active += 1;
        let left = n;
        while (left > 0 && !res.destroyed) {
          const size = Math.min(CHUNK, left);
          await down.take(size);
          left -= size;
          bytes.down += size;
          if (!res.write(size === CHUNK ? chunk : chunk.subarray(0, size))) await drained(res);
        }
        if (n > 0) active -= 1;
        res.end();
        return;
      }
      if (req.method === 'POST' && url.pathname === '/__up') {
        active += 1;
        for await (const data of req) {
          await up.take((data as Buffer).length);
          bytes.up += (data as Buffer).length;
        }
        active -= 1;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      res.writeHead(404).end();
    } catch {
      res.destroy();
    }
  });
  server.keepAliveTimeout = 10_000;
  let closing: Promise<void> | undefined;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    active: () => active,
    bytes,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}

export interface StunServerOptions {
  /** delay before each reply, ms */
  delayMs?: number;
  /** plus a uniform random delay in [0, jitterMs) */
  jitterMs?: number;
  /** share of replies dropped, 0..1 */
  loss?: number;
  /** PRNG seed for jitter and loss */
  seed?: number;
  /** extra delay while `loaded()` says true (a queue that fills under load) */
  loadedExtraMs?: number;
  loaded?: () => boolean;
  /** answer nothing at all (UDP blocked) */
  silent?: boolean;
}

export interface StunServer {
  host: string;
  port: number;
  /**
   * binding requests seen / replies dropped; `heldMs[i]` is how long the reply to the i-th request
   * was actually held (timer lateness on a busy machine included), null when dropped
   */
  stats: { requests: number; dropped: number; heldMs: (number | null)[] };
  close(): Promise<void>;
}

export async function startStunServer(options: StunServerOptions = {}): Promise<StunServer> {
  const random = seededRandom(options.seed ?? 1);
  const socket = dgram.createSocket('udp4');
  const stats: StunServer['stats'] = { requests: 0, dropped: 0, heldMs: [] };
  const timers = new Set<NodeJS.Timeout>();
  socket.on('message', (data, rinfo) => {
    const message = parseStun(data);
    if (!message || message.class !== 'request' || message.method !== 1) return;
    const index = stats.requests;
    const received = performance.now();
    stats.requests += 1;
    stats.heldMs[index] = null;
    // draw both numbers for every request, so the drop pattern does not depend on the delays
    const drop = random() < (options.loss ?? 0);
    const jitter = random() * (options.jitterMs ?? 0);
    if (options.silent || drop) {
      stats.dropped += 1;
      return;
    }
    const delay = (options.delayMs ?? 0) + jitter + (options.loaded?.() ? (options.loadedExtraMs ?? 0) : 0);
    const reply = bindingSuccess(Buffer.from(message.transactionId, 'hex'), rinfo.address, rinfo.port);
    const timer = setTimeout(() => {
      timers.delete(timer);
      stats.heldMs[index] = performance.now() - received;
      socket.send(reply, rinfo.port, rinfo.address, () => undefined);
    }, delay);
    timers.add(timer);
  });
  let closing: Promise<void> | undefined;
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: socket.address().port,
    stats,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        socket.close(() => resolve());
      })),
  };
}

/** A binding success response with XOR-MAPPED-ADDRESS (IPv4), RFC 5389 15.2. */
export function bindingSuccess(transactionId: Buffer, address: string, port: number): Buffer {
  const message = Buffer.alloc(20 + 12);
  message.writeUInt16BE(BINDING_SUCCESS, 0);
  message.writeUInt16BE(12, 2);
  message.writeUInt32BE(MAGIC_COOKIE, 4);
  transactionId.copy(message, 8);
  message.writeUInt16BE(0x0020, 20);
  message.writeUInt16BE(8, 22);
  message.writeUInt8(0, 24);
  message.writeUInt8(0x01, 25);
  message.writeUInt16BE(port ^ (MAGIC_COOKIE >>> 16), 26);
  const ip = address.split('.').map(Number);
  const n = (((ip[0]! << 24) | (ip[1]! << 16) | (ip[2]! << 8) | ip[3]!) >>> 0) ^ MAGIC_COOKIE;
  message.writeUInt32BE(n >>> 0, 28);
  return message;
}
