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
