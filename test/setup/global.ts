/**
 * Test set-up, once per `npm test`: installs the Debian packages some tests drive for real
 * (a terminal multiplexer, a STUN server, a browser, PostgreSQL), when they are missing. On a fresh machine
 * this is what makes the README's test command enough on its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** program on PATH → Debian package that provides it */
export const SYSTEM_PACKAGES: Record<string, string> = {
  turnserver: 'coturn',
  chromium: 'chromium',
  openssl: 'openssl',
  tmux: 'tmux',
  strace: 'strace',
  ip: 'iproute2',
  // the network lab's reference measurement (test/helpers/netlab.mjs, npm run bench)
  iperf3: 'iperf3',
  // the firewall check's nftables and iptables readings are checked against this machine's own output
  nft: 'nftables',
  iptables: 'iptables',
  // the collector's PostgreSQL store is tested against a real server
  pg_ctlcluster: 'postgresql',
};

/** programs that are not on PATH (absolute path) → Debian package that provides it */
export const SYSTEM_FILES: Record<string, string> = {
  // runs the Windows single executable in test/dist.test.ts (Debian's wine64 has no wrapper on PATH)
  '/usr/lib/wine/wine64': 'wine64',
};

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${program}`));
}

export default function setup(): void {
  const missing = [
    ...Object.entries(SYSTEM_PACKAGES).filter(([program]) => !onPath(program)),
    ...Object.entries(SYSTEM_FILES).filter(([file]) => !existsSync(file)),
  ];
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    execFileSync(cmd!, rest, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 600_000 });
  };
  process.stderr.write(`test set-up: installing ${packages.join(', ')}\n`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
}
