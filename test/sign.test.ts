/**
 * Report signing: HMAC-SHA256 over the report's canonical JSON (RFC 8785: sorted keys, no
 * whitespace, ECMAScript numbers), with a key IT provisions in the environment or in a key file
 * the policy names (root-owned and private on POSIX). A report changed anywhere after signing,
 * one made with another key, or one without a signature is told apart from a valid one.
 */
import { chmodSync, chownSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/input.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { ReportSchema, type Report } from '../src/report/schema.js';
import { canonicalJson, loadSigningKey, signReport, verifyReport } from '../src/report/sign.js';
import { runCli } from './helpers/cli.js';

const KEY = 'a3f1c9e07b2d4e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f';
const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-sign-'));
const isRoot = process.getuid?.() === 0;
const REPLAY = ['--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json', '--no-questions', '--offline', '--lang', 'en'];

async function aReport(): Promise<Report> {
  const run = await runCli(['--json', ...REPLAY]);
  return ReportSchema.parse(JSON.parse(run.stdout));
}

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units at every depth, drops whitespace, writes numbers as ECMAScript does', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: 1e21, c: 0.1, é: 'x', E: -0 })).toBe('{"E":0,"a":1e+21,"b":[3,{"a":2,"z":1}],"c":0.1,"é":"x"}');
  });

  it('RFC 8785 §3.2.3 sorts "\\u20ac" (€) before "\\ud83d\\ude00" (😀) and "\\r" first', () => {
    expect(canonicalJson({ '😀': 1, '€': 2, '\r': 3, '1': 4 })).toBe('{"\\r":3,"1":4,"€":2,"😀":1}');
  });

  it('a lone surrogate is taken as U+FFFD, the same when signing and verifying', () => {
    expect(canonicalJson({ a: 'x\ud800' })).toBe(canonicalJson({ a: 'x\ufffd' }));
  });
});

describe('signReport and verifyReport', () => {
  it('a signed report verifies with the same key, and the signature is in the report schema', async () => {
    const report = await aReport();
    const signed = signReport(report, { key: Buffer.from(KEY), keyId: 'it-2026' });
    expect(signed.signature).toMatchObject({ alg: 'HMAC-SHA256', keyId: 'it-2026' });
    expect(signed.signature!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ReportSchema.parse(signed).signature).toEqual(signed.signature);
    // as IT reads it: the file's JSON, not our object
    expect(verifyReport(JSON.parse(JSON.stringify(signed)), Buffer.from(KEY))).toBe('valid');
  });

  it('any change after signing makes it tampered: the verdict, a fact, an added key, the key order does not matter', async () => {
    const signed = signReport(await aReport(), { key: Buffer.from(KEY) });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a free-form copy to tamper with
    const copy = () => JSON.parse(JSON.stringify(signed)) as Record<string, any>;
    const ready = copy();
    ready.score.verdict = ready.score.verdict === 'ready' ? 'not-ready' : 'ready';
    expect(verifyReport(ready, Buffer.from(KEY))).toBe('tampered');
    const fact = copy();
    fact.checks[0].facts = { ...fact.checks[0].facts, encrypted: true };
    expect(verifyReport(fact, Buffer.from(KEY))).toBe('tampered');
    const added = copy();
    added.note = 'hello';
    expect(verifyReport(added, Buffer.from(KEY))).toBe('tampered');
    const reordered = Object.fromEntries(Object.entries(copy()).reverse());
    expect(verifyReport(reordered, Buffer.from(KEY))).toBe('valid');
  });

  it('another key, a missing signature, or a broken one', async () => {
    const report = await aReport();
    const signed = signReport(report, { key: Buffer.from(KEY) });
    expect(verifyReport(signed, Buffer.from(KEY.replace('a', 'b')))).toBe('tampered');
    expect(verifyReport(report, Buffer.from(KEY))).toBe('unsigned');
    expect(verifyReport({ ...signed, signature: { alg: 'HMAC-SHA256', value: 'x' } }, Buffer.from(KEY))).toBe('tampered');
    expect(verifyReport({ ...signed, signature: { alg: 'none', value: '' } }, Buffer.from(KEY))).toBe('tampered');
    expect(verifyReport({ ...signed, signature: 'junk' }, Buffer.from(KEY))).toBe('tampered');
    expect(verifyReport(null, Buffer.from(KEY))).toBe('unsigned');
  });
});

