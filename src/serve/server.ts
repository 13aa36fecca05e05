/**
 * The collector's HTTP(S) server: `POST /reports` takes one report, `GET /` the live fleet page,
 * `GET /summary.json` the summary, `GET /health` says it runs.
 *
 * Every request is bounded: headers must arrive within `headersTimeoutMs` and the whole request
 * within `requestTimeoutMs` (a slow-loris client is cut off, the others go on), headers may be at
 * most 16 KiB, a body at most `maxBodyBytes` (refused by its Content-Length before it is read, or
 * cut off as it passes the cap). The token is checked before the body is read. A report is
 * validated with the report schema and answered 201 only once the store says it is durable; the
 * same report again is answered 200 with the same id. With a verification key, an unsigned or
 * tampered report is answered 403 (or stored and marked, as the collector is told).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Lang } from '../i18n/index.js';
import { describeZodError } from '../input.js';
import { ReportSchema } from '../report/schema.js';
import { verifyReport } from '../report/sign.js';
import { FleetSummarySchema, type FleetSummary } from '../report/summarize.js';
import type { ReportStore, StoreSummaryOptions } from './store.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_HEADER_BYTES = 16 * 1024;

export interface CollectorOptions {
  store: ReportStore;
  /** the token clients send: Authorization: Bearer TOKEN */
  token: string;
  /** the token for reading the fleet page and summary (default: the same token) */
  readToken?: string;
  lang: Lang;
  summary?: Omit<StoreSummaryOptions, 'now'>;
  maxBodyBytes?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** a summary is reused for this long after it was made, unless a report came in (default 5 s) */
  summaryMaxAgeMs?: number;
  tls?: { cert: Buffer; key: Buffer };
  /** one line per refused or failed request, for the operator (never the token or the body) */
  log?: (line: string) => void;
  /**
   * --verify-key: each report's signature is checked as it comes in. `reject` answers an unsigned
   * or tampered report 403 and stores nothing; `mark` stores it, and the summary marks it (and
   * counts a tampered one as not ready).
   */
  verify?: { key: Buffer; unverified: 'reject' | 'mark' };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The token from `Authorization: Bearer T`, or the password of `Basic` (so that a browser can ask for it). */
