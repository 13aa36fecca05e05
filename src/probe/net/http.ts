/**
 * HTTP measurements against a speed-test server: any server with `GET /__down?bytes=N` (N bytes
 * back) and `POST /__up` (reads the body), as speed.cloudflare.com has, so IT can host its own.
 * Requests go through undici's EnvHttpProxyAgent: HTTP_PROXY / HTTPS_PROXY / NO_PROXY are honoured.
 *
 * Every function resolves (never rejects, except when aborted from outside) with plain JSON that
 * the probe records; the figures are computed from it elsewhere. An answer that is not what a
 * speed server sends (a captive portal's login page, a filter's block page) is an error, never a
 * figure: `/__down?bytes=N` must bring N bytes, and never an HTML page.
 */
import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { netErrorCode } from './errors.js';

function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** undici, loaded on first use: a run without network measurements (or --version) never parses it */
export const loadUndici = () => import('undici');

/** a fresh agent per measurement, closed after it, so no connection outlives the check */
async function agent(connections?: number): Promise<Dispatcher> {
  const { EnvHttpProxyAgent } = await loadUndici();
  return new EnvHttpProxyAgent({ connections, keepAliveTimeout: 10_000, connectTimeout: 5_000, headersTimeout: 5_000, bodyTimeout: 5_000 });
}

export interface HttpLatencyOptions {
  base: string;
  /** requests in a row on one kept-alive connection; the first also opens it */
  count: number;
  /** pause between requests */
  intervalMs: number;
  /** stop sending new requests after this long */
  durationMs?: number;
}

export interface HttpLatencyRun {
  /** time of the first request, which includes name resolution and the TCP (and TLS) handshake */
  connectMs: number | null;
  /** request → end of response of the following requests, ms */
  rtts: number[];
  error?: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Why an answer to `/__down?bytes=<expected>` is not a speed server's, or null when it is. */
export function unexpectedAnswer(status: number, headers: Record<string, string | string[] | undefined>, bytes: number, expected: number): string | null {
  if (status !== 200) return `HTTP ${status}`;
  const type = String(headers['content-type'] ?? '').toLowerCase();
  if (type.includes('text/html')) return 'unexpected answer: text/html';
  if (bytes !== expected) return `unexpected answer: ${bytes} of ${expected} bytes`;
  return null;
}

/** How many bytes a body holds, read to its end. */
async function bodyLength(body: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const chunk of body) n += (chunk as Buffer).length;
  return n;
}

/** Round trips of empty downloads (`/__down?bytes=0`) on one connection: latency over TCP. */
export async function measureHttpLatency(options: HttpLatencyOptions, signal?: AbortSignal): Promise<HttpLatencyRun> {
  const { request } = await loadUndici();
  const dispatcher = await agent(1);
  const rtts: number[] = [];
  let connectMs: number | null = null;
  const started = performance.now();
  try {
    for (let i = 0; i < options.count; i += 1) {
      if (signal?.aborted) break;
      if (options.durationMs !== undefined && performance.now() - started > options.durationMs) break;
      const t0 = performance.now();
      const res = await request(endpoint(options.base, '/__down?bytes=0'), { dispatcher, signal, headers: { 'cache-control': 'no-store' } });
      const wrong = unexpectedAnswer(res.statusCode, res.headers, await bodyLength(res.body), 0);
      if (wrong) return { connectMs, rtts, error: wrong };
      const took = round2(performance.now() - t0);
      if (i === 0) connectMs = took;
      else rtts.push(took);
      if (i + 1 < options.count) await sleep(options.intervalMs, signal);
    }
    return { connectMs, rtts };
  } catch (error) {
    return { connectMs, rtts, error: netErrorCode(error) };
  } finally {
    await dispatcher.destroy().catch(() => undefined);
  }
}

export interface ThroughputOptions {
  base: string;
  direction: 'down' | 'up';
  /** parallel connections */
  connections: number;
  /** the transfer stops after this long */
  durationMs: number;
  /** and when this many bytes have been asked for */
  maxBytes: number;
  /** size of the time bins the bytes are counted in */
  binMs: number;
  /** size of each connection's first request (default 128 KiB down, 8 KiB up); later ones follow the rate seen */
  firstBytes?: number;
}

