/** Helpers for the collector's tests: start `serve` as a process, post reports over HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { BIN, ROOT } from './cli.js';

export const TOKEN = 'test-token-0123456789abcdef';

export interface Served {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

/** Starts the built CLI's `serve` on a free port of 127.0.0.1 and waits for its start-up line. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${stderr}`));
    }, 20_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const m = /listening on https?:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), stderr: () => stderr });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${stderr}`));
    });
  });
}

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** One request on a fresh connection (no agent), so that a refused one leaves the others alone. */
export function request(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers }, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

export function postReport(port: number, report: unknown, token = TOKEN): Promise<Answer> {
  return request(port, 'POST', '/reports', JSON.stringify(report), auth(token));
}

/**
 * Eight clients post reports (`variant(i)`) until 150 are answered 201, then the server is killed
 * with SIGKILL while the others are in flight. Gives the acknowledged numbers with their ids, and how
 * many reports were sent (numbers 0 to sent - 1).
 */
export async function postUntilKilled(served: Served, variant: (i: number) => unknown): Promise<{ acked: Map<number, string>; sent: number }> {
  const acked = new Map<number, string>();
  let next = 0;
  let killed = false;
  const client = async () => {
    while (!killed) {
      const i = next++;
      try {
        const answer = await postReport(served.port, variant(i));
        if (answer.status === 201) acked.set(i, (JSON.parse(answer.body) as { id: string }).id);
        if (acked.size >= 150 && !killed) {
          killed = true;
          served.child.kill('SIGKILL');
        }
      } catch {
        // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  return { acked, sent: next };
}