export function presentedToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\w+)\s+(.+)$/.exec(header.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  if (scheme === 'bearer') return m[2]!;
  if (scheme === 'basic') {
    const decoded = Buffer.from(m[2]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? null : decoded.slice(colon + 1);
  }
  return null;
}

/** Compared in constant time (of equal-length digests). */
export function tokenMatches(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > max) {
      reject(new HttpError(413, `body larger than ${max} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        reject(new HttpError(413, `body larger than ${max} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    req.on('error', (error) => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
    req.on('aborted', () => {
      if (!done) {
        done = true;
        reject(new HttpError(400, 'request aborted'));
      }
    });
  });
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

export interface Collector {
  server: http.Server | https.Server;
  /** the port it listens on, after listen() */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export function createCollector(options: CollectorOptions): Collector {
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const readToken = options.readToken ?? options.token;
  const log = options.log ?? (() => undefined);
  const maxAge = options.summaryMaxAgeMs ?? 5000;
  let generation = 0;
  let cached: { generation: number; at: number; took: number; summary: FleetSummary } | null = null;
  let pending: Promise<FleetSummary> | null = null;

  /**
   * One summary at a time, reused until it is older than maxAge and a report came in since; and
   * never made again sooner than ten times as long as it took, so that a large folder read on every
   * request cannot keep the collector busy summarising.
   */
  const summary = async (): Promise<FleetSummary> => {
    if (cached) {
      const age = Date.now() - cached.at;
      const fresh = cached.generation === generation && age < maxAge;
      if (fresh || age < 10 * cached.took) return cached.summary;
    }
    if (pending) return pending;
    const at = generation;
    const started = Date.now();
    pending = options.store
      .summary(options.lang, { ...options.summary, now: new Date() })
      .then((s) => {
        cached = { generation: at, at: Date.now(), took: Date.now() - started, summary: s };
        return s;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://collector.invalid');
    const path = url.pathname;
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) return send(res, 200, json({ ok: true }));

    if (path === '/reports') {
      if (req.method !== 'POST') return send(res, 405, json({ error: 'POST a report here' }), undefined, { allow: 'POST' });
      if (!tokenMatches(presentedToken(req.headers.authorization), options.token)) {
        // the body is not read: the connection is closed after the answer
        res.setHeader('connection', 'close');
        return send(res, 401, json({ error: 'a valid bearer token is required' }), undefined, { 'www-authenticate': 'Bearer' });
      }
      const type = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'text/plain') {
        res.setHeader('connection', 'close');
        return send(res, 415, json({ error: 'send the report as application/json' }));
      }
      const body = await readBody(req, maxBody);
      let data: unknown;
      try {
        data = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new HttpError(400, `not valid JSON: ${(error as Error).message.split('\n')[0]!.slice(0, 120)}`);
      }
      if (options.verify) {
        // checked over the JSON as it came, before anything is cut to the schema: a key added afterwards counts
        const mark = verifyReport(data, options.verify.key);
        if (mark !== 'valid' && options.verify.unverified === 'reject')
          throw new HttpError(
            403,
            mark === 'unsigned'
              ? 'the report is not signed: this collector takes signed reports only'
              : 'the report signature does not match: it was changed after signing, or signed with another key',
          );
      }
      const parsed = ReportSchema.safeParse(data);
      if (!parsed.success) throw new HttpError(422, `not a valid report: ${describeZodError(parsed.error)}`);
      const stored = await options.store.put(parsed.data);
      if (stored.created) generation += 1;
      return send(res, stored.created ? 201 : 200, json({ id: stored.id, created: stored.created }), undefined, { location: `/reports/${stored.id}` });
    }

    if (path === '/' || path === '/index.html' || path === '/summary.json' || path === '/devices.csv') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, json({ error: 'GET only' }), undefined, { allow: 'GET, HEAD' });
      if (!tokenMatches(presentedToken(req.headers.authorization), readToken)) {
        return send(res, 401, json({ error: 'a valid token is required (Bearer, or as the password of Basic)' }), undefined, {
          'www-authenticate': 'Basic realm="homeoffice-check", charset="UTF-8"',
        });
      }
      const s = await summary();
      const { renderSummary } = await import('../summarize.js');
      if (path === '/summary.json') return send(res, 200, renderSummary(FleetSummarySchema.parse(s), 'json'));
      if (path === '/devices.csv') return send(res, 200, renderSummary(s, 'devices-csv'), 'text/csv; charset=utf-8');
      const { CSP } = await import('../report/summary-html.js');
      return send(res, 200, renderSummary(s, 'html'), 'text/html; charset=utf-8', { 'content-security-policy': CSP });
    }
    return send(res, 404, json({ error: 'not found' }));
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'internal error';
      if (!(error instanceof HttpError)) log(`error: ${(error as Error)?.message ?? String(error)}`);
      else log(`${req.method} ${req.url}: ${status} ${message}`);
      if (status === 413 || status === 400) res.setHeader('connection', 'close');
      send(res, status, json({ error: message }));
      // a body still coming in is not read: the connection goes once the answer is out
      if (status === 413) res.on('finish', () => req.socket.destroy());
    });
  };

  const serverOptions = {
    maxHeaderSize: MAX_HEADER_BYTES,
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    keepAliveTimeout: 5_000,
    // how often the two timeouts above are checked (the default is 30 s)
    connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs ?? 1000),
  };
  const server = options.tls
    ? https.createServer({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, listener)
    : http.createServer(serverOptions, listener);
  server.maxConnections = 1024;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
      await options.store.close();
    },
  };
}