export interface ThroughputRun {
  direction: 'down' | 'up';
  binMs: number;
  /** bytes per time bin from the start of the transfer */
  bins: number[];
  /** bins at and after this index hold incomplete counts (transfers cut off at the end) */
  validBins: number;
  /**
   * the time up to which every connection's bytes are counted, ms: the end for a download cut by
   * time; the earliest last answer of the connections for an upload; where the first connection ran
   * out of work when the byte budget was spent
   */
  validEndMs?: number;
  /**
   * an upload's bytes per bin for each connection (its finished requests only), and the time up to
   * which each connection is counted (its last answer): a connection still in a long request at
   * the end is counted at its own rate, instead of cutting every connection's span short
   */
  connectionBins?: number[][];
  connectionEndMs?: number[];
  /** the size of the request each connection had under way when the time was up (it cannot have delivered more) */
  connectionPendingBytes?: number[];
  /** when connections ran out of byte budget: the first of them stopped here (the line was not full after) */
  connectionsUntilMs?: number;
  /** bytes that were counted */
  bytes: number;
  requests: number;
  elapsedMs: number;
  stoppedBy: 'time' | 'bytes' | 'error' | 'aborted';
  error?: string;
}

const MAX_REQUEST = 32 * 1024 * 1024;
const MIN_REQUEST = 16 * 1024;
const UPLOAD_CHUNK = 64 * 1024;

/**
 * A few connections, each repeating requests of growing size until the time or the byte budget is
 * spent. Downloaded bytes are counted in the bin they arrive in. An upload's bytes are known to have
 * arrived only when the server answers, so each finished upload is spread evenly over the time it
 * took, per connection (connectionBins) up to its last answer (connectionEndMs): the request each
 * connection still has under way at the end is counted at that connection's rate by the figures.
 * An upload starts small (8 KiB: a 0.5 Mbit/s line shared by four connections answers it in half a
 * second), so no connection is still in its first request when the time is up.
 */