describe('where the key comes from', () => {
  it('the environment variable, and nothing when there is none', async () => {
    expect(await loadSigningKey(defaultPolicy, { HOMEOFFICE_CHECK_SIGNING_KEY: KEY })).toMatchObject({ key: Buffer.from(KEY) });
    expect(await loadSigningKey(defaultPolicy, {})).toBeNull();
  });

  it('a key shorter than 32 bytes is refused', async () => {
    await expect(loadSigningKey(defaultPolicy, { HOMEOFFICE_CHECK_SIGNING_KEY: 'short' })).rejects.toThrow(/at least 32/);
  });

  it.runIf(isRoot && process.platform !== 'win32')('a key file the policy names: accepted only owned by root and private (0600/0400)', async () => {
    const dir = tmp();
    const file = join(dir, 'signing.key');
    writeFileSync(file, `${KEY}\n`);
    const policy = PolicySchema.parse({ report: { signingKeyFile: file } });
    chmodSync(file, 0o600);
    const key = await loadSigningKey(policy, {});
    expect(key?.key.toString()).toBe(KEY);
    expect(key?.keyId).toMatch(/^[0-9a-f]{16}$/);
    chmodSync(file, 0o644);
    await expect(loadSigningKey(policy, {})).rejects.toThrow(/readable or writable by others/);
    chmodSync(file, 0o640);
    await expect(loadSigningKey(policy, {})).rejects.toThrow(UsageError);
    chmodSync(file, 0o600);
    chownSync(file, 1000, 1000);
    await expect(loadSigningKey(policy, {})).rejects.toThrow(/not owned by root/);
    await expect(loadSigningKey(PolicySchema.parse({ report: { signingKeyFile: join(dir, 'none') } }), {})).rejects.toThrow(/no such file/);
  });

  it('never from the command line: there is no such option', async () => {
    const run = await runCli(['--json', ...REPLAY, '--signing-key', KEY]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(KEY);
  });
});

describe('through the built CLI', () => {
  it('with HOMEOFFICE_CHECK_SIGNING_KEY the report (stdout and -o) is signed and verifies; the key is nowhere in the output', async () => {
    const out = join(tmp(), 'r.json');
    const run = await runCli(['--json', '-o', out, ...REPLAY], { env: { HOMEOFFICE_CHECK_SIGNING_KEY: KEY } });
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.signature.alg).toBe('HMAC-SHA256');
    expect(verifyReport(report, Buffer.from(KEY))).toBe('valid');
    expect(verifyReport(JSON.parse(readFileSync(out, 'utf8')), Buffer.from(KEY))).toBe('valid');
    expect(run.stdout).not.toContain(KEY);
  });

  it('without a key the report carries no signature', async () => {
    const run = await runCli(['--json', ...REPLAY], { env: { HOMEOFFICE_CHECK_SIGNING_KEY: '' } });
    expect(JSON.parse(run.stdout).signature).toBeUndefined();
  });

  it.runIf(isRoot && process.platform !== 'win32')('a key file others can read: exit 2 before anything runs, one line', async () => {
    const dir = tmp();
    const file = join(dir, 'signing.key');
    writeFileSync(file, KEY, { mode: 0o644 });
    chmodSync(file, 0o644);
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ report: { signingKeyFile: file } }));
    const run = await runCli(['--json', ...REPLAY, '--policy', join(dir, 'policy.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^homeoffice-check: signing key file '.*signing\.key': readable or writable by others \(mode 644\); it must be 600 or 400\n$/);
  });
});
