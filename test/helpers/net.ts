/**
 * Servers the network tests start on 127.0.0.1 and nowhere else: coturn (a STUN server nobody
 * here wrote) on a free port, next to the shaped test servers in src/probe/net/testserver.ts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureStun } from '../../src/probe/net/stun.js';

/** A throwaway self-signed certificate for 127.0.0.1 (openssl, from the test set-up), written into dir. */
export function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-keyout', key, '-out', cert].concat([
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]),
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** a UDP port nobody listens on right now */
export async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export interface Coturn {
  port: number;
  stop(): Promise<void>;
}

/** coturn as a plain STUN server on 127.0.0.1: no TURN, TLS, DTLS, TCP, CLI; its files in a temp dir. */
export async function startCoturn(): Promise<Coturn> {
  const port = await freeUdpPort();
  const dir = mkdtempSync(join(tmpdir(), 'hoc-coturn-'));
  const child: ChildProcess = spawn(
    'turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      `--listening-port=${port}`,
      '--stun-only',
      '--no-tls',
      '--no-dtls',
      '--no-tcp',
      '--no-cli',
      `--userdb=${join(dir, 'turndb')}`,
      `--pidfile=${join(dir, 'turnserver.pid')}`,
      `--log-file=${join(dir, 'turn.log')}`,
      '--simple-log',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  // ready when it answers
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const run = await measureStun({ host: '127.0.0.1', port, intervalMs: 50, durationMs: 100, graceMs: 200 });
    if (run.rtts.some((r) => r !== null)) return { port, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error('coturn did not start answering on 127.0.0.1');
}
