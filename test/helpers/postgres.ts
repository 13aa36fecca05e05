/**
 * A real PostgreSQL server for the tests and the bench: Debian's package (installed by the test
 * set-up when missing), a new cluster in a temporary folder (initdb), started with pg_ctl on
 * 127.0.0.1 and a free port, as the `postgres` user when run as root; stopped and removed by stop().
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
  url: string;
  port: number;
  stop(): void;
}

export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (the test set-up installs Debian's postgresql package)");
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'hoc-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'run');
  const owner = root ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : null;
  if (owner !== null) {
    chownSync(dir, owner, -1);
    chmodSync(dir, 0o700);
  }
  const as = (program: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : execFileSync(join(bin, program), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  as('initdb', ['-D', data, '-A', 'trust', '-U', 'hoc', '-E', 'UTF8', '--locale=C.UTF-8']);
  execFileSync(root ? 'runuser' : 'mkdir', root ? ['-u', 'postgres', '--', 'mkdir', '-p', sockets] : ['-p', sockets]);
  const port = await freePort();
  as('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'hoc', 'homeoffice']);
  return {
    url: `postgres://hoc@127.0.0.1:${port}/homeoffice`,
    port,
    stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