export async function measureThroughput(options: ThroughputOptions, signal?: AbortSignal): Promise<ThroughputRun> {
  const { direction, binMs } = options;
  const nBins = Math.ceil(options.durationMs / binMs) + 1;
  const bins = new Array<number>(nBins).fill(0);
  const { request } = await loadUndici();
  const dispatcher = await agent(options.connections);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const started = performance.now();
  const timer = setTimeout(() => stop.abort(), options.durationMs);
  let reserved = 0;
  let counted = 0;
  let requests = 0;
  let stoppedBy: ThroughputRun['stoppedBy'] = 'time';
  let error: string | undefined;
  const lastDone: number[] = new Array(options.connections).fill(0);
  const pending: number[] = new Array(options.connections).fill(0);
  /** per connection: the time after which its bytes are not (or no longer) counted; null: to the end */
  const endMs: Array<number | null> = new Array(options.connections).fill(null);

  const perConnection = Array.from({ length: options.connections }, () => new Array<number>(nBins).fill(0));
  const credit = (from: number, to: number, bytes: number, index?: number) => {
    counted += bytes;
    const add = (i: number, n: number) => {
      bins[i] = bins[i]! + n;
      if (index !== undefined) perConnection[index]![i] = perConnection[index]![i]! + n;
    };
    const a = Math.max(0, from - started);
    const b = Math.max(a, to - started);
    if (b - a < 1e-6) {
      add(Math.min(nBins - 1, Math.floor(a / binMs)), bytes);
      return;
    }
    const rate = bytes / (b - a);
    for (let i = Math.floor(a / binMs); i * binMs < b && i < nBins; i += 1) {
      const overlap = Math.min(b, (i + 1) * binMs) - Math.max(a, i * binMs);
      if (overlap > 0) add(i, rate * overlap);
    }
  };

  const payload = Buffer.alloc(UPLOAD_CHUNK, 0x5a);
  async function* body(size: number) {
    let left = size;
    while (left > 0) {
      const n = Math.min(left, UPLOAD_CHUNK);
      left -= n;
      yield n === UPLOAD_CHUNK ? payload : payload.subarray(0, n);
    }
  }

  const worker = async (index: number) => {
    let size = options.firstBytes ?? (direction === 'down' ? 128 * 1024 : 8 * 1024);
    while (!stop.signal.aborted) {
      const n = Math.min(size, options.maxBytes - reserved);
      if (n <= 0) {
        stoppedBy = 'bytes';
        endMs[index] = direction === 'up' ? lastDone[index]! : performance.now() - started;
        return;
      }
      reserved += n;
      requests += 1;
      pending[index] = n;
      const t0 = performance.now();
      if (direction === 'down') {
        const res = await request(endpoint(options.base, `/__down?bytes=${n}`), { dispatcher, signal: stop.signal, headers: { 'cache-control': 'no-store' } });
        const before = unexpectedAnswer(res.statusCode, res.headers, n, n);
        if (before) {
          await res.body.dump().catch(() => undefined);
          throw new Error(before);
        }
        let got = 0;
        for await (const chunk of res.body) {
          const now = performance.now();
          got += (chunk as Buffer).length;
          credit(now, now, (chunk as Buffer).length);
        }
        // a whole answer of another size is not a speed server's (a cut at the end is no answer at all)
        const after = stop.signal.aborted ? null : unexpectedAnswer(200, {}, got, n);
        if (after) throw new Error(after);
      } else {
        const res = await request(endpoint(options.base, '/__up'), {
          method: 'POST',
          dispatcher,
          signal: stop.signal,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(n) },
          body: Readable.from(body(n), { objectMode: false }),
        });
        await res.body.dump();
        if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
        const type = String(res.headers['content-type'] ?? '').toLowerCase();
        if (type.includes('text/html')) throw new Error('unexpected answer: text/html');
        const now = performance.now();
        credit(t0, now, n, index);
        lastDone[index] = now - started;
        pending[index] = 0;
      }
      // next size: what this connection moves in about a sixth of the time, growing at most 4x a step
      const finished = performance.now();
      const took = Math.max(1, finished - t0);
      const rate = n / took;
      // (an upload cut off at the end is counted at its connection's rate: see connectionBins)
      size = Math.round(Math.min(MAX_REQUEST, size * 4, Math.max(MIN_REQUEST, rate * (options.durationMs / 6))));
    }
  };

  const guarded = async (index: number) => {
    try {
      await worker(index);
    } catch (e) {
      // a cut at the end (time, or the caller's abort) is no error; anything else ends every connection
      if (stop.signal.aborted) return;
      error ??= netErrorCode(e);
      stoppedBy = 'error';
      stop.abort();
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => guarded(i)));
  const elapsedMs = Math.min(performance.now() - started, options.durationMs);
  clearTimeout(timer);
  signal?.removeEventListener('abort', onAbort);
  await dispatcher.destroy().catch(() => undefined);
  if (signal?.aborted) stoppedBy = 'aborted';
  const lastBin = Math.min(nBins, Math.ceil(elapsedMs / binMs));
  const ends = endMs.map((e, i) => e ?? (direction === 'up' ? lastDone[i]! : elapsedMs));
  const validEndMs = Math.min(elapsedMs, ...ends);
  return {
    direction,
    binMs,
    bins: bins.slice(0, lastBin).map((b) => Math.round(b)),
    validBins: Math.min(lastBin, Math.floor(validEndMs / binMs)),
    validEndMs: round2(validEndMs),
    ...(direction === 'up'
      ? {
          connectionBins: perConnection.map((c) => c.slice(0, lastBin).map((b) => Math.round(b))),
          connectionEndMs: lastDone.map(round2),
          connectionPendingBytes: pending,
          connectionsUntilMs: round2(Math.min(elapsedMs, ...endMs.map((e) => e ?? elapsedMs))),
        }
      : {}),
    bytes: Math.round(counted),
    requests,
    elapsedMs: round2(elapsedMs),
    stoppedBy,
    ...(error ? { error } : {}),
  };
}
