/**
 * The files a user hands in (--answers, --policy FILE|URL, --replay) as an attacker or bad luck
 * would make them: special files (a FIFO, /dev/zero, a folder, a huge file), duplicate keys,
 * `__proto__` ids, deep nesting, escape sequences in what an error line quotes, a policy URL
 * with a signature in its query. Every one ends in exit 2 with one clean line, at once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync, ftruncateSync, readFileSync } from 'node:fs';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCert } from './helpers/net.js';
import { z } from 'zod';
import { parseJsonText, UsageError } from '../src/input.js';
import { PolicySchema } from '../src/policy.js';
import { isTerminalSafe } from '../src/text/terminal.js';
import { BIN, ROOT, runCli } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-in-'));
const ESC = '\u001b';
const REPLAY = 'test/fixtures/bundles/linux-firewall-ufw-active.json';
const BASE = ['--json', '--no-questions', '--offline', '--lang', 'en'];

/** the flag, and the other flags a run needs beside it */
const FLAGS: Array<[string, string[]]> = [
  ['--answers', ['--replay', REPLAY]],
  ['--policy', ['--replay', REPLAY]],
  ['--replay', []],
];

function expectOneCleanLine(run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(isTerminalSafe(run.stderr.trimEnd())).toBe(true);
  expect(run.stderr).toMatch(/^homeoffice-check: /);
  expect(run.stderr).toMatch(pattern);
}

describe('special files as input: regular files only, with a size cap', () => {
  const specials: Array<[string, (dir: string) => string, RegExp]> = [
    ['a FIFO nobody writes to', (dir) => (execFileSync('mkfifo', [join(dir, 'fifo')]), join(dir, 'fifo')), /is not a regular file \(a FIFO\)/],
    ['a folder', (dir) => (mkdirSync(join(dir, 'folder')), join(dir, 'folder')), /is a folder/],
    [
      'a sparse file of 100 MiB',
      (dir) => {
        const fd = openSync(join(dir, 'huge.json'), 'w');
        ftruncateSync(fd, 100 * 1024 * 1024);
        closeSync(fd);
        return join(dir, 'huge.json');
      },
      /is larger than \d+ MiB/,
    ],
    ['/dev/zero', () => '/dev/zero', /is not a regular file \(a device\)/],
  ];
  for (const [flag, rest] of FLAGS) {
    for (const [name, make, reason] of specials) {
      it(`${flag} ${name}: exit 2 with one line, no hang`, async () => {
        const run = await runCli([...BASE, ...rest, flag, make(tmp())], { timeoutMs: 15_000 });
        expectOneCleanLine(run, reason);
        expect(run.stderr).toContain(`${flag.slice(2)} file '`);
      });
    }
  }
});

describe('SIGTERM and Ctrl-C end a run at any point', () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let port: number;
  beforeAll(async () => {
    // takes the connection and never says a word: the policy download waits (10 s limit)
    silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as AddressInfo).port;
  });
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while the policy is being downloaded: exit 130 at once`, async () => {
      const child = spawn(process.execPath, [BIN, ...BASE, '--policy', `https://127.0.0.1:${port}/policy.json`], {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, NO_PROXY: '*' },
      });
      // the download has begun once the server holds its connection
      await new Promise((resolve) => silent.once('connection', resolve));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const sent = Date.now();
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(130);
      expect(Date.now() - sent).toBeLessThan(3000);
    });
  }
});

