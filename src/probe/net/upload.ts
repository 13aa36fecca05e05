/**
 * Sending the finished report to IT's collector: one HTTP POST of the JSON report, with a timeout
 * per attempt and a small, bounded retry (connection errors, timeouts, 5xx and 429 are retried;
 * other 4xx answers are final, since sending the same body again cannot help). Requests go through
 * undici's EnvHttpProxyAgent, so HTTP_PROXY / HTTPS_PROXY / NO_PROXY are honoured, except for a
 * collector on this machine, which is always reached directly.
 *
 * The result never carries the header value that was sent (a token), nor the collector's answer.
 */
import type { Dispatcher } from 'undici';
import { loadUndici } from './http.js';
import { codeOf } from './stun.js';

export interface UploadOptions {
  url: string;
  /** the request body: the report as JSON text */
  body: string;
  /** extra request headers (e.g. Authorization); their values never appear in the result */
  headers?: Record<string, string>;
  /** per attempt, ms (default 10 000) */
  timeoutMs?: number;
  /** further attempts after the first (default 2) */
  retries?: number;
  /** pause before the first retry, doubled before each further one, ms (default 500) */
  backoffMs?: number;
}

export interface UploadResult {
  ok: boolean;
  /** HTTP status of the last answer, or null when none came */
  status: number | null;
  attempts: number;
  /** why the last attempt failed: `HTTP 500`, `timeout`, `ECONNREFUSED`, ... */
  error?: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Is the URL's host this machine (localhost, 127.0.0.0/8, [::1])? */
export function isLoopbackUrl(url: string | URL): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Why a report URL is not accepted, or null when it is: https:// anywhere, http:// only to this
 * machine (a local forwarder), no user name or password in the URL.
 */
export function reportUrlProblem(url: string): string | null {
  const problem = reportUrlCheck(url);
  if (!problem) return null;
  return {
    'not-url': 'not a URL',
    credentials: 'a user name or password in the URL is not allowed; use HOMEOFFICE_CHECK_REPORT_AUTH',
    http: 'http:// is only allowed to localhost; use https://',
    scheme: `the scheme must be https:, not ${problem.scheme}`,
  }[problem.code];
}

/** What keeps a report URL from being used, as a code (the caller words it), or null. */
export function reportUrlCheck(url: string): { code: 'not-url' | 'credentials' | 'http' | 'scheme'; scheme: string } | null {
  if (!URL.canParse(url)) return { code: 'not-url', scheme: '' };
  const u = new URL(url);
  if (u.username || u.password) return { code: 'credentials', scheme: u.protocol };
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:') return LOOPBACK.test(u.hostname) ? null : { code: 'http', scheme: u.protocol };
  return { code: 'scheme', scheme: u.protocol };
}

/** The URL as it may appear in a message: scheme, host, port and path; no query (it may hold a token). */
export function displayUrl(url: string): string {
  if (!URL.canParse(url)) return '(invalid URL)';
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/** RFC 9110 token: the characters a header name may have */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Retry-After in seconds (the date form is ignored), capped: a collector may not hold a run long. */
function retryAfterMs(value: string | string[] | undefined, cap: number): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d+$/.test(text.trim())) return null;
  return Math.min(cap, Number(text.trim()) * 1000);
}

export async function uploadReport(options: UploadOptions): Promise<UploadResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  let backoff = options.backoffMs ?? 500;
  const secrets = Object.values(options.headers ?? {}).filter((v) => v.length > 0);
  const scrub = (text: string) => secrets.reduce((s, secret) => s.split(secret).join('[hidden]'), text);
  // undici loads only when a report is sent: a run without upload never parses it
  const { Agent, EnvHttpProxyAgent, request } = await loadUndici();
  let dispatcher: Dispatcher;
  try {
    // a collector on this machine is reached directly, never through a proxy: a proxy would read
    // the token and the report (in clear text over http://) on their way to the next room
    const timeouts = { connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs };
    dispatcher = isLoopbackUrl(options.url) ? new Agent(timeouts) : new EnvHttpProxyAgent(timeouts);
  } catch (error) {
    // e.g. an HTTPS_PROXY that is not a URL
    return { ok: false, status: null, attempts: 0, error: scrub(codeOf(error)) };
  }
  let result: UploadResult = { ok: false, status: null, attempts: 0 };
  try {
    for (let attempt = 1; attempt <= retries + 1; attempt += 1) {
      let wait = backoff;
      try {
        const res = await request(options.url, {
          method: 'POST',
          dispatcher,
          signal: AbortSignal.timeout(timeoutMs),
          headers: { ...options.headers, 'content-type': 'application/json', 'user-agent': 'homeoffice-check' },
          body: options.body,
        });
        await res.body.dump().catch(() => undefined);
        if (res.statusCode >= 200 && res.statusCode < 300) return { ok: true, status: res.statusCode, attempts: attempt };
        result = { ok: false, status: res.statusCode, attempts: attempt, error: `HTTP ${res.statusCode}` };
        if (!retryable(res.statusCode)) return result;
        wait = retryAfterMs(res.headers['retry-after'], 5_000) ?? backoff;
      } catch (error) {
        const e = error as { name?: string };
        const code =
          e?.name === 'TimeoutError' || codeOf(error) === 'UND_ERR_HEADERS_TIMEOUT' || codeOf(error) === 'UND_ERR_CONNECT_TIMEOUT' ? 'timeout' : codeOf(error);
        result = { ok: false, status: null, attempts: attempt, error: scrub(code) };
        // a request undici will not even send (a header value with a line break) fails the same way again
        if (code === 'UND_ERR_INVALID_ARG' || error instanceof TypeError) return result;
      }
      if (attempt <= retries) await sleep(wait);
      backoff *= 2;
    }
    return result;
  } finally {
    await dispatcher.destroy().catch(() => undefined);
  }
}
