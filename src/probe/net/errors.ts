/**
 * What went wrong on the network, as the measurements record it: the errno where there is one
 * (ENETUNREACH, EAI_AGAIN, ECONNREFUSED, ETIMEDOUT ...), so IT reads the same code whichever
 * library met it. undici wraps socket errors in its own codes: the errno under them is taken, its
 * timeouts are ETIMEDOUT, and a proxy that refuses to open a tunnel (no CONNECT) says so with its
 * status.
 */
import { codeOf } from './stun.js';

const UNDICI_TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function netErrorCode(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const proxy = typeof e?.message === 'string' ? /Proxy response \((\d{3})\)/.exec(e.message) : null;
  if (proxy) return `proxy HTTP ${proxy[1]}`;
  if (UNDICI_TIMEOUTS.has(code)) return 'ETIMEDOUT';
  if (code.startsWith('UND_ERR') && typeof e?.cause?.code === 'string' && /^E[A-Z0-9_]+$/.test(e.cause.code)) return e.cause.code;
  return codeOf(error);
}
