// A temporary PostgreSQL cluster for the benches (the tests have the same in test/helpers/postgres.ts):
// Debian's package, initdb in a temporary folder, pg_ctl on 127.0.0.1 and a free port, as the
// postgres user when run as root. stop() stops it and removes the folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function bin() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export async function startPostgres() {
  const dir = bin();
  if (!dir) return null;
  const root = process.getuid?.() === 0;
  const work = mkdtempSync(join(tmpdir(), 'hoc-bench-pg-'));
  if (root) {
    chownSync(work, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), -1);
    chmodSync(work, 0o700);
  }
  const as = (program, args) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(dir, program), ...args], { stdio: 'pipe' })
      : execFileSync(join(dir, program), args, { stdio: 'pipe' });
  const data = join(work, 'data');
  as('initdb', ['-D', data, '-A', 'trust', '-U', 'hoc', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  as('pg_ctl', [
    '-D',
    data,
    '-l',
    join(work, 'log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${work} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB -c max_connections=200`,
    'start',
  ]);
  as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'hoc', 'homeoffice']);
  return {
    url: `postgres://hoc@127.0.0.1:${port}/homeoffice`,
    stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