describe('error lines quote no raw escape sequence', () => {
  const hostile = `${ESC}]52;c;cm0gLXJmIH4=\u0007${ESC}]0;pwned\u0007${ESC}[2J\u009b2J\u202e`;
  const files: Array<[string, string, string[], RegExp]> = [
    [
      'an answers file with a hostile key',
      JSON.stringify({ answers: { [`x${hostile}`]: 'yes' } }),
      ['--answers'],
      /answers file '.*': answers: unknown key 'x'$/m,
    ],
    ['a policy file that is not JSON', `{"lang": "nb"${hostile}}`, ['--policy'], /policy file '.*' is not valid JSON/],
    ['a policy naming a hostile check', JSON.stringify({ checks: { [`os${hostile}`]: { enabled: false } } }), ['--policy'], /unknown check/],
    ['a bundle that is not JSON', `{"format": ${hostile}`, ['--replay'], /replay file '.*' is not valid JSON/],
  ];
  for (const [name, text, [flag], pattern] of files) {
    it(`${name}: one clean line`, async () => {
      const file = join(tmp(), 'in.json');
      writeFileSync(file, text);
      const rest = flag === '--replay' ? [] : ['--replay', REPLAY];
      const run = await runCli([...BASE, ...rest, flag!, file]);
      expectOneCleanLine(run, pattern);
    });
  }

  it('a file name with escapes in it is shown clean', async () => {
    const dir = tmp();
    const run = await runCli([...BASE, '--replay', REPLAY, '--answers', join(dir, `a${hostile}.json`)]);
    expectOneCleanLine(run, /no such file/);
  });

  describe('a policy from a URL', () => {
    let dir: string;
    let server: https.Server;
    let base: string;
    const env = () => ({ NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' });
    beforeAll(async () => {
      dir = tmp();
      server = https.createServer(selfSignedCert(dir), (req, res) => {
        if (req.url?.startsWith('/hostile.json')) return res.writeHead(200).end(`${hostile}{"lang":"nb"}`);
        if (req.url?.startsWith('/dup.json')) return res.writeHead(200).end('{"requireVpn": true, "requireVpn": false}');
        res.writeHead(404).end('not here');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('a body with escape sequences: one clean line, and the query string (a signature) is never printed', async () => {
      const run = await runCli([...BASE, '--replay', REPLAY, '--policy', `${base}/hostile.json?sig=SECRET-SIGNATURE&se=2030`], { env: env() });
      expectOneCleanLine(run, /policy URL 'https:\/\/127\.0\.0\.1:\d+\/hostile\.json' is not valid JSON/);
      expect(run.stderr).not.toContain('SECRET-SIGNATURE');
      expect(run.stderr).not.toContain('?');
    });

    it('a missing document: the query string is not printed either', async () => {
      const run = await runCli([...BASE, '--replay', REPLAY, '--policy', `${base}/gone.json?sig=SECRET-SIGNATURE`], { env: env() });
      expectOneCleanLine(run, /HTTP 404/);
      expect(run.stderr).not.toContain('SECRET-SIGNATURE');
    });

    it('a body with a duplicate key is refused, naming the key', async () => {
      const run = await runCli([...BASE, '--replay', REPLAY, '--policy', `${base}/dup.json`], { env: env() });
      expectOneCleanLine(run, /duplicate key 'requireVpn'/);
    });
  });
});

describe('duplicate keys, prototype keys and deep nesting', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      '--answers',
      'a duplicate answer (red, then green)',
      '{"answers": {"data-class": "red", "data-class": "green"}}',
      /answers file '.*': answers: duplicate key 'data-class'/,
    ],
    ['--policy', 'a duplicate top-level key', '{"requireVpn": true, "lang": "en", "requireVpn": false}', /policy file '.*': duplicate key 'requireVpn'/],
    ['--policy', 'a duplicate key deep inside', '{"thresholds": {"network": {"hdMbps": 3, "hdMbps": 0.1}}}', /thresholds\.network: duplicate key 'hdMbps'/],
    ['--policy', 'a duplicate written with an escape', '{"lang": "nb", "l\\u0061ng": "en"}', /duplicate key 'lang'/],
    ['--policy', 'a __proto__ check id', '{"checks": {"__proto__": {"enabled": false}}}', /checks: the key '__proto__' is not allowed/],
    ['--policy', 'a constructor check id', '{"checks": {"constructor": {"enabled": false}}}', /checks: the key 'constructor' is not allowed/],
    ['--answers', 'a __proto__ answer', '{"answers": {"__proto__": {"data-class": "red"}}}', /answers: the key '__proto__' is not allowed/],
    [
      '--replay',
      'a duplicate key in a bundle',
      readFileSync(join(ROOT, REPLAY), 'utf8').replace('"version": 1,', '"version": 1, "version": 1,'),
      /replay file '.*': duplicate key 'version'/,
    ],
  ];
  for (const [flag, name, text, pattern] of cases) {
    it(`${flag}: ${name} is refused with one line naming the key`, async () => {
      const file = join(tmp(), 'in.json');
      writeFileSync(file, text);
      const rest = flag === '--replay' ? [] : ['--replay', REPLAY];
      const run = await runCli([...BASE, ...rest, flag, file]);
      expectOneCleanLine(run, pattern);
    });
  }

  it('a deeply nested bundle is an input error (exit 2), not an internal one', async () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, REPLAY), 'utf8'));
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = JSON.stringify(bundle).replace('"interactions":[', `"interactions":[{"type":"call","name":"x","args":${deep}},`);
    const file = join(tmp(), 'deep.json');
    writeFileSync(file, text);
    const run = await runCli([...BASE, '--replay', file]);
    expectOneCleanLine(run, /replay file '.*' is nested deeper than \d+ levels/);
  });

  it('parseJsonText: the same checks for any JSON text, strings with brackets and escapes do not confuse them', () => {
    const ok = parseJsonText('{"lang": "nb", "organisation": {"name": "[{\\"\\\\ \\u007b"}}', 'p', PolicySchema);
    expect(ok.organisation?.name).toBe('[{"\\ {');
    // the same key in different objects is no duplicate
    expect(parseJsonText('{"a": {"b": 1}, "b": {"b": 2}, "c": [{"b": 3}, {"b": 4}]}', 'x', z.unknown())).toEqual({
      a: { b: 1 },
      b: { b: 2 },
      c: [{ b: 3 }, { b: 4 }],
    });
    expect(() => parseJsonText('{"a": 1, "a": 1}', 'x', z.unknown())).toThrow(UsageError);
    expect(() => parseJsonText('[{"a": 1}, {"b": 1, "b": 2}]', 'x', z.unknown())).toThrow(/^x: 1: duplicate key 'b'$/);
  });
});
