/**
 * Fetch a small text document (an IT policy) over HTTPS: nothing else is accepted, redirects are
 * not followed, the whole exchange has a time limit and the body a size cap. The text is returned,
 * never run. Proxies from HTTPS_PROXY / NO_PROXY are honoured; the certificate is checked against
 * the system's CAs plus any in NODE_EXTRA_CA_CERTS (which Node reads at start-up).
 */
import { loadUndici } from './http.js';
import { codeOf } from './stun.js';
import { isLoopbackUrl } from './upload.js';

export interface FetchTextOptions {
  /** the whole exchange, connection to last byte; default 10 000 */
  timeoutMs?: number;
  /** bytes of body accepted; default 256 KiB */
  maxBytes?: number;
}

/** A fetch that did not give a document: `message` is one line for the user. */
export class FetchTextError extends Error {
  override name = 'FetchTextError';
  /** what went wrong as a code and its figures, for the caller to put into the user's language */
  readonly problem: FetchProblem;
  constructor(message: string, problem: FetchProblem) {
    super(message);
    this.problem = problem;
  }
}

export type FetchProblem =
  | { code: 'bad-url' | 'self-signed' | 'untrusted' | 'unverified' | 'expired' | 'altname' }
  | { code: 'scheme'; scheme: string }
  | { code: 'status' | 'redirect'; status: number }
  | { code: 'too-large'; kib: number }
  | { code: 'timeout'; seconds: number }
  | { code: 'network'; error: string };

const TLS_PROBLEMS: Record<string, 'self-signed' | 'untrusted' | 'unverified' | 'expired' | 'altname'> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unverified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unverified',
  CERT_HAS_EXPIRED: 'expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'altname',
};

const TLS_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed and not trusted (see NODE_EXTRA_CA_CERTS)',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server certificate chain is not trusted (see NODE_EXTRA_CA_CERTS)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate cannot be verified (see NODE_EXTRA_CA_CERTS)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server certificate cannot be verified (see NODE_EXTRA_CA_CERTS)',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is for another name',
};

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 256 * 1024;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchTextError('not a valid URL', { code: 'bad-url' });
  }
  if (parsed.protocol !== 'https:')
    throw new FetchTextError(`only https:// is accepted, not ${parsed.protocol}//`, { code: 'scheme', scheme: parsed.protocol });

  const { Agent, EnvHttpProxyAgent, request } = await loadUndici();
  // this machine is reached directly, never through a proxy
  const timeouts = { connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs };
  const dispatcher = isLoopbackUrl(parsed) ? new Agent(timeouts) : new EnvHttpProxyAgent(timeouts);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // undici's request() follows no redirect
    const res = await request(parsed, { dispatcher, signal: controller.signal, headers: { accept: 'application/json' } });
    if (res.statusCode !== 200) {
      await res.body.dump().catch(() => undefined);
      const redirect = res.statusCode >= 300 && res.statusCode < 400;
      throw new FetchTextError(`HTTP ${res.statusCode}${redirect ? ' (redirects are not followed)' : ''}`, {
        code: redirect ? 'redirect' : 'status',
        status: res.statusCode,
      });
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body.dump().catch(() => undefined);
      throw new FetchTextError(`larger than ${Math.round(maxBytes / 1024)} KiB`, { code: 'too-large', kib: Math.round(maxBytes / 1024) });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        controller.abort();
        throw new FetchTextError(`larger than ${Math.round(maxBytes / 1024)} KiB`, { code: 'too-large', kib: Math.round(maxBytes / 1024) });
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof FetchTextError) throw error;
    if (controller.signal.aborted)
      throw new FetchTextError(`no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`, {
        code: 'timeout',
        seconds: timeoutMs / 1000,
      });
    const code = codeOf(error);
    const tls = TLS_PROBLEMS[code];
    throw new FetchTextError(TLS_CODES[code] ?? code, tls ? { code: tls } : { code: 'network', error: code });
  } finally {
    clearTimeout(timer);
    await dispatcher.destroy().catch(() => undefined);
  }
}
