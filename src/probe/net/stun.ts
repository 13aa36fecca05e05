/**
 * STUN (RFC 5389) over UDP, with node:dgram only: the binding request the probe sends, the parser
 * of what comes back, and a steady stream of binding requests that yields a round-trip time per
 * request (or null when the answer never came). The mapped address a server returns is the
 * caller's public IP: it is parsed (so the answer is known to be a real binding response) but
 * never leaves this module.
 */
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { netErrorCode } from './errors.js';

export const MAGIC_COOKIE = 0x2112a442;
const HEADER = 20;
/** binding method, request class */
export const BINDING_REQUEST = 0x0001;
/** binding method, success response class */
export const BINDING_SUCCESS = 0x0101;
export const BINDING_ERROR = 0x0111;
const ATTR_MAPPED_ADDRESS = 0x0001;
const ATTR_XOR_MAPPED_ADDRESS = 0x0020;

export type StunClass = 'request' | 'indication' | 'success' | 'error';

export interface StunAddress {
  family: 4 | 6;
  port: number;
  address: string;
}

export interface StunMessage {
  type: number;
  method: number;
  class: StunClass;
  /** 12 bytes, hex */
  transactionId: string;
  attributes: Array<{ type: number; length: number }>;
  /** XOR-MAPPED-ADDRESS, else MAPPED-ADDRESS (RFC 3489 servers) */
  mapped: StunAddress | null;
}

/** A binding request with the given 12-byte transaction id and no attributes. */
export function bindingRequest(transactionId: Uint8Array): Buffer {
  if (transactionId.length !== 12) throw new RangeError('a STUN transaction id has 12 bytes');
  const message = Buffer.alloc(HEADER);
  message.writeUInt16BE(BINDING_REQUEST, 0);
  message.writeUInt16BE(0, 2);
  message.writeUInt32BE(MAGIC_COOKIE, 4);
  Buffer.from(transactionId).copy(message, 8);
  return message;
}

const CLASSES: StunClass[] = ['request', 'indication', 'success', 'error'];

/**
 * A STUN message, or null when the bytes are not one (RFC 5389 section 6: two leading zero bits,
 * the magic cookie, a length that is a multiple of 4 and matches the datagram, attributes that fit).
 * Never throws.
 */
export function parseStun(data: Uint8Array): StunMessage | null {
  if (data.length < HEADER) return null;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const type = buf.readUInt16BE(0);
  if ((type & 0xc000) !== 0) return null;
  const length = buf.readUInt16BE(2);
  if (length % 4 !== 0 || HEADER + length !== buf.length) return null;
  if (buf.readUInt32BE(4) !== MAGIC_COOKIE) return null;
  // method bits M0-M11 and class bits C0 (bit 4) and C1 (bit 8), RFC 5389 figure 3
  const method = (type & 0x000f) | ((type & 0x00e0) >> 1) | ((type & 0x3e00) >> 2);
  const klass = CLASSES[((type >> 4) & 0x1) | ((type >> 7) & 0x2)]!;
  const transactionId = buf.subarray(8, 20);
  const attributes: StunMessage['attributes'] = [];
  let xorMapped: StunAddress | null = null;
  let mapped: StunAddress | null = null;
  let offset = HEADER;
  while (offset < buf.length) {
    if (offset + 4 > buf.length) return null;
    const attrType = buf.readUInt16BE(offset);
    const attrLength = buf.readUInt16BE(offset + 2);
    const start = offset + 4;
    const end = start + attrLength;
    if (end > buf.length) return null;
    attributes.push({ type: attrType, length: attrLength });
    const value = buf.subarray(start, end);
    if (attrType === ATTR_XOR_MAPPED_ADDRESS) xorMapped ??= readAddress(value, transactionId, true);
    else if (attrType === ATTR_MAPPED_ADDRESS) mapped ??= readAddress(value, transactionId, false);
    offset = end + ((4 - (attrLength % 4)) % 4);
  }
  return { type, method, class: klass, transactionId: transactionId.toString('hex'), attributes, mapped: xorMapped ?? mapped };
}

/** (XOR-)MAPPED-ADDRESS value: reserved byte, family, port, address (RFC 5389 15.1, 15.2). */
function readAddress(value: Buffer, transactionId: Buffer, xor: boolean): StunAddress | null {
  if (value.length < 4) return null;
  const family = value[1];
  let port = value.readUInt16BE(2);
  if (xor) port ^= MAGIC_COOKIE >>> 16;
  if (family === 0x01 && value.length === 8) {
    const bytes = Buffer.from(value.subarray(4, 8));
    if (xor) bytes.writeUInt32BE((bytes.readUInt32BE(0) ^ MAGIC_COOKIE) >>> 0, 0);
    return { family: 4, port, address: [...bytes].join('.') };
  }
  if (family === 0x02 && value.length === 20) {
    const bytes = Buffer.from(value.subarray(4, 20));
    if (xor) {
      const key = Buffer.alloc(16);
      key.writeUInt32BE(MAGIC_COOKIE, 0);
      transactionId.copy(key, 4);
      for (let i = 0; i < 16; i += 1) bytes[i] = bytes[i]! ^ key[i]!;
    }
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
    return { family: 6, port, address: groups.join(':') };
  }
  return null;
}

