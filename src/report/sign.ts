/**
 * Report signing: an HMAC-SHA256 over the report's canonical JSON, with a key IT provisions, so
 * that IT can tell a report this tool wrote on a machine holding the key from one edited
 * afterwards or made elsewhere.
 *
 * - Canonical JSON is RFC 8785 (JSON Canonicalization Scheme: keys sorted by UTF-16 code units,
 *   no whitespace, numbers as ECMAScript writes them), by the `canonicalize` package (by one of
 *   the RFC's authors). Lone surrogates, which RFC 8785 does not allow, are taken as U+FFFD on
 *   both sides.
 * - The signature covers every key of the report but `signature` itself; it is written as
 *   `signature: { alg: 'HMAC-SHA256', keyId, value }`, `value` the 32-byte MAC in base64url.
 * - The key comes from the environment (HOMEOFFICE_CHECK_SIGNING_KEY) or from the key file the
 *   policy names (report.signingKeyFile; on POSIX only when owned by root and not readable or
 *   writable by anyone else), never from the command line. At least 32 bytes.
 *
 * What it protects against: an employee editing a report file, and a report produced on a machine
 * without the key. What not: anyone who can read the key (an administrator of the machine, or a
 * process running as root) can sign whatever they like.
 */
import canonicalize from 'canonicalize';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readKeyFile, readSigningKeyFile, UsageError } from '../input.js';
import type { Policy } from '../policy.js';
import type { Report } from './schema.js';

export const SIGNATURE_ALG = 'HMAC-SHA256';
export const SIGNING_KEY_VARIABLE = 'HOMEOFFICE_CHECK_SIGNING_KEY';
export const MIN_KEY_BYTES = 32;

export interface SigningKey {
  key: Buffer;
  /** a fingerprint of the key (not the key): which key signed, for IT with several */
  keyId?: string;
}

export type Verification = 'valid' | 'unsigned' | 'tampered';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A deep copy with every lone surrogate (in keys and strings) as U+FFFD. */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.replace(LONE_SURROGATE, '\ufffd')] = wellFormed(v);
    return out;
  }
  return value;
}

/** RFC 8785 canonical JSON of a JSON value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(wellFormed(value));
  if (text === undefined) throw new Error('nothing to canonicalize');
  return text;
}

function mac(report: Record<string, unknown>, key: Buffer): Buffer {
  const { signature: _ignored, ...rest } = report;
  return createHmac('sha256', key).update(canonicalJson(rest), 'utf8').digest();
}

/** The key's fingerprint: the first 16 hex digits of SHA-256 over a label and the key. */
export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('homeoffice-check signing key\0').update(key).digest('hex').slice(0, 16);
}

/** The report with its signature (any earlier one replaced). */
export function signReport(report: Report, signing: SigningKey): Report {
  const value = mac(report as unknown as Record<string, unknown>, signing.key).toString('base64url');
  return { ...report, signature: { alg: SIGNATURE_ALG, ...(signing.keyId ? { keyId: signing.keyId } : {}), value } };
}

/**
 * Is the report, as read from its file (JSON.parse, not cut to the schema: a key added afterwards
 * counts), signed with this key and unchanged since? `unsigned` when it carries no signature.
 */
export function verifyReport(report: unknown, key: Buffer): Verification {
  if (!report || typeof report !== 'object' || Array.isArray(report)) return 'unsigned';
  const signature = (report as { signature?: unknown }).signature;
  if (signature === undefined) return 'unsigned';
  if (!signature || typeof signature !== 'object') return 'tampered';
  const { alg, value } = signature as { alg?: unknown; value?: unknown };
  if (alg !== SIGNATURE_ALG || typeof value !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(value)) return 'tampered';
  const expected = mac(report as Record<string, unknown>, key);
  const given = Buffer.from(value, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'tampered';
}

function checked(key: Buffer, where: string): SigningKey {
  if (key.length < MIN_KEY_BYTES) throw new UsageError(`${where}: the signing key must be at least ${MIN_KEY_BYTES} bytes`);
  return { key, keyId: keyFingerprint(key) };
}

/**
 * The signing key, or null when none is provisioned: HOMEOFFICE_CHECK_SIGNING_KEY (its text as
 * UTF-8 bytes), else the policy's report.signingKeyFile (its text, without a final line break).
 * A key that cannot be used is a UsageError (exit 2), found before anything is asked or run.
 */
export async function loadSigningKey(policy: Policy, env: NodeJS.ProcessEnv): Promise<SigningKey | null> {
  const fromEnv = env[SIGNING_KEY_VARIABLE];
  if (fromEnv) return checked(Buffer.from(fromEnv, 'utf8'), SIGNING_KEY_VARIABLE);
  const file = policy.report.signingKeyFile;
  if (!file) return null;
  const text = await readSigningKeyFile(file);
  return checked(Buffer.from(text.replace(/\r?\n$/, ''), 'utf8'), `signing key file '${file}'`);
}

/**
 * The key `summarize --verify-key` and `serve --verify-key` check signatures with, taken as signing
 * takes it, never from the command line: `env` reads HOMEOFFICE_CHECK_SIGNING_KEY, `env:NAME` the
 * variable NAME, anything else is the path of a key file (its text without a final line break;
 * on POSIX owned by root or by the user running the tool, mode 600 or 400). A value that is neither
 * is refused without being repeated: it may be the key itself.
 */
export async function loadVerifyKey(spec: string, env: NodeJS.ProcessEnv, option = '--verify-key'): Promise<Buffer> {
  if (spec === '') throw new UsageError(`${option} needs a key file's path or env:NAME`);
  const variable = spec === 'env' ? SIGNING_KEY_VARIABLE : spec.startsWith('env:') ? spec.slice(4) : null;
  if (variable !== null) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`${option}: env:NAME needs the name of an environment variable`);
    const value = env[variable];
    if (!value) throw new UsageError(`${option}: the environment variable ${variable} is not set`);
    return checked(Buffer.from(value, 'utf8'), variable).key;
  }
  let text: string;
  try {
    text = await readKeyFile(spec, `${option} key file`, 'root-or-self');
  } catch (error) {
    // the message does not repeat the value: given by mistake, it may be the key itself
    if (error instanceof UsageError) throw new UsageError(`${error.message} (${option} takes a key file's path or env:NAME, never the key itself)`);
    throw error;
  }
  return checked(Buffer.from(text.replace(/\r?\n$/, ''), 'utf8'), `${option} key file`).key;
}