export interface StunMeasureOptions {
  host: string;
  port: number;
  /** time between binding requests */
  intervalMs: number;
  /** how long requests are sent */
  durationMs: number;
  /** stop early when not one answer came within this time (UDP blocked or server silent) */
  giveUpMs?: number;
  /** how long the last requests may still be answered after sending stops */
  graceMs?: number;
}

/** What a STUN run saw: plain JSON, recorded and replayed as it is. No address of any kind. */
export interface StunRun {
  intervalMs: number;
  /** round-trip time in ms per request, in sending order; null when no answer came in time */
  rtts: Array<number | null>;
  /** a binding success response carried a (XOR-)MAPPED-ADDRESS */
  mapped: boolean;
  /** a socket or name-resolution error code that ended the run (ECONNREFUSED, ENOTFOUND, ...) */
  error?: string;
  /** true when the run stopped early because nothing answered within giveUpMs */
  gaveUp?: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Sends binding requests at a steady pace and matches the answers by transaction id. Resolves
 * (never rejects) with the series; a socket error ends the run early with its code. The socket is
 * connected, so an ICMP "port unreachable" ends the run at once (ECONNREFUSED) instead of waiting.
 */
export async function measureStun(options: StunMeasureOptions, signal?: AbortSignal): Promise<StunRun> {
  const { host, port, intervalMs, durationMs } = options;
  const graceMs = options.graceMs ?? 500;
  let address = host;
  let family = isIP(host);
  if (family === 0) {
    try {
      const found = await lookup(host);
      address = found.address;
      family = found.family;
    } catch (error) {
      return { intervalMs, rtts: [], mapped: false, error: netErrorCode(error) };
    }
  }
  const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
  const sentAt: number[] = [];
  const rtts: Array<number | null> = [];
  const pending = new Map<string, number>();
  let answered = 0;
  let mapped = false;
  let error: string | undefined;
  let gaveUp = false;

  return new Promise<StunRun>((resolve) => {
    let sender: NodeJS.Timeout | undefined;
    let stopper: NodeJS.Timeout | undefined;
    let giveUp: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(sender);
      clearTimeout(stopper);
      clearTimeout(giveUp);
      clearTimeout(grace);
      signal?.removeEventListener('abort', finish);
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve({ intervalMs, rtts, mapped, ...(error ? { error } : {}), ...(gaveUp ? { gaveUp } : {}) });
    };
    const stopSending = () => {
      clearInterval(sender);
      if (pending.size === 0) return finish();
      // a reply later than three times the slowest one seen is lost, not late: no need to wait the
      // whole grace time on a lossy line
      const slowest = rtts.reduce<number>((m, r) => (r !== null && r > m ? r : m), 0);
      grace = setTimeout(finish, answered > 0 ? Math.min(graceMs, Math.max(100, 3 * slowest)) : graceMs);
    };
    signal?.addEventListener('abort', finish, { once: true });
    socket.on('error', (e) => {
      error = netErrorCode(e);
      finish();
    });
    socket.on('message', (data) => {
      const now = performance.now();
      const message = parseStun(data);
      if (!message || message.class !== 'success' || message.method !== 1) return;
      const seq = pending.get(message.transactionId);
      if (seq === undefined) return;
      pending.delete(message.transactionId);
      rtts[seq] = round2(now - sentAt[seq]!);
      answered += 1;
      if (message.mapped) mapped = true;
      if (grace && pending.size === 0) finish();
    });
    const send = () => {
      if (done) return;
      const id = randomBytes(12);
      const seq = rtts.length;
      rtts.push(null);
      sentAt.push(performance.now());
      pending.set(id.toString('hex'), seq);
      try {
        socket.send(bindingRequest(id), (e) => {
          if (e) {
            error = netErrorCode(e);
            finish();
          }
        });
      } catch (e) {
        // a socket that closed or never connected: the run ends with the code, it does not throw
        error = netErrorCode(e);
        finish();
      }
    };
    if (signal?.aborted) return finish();
    // dgram hands a failed connect (ENETUNREACH: no route) to this callback: the run ends with that
    // code, instead of sending on a socket that is not connected (which throws ERR_SOCKET_BAD_PORT)
    const connected = (failed?: Error) => {
      if (done) return;
      if (failed) {
        error = netErrorCode(failed);
        return finish();
      }
      send();
      sender = setInterval(send, intervalMs);
      stopper = setTimeout(stopSending, durationMs);
      if (options.giveUpMs !== undefined) {
        giveUp = setTimeout(() => {
          if (answered === 0) {
            gaveUp = true;
            finish();
          }
        }, options.giveUpMs);
      }
    };
    socket.connect(port, address, connected as () => void);
  });
}

export function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown }; name?: string; message?: string };
  if (typeof e?.code === 'string' && e.code) return e.code;
  if (typeof e?.cause?.code === 'string' && e.cause.code) return e.cause.code;
  if (e?.name === 'AbortError') return 'ABORTED';
  return (e?.message ?? String(error)).split('\n')[0]!.slice(0, 120);
}
