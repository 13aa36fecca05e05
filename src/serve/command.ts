/**
 * `homeoffice-check serve`: a small collector for IT without a log platform. Reports are POSTed by
 * the tool (`--report-url`), stored in a folder (default) or PostgreSQL, and the fleet page and
 * summary are served live. Runs until it is stopped (Ctrl+C, SIGTERM); every report answered 201
 * is on disk (or committed) by then.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLang, LANGS, t, tCli, type Lang } from '../i18n/index.js';
import { loadPolicySource, UsageError } from '../input.js';
import { loadVerifyKey } from '../report/sign.js';
import { createCollector } from './server.js';
import { FolderStore, type ReportStore } from './store.js';

export const SERVE_HELP = `Usage: homeoffice-check serve [--port N] [--host H] [--data DIR | --db URL] [options]

A collector for the reports: the tool sends each report with --report-url
http(s)://HOST:PORT/reports, and the fleet page is at / (the summary as JSON at /summary.json,
one row per device at /devices.csv).

The token the clients send (Authorization: Bearer TOKEN) is read from HOMEOFFICE_CHECK_SERVE_TOKEN,
never from the command line; at least 16 characters. Reading the page and the summary takes
HOMEOFFICE_CHECK_SERVE_READ_TOKEN (Bearer, or as the password a browser asks for), or the same
token when that is not set. Set a separate one: the clients' token is on every machine.

Options:
  --port N            port (default 8765; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1: this machine only)
  --data DIR          keep reports in DIR, one file per report (default ./homeoffice-check-data)
  --db URL            keep reports in PostgreSQL instead (postgres://user@host:5432/db; a password
                      in PGPASSWORD or ~/.pgpass rather than in the URL)
  --cert FILE --key FILE   serve HTTPS with this certificate and key (PEM)
  --lang nb|nn|en     language of the page (default: from the system locale)
  --stale-days N      a device is stale after N days without a report (default 14)
  --verify-key FILE|env[:NAME]
                      check each report's signature as it comes in, with the key in FILE
                      (owned by you or root, mode 600) or in the environment variable NAME
                      (default HOMEOFFICE_CHECK_SIGNING_KEY); never the key itself
  --unverified reject|mark
                      with --verify-key: reject (default) answers an unsigned or tampered report
                      403 and keeps nothing; mark keeps it, and the summary marks it (a tampered
                      one counts as not ready). mark needs the folder store
  --policy FILE|URL   a policy the reports may name (repeatable): the summary judges each report
                      again under it, as summarize --policy does (folder store)
  --include-replayed  count reports made by replaying a bundle (left out by default)
  -h, --help          this help

Answers to POST /reports: 201 stored, 200 stored before, 400 not JSON, 401 no or a wrong token,
403 unsigned or tampered (with --verify-key, --unverified reject), 413 too large, 415 not JSON,
422 not a valid report.

Exit codes: 2 usage error (no token, a port in use, a file that cannot be read), 3 internal error,
130 stopped.
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  db: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  lang: { type: 'string' },
  'stale-days': { type: 'string' },
  'verify-key': { type: 'string' },
  unverified: { type: 'string' },
  policy: { type: 'string', multiple: true },
  'include-replayed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_PORT = 8765;
export const MIN_TOKEN_LENGTH = 16;

export async function serveCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`serve: ${(error as Error).message.split('\n')[0]}`);
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`serve: ${tCli('error.lang', { value: String(values.lang) })}`);
  const lang = (values.lang as Lang | undefined) ?? detectLang(env);
  const token = env.HOMEOFFICE_CHECK_SERVE_TOKEN?.trim();
  if (!token) throw new UsageError(t(lang, 'serve.no-token'));
  if (token.length < MIN_TOKEN_LENGTH)
    throw new UsageError(`serve: HOMEOFFICE_CHECK_SERVE_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 24)`);
  const readToken = env.HOMEOFFICE_CHECK_SERVE_READ_TOKEN?.trim() || undefined;
  if (readToken !== undefined && readToken.length < MIN_TOKEN_LENGTH)
    throw new UsageError(`serve: HOMEOFFICE_CHECK_SERVE_READ_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`serve: --port must be a port number, not '${values.port}'`);
  const host = values.host ?? '127.0.0.1';
  if (values.data !== undefined && values.db !== undefined) throw new UsageError('serve: --data and --db exclude each other');
  const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
  if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0 && staleDays <= 3650))
    throw new UsageError(`serve: --stale-days must be a whole number of days, not '${values['stale-days']}'`);
  if ((values.cert === undefined) !== (values.key === undefined)) throw new UsageError('serve: --cert and --key go together');
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (values.cert !== undefined && values.key !== undefined) {
    try {
      tls = { cert: readFileSync(values.cert), key: readFileSync(values.key) };
    } catch (error) {
      throw new UsageError(`serve: cannot read the certificate or key: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  if (values.unverified !== undefined && values.unverified !== 'reject' && values.unverified !== 'mark')
    throw new UsageError(`serve: --unverified must be reject or mark, not '${values.unverified}'`);
  if (values.unverified !== undefined && values['verify-key'] === undefined) throw new UsageError('serve: --unverified goes with --verify-key');
  const unverified = (values.unverified ?? 'reject') as 'reject' | 'mark';
  // the PostgreSQL store keeps no mark and does not judge reports again (yet): it takes signed reports only
  if (values.db !== undefined && unverified === 'mark') throw new UsageError('serve: --unverified mark needs the folder store (--data); with --db use reject');
  const verifyKey = values['verify-key'] === undefined ? undefined : await loadVerifyKey(values['verify-key'], env);
  const given = [];
  for (const source of values.policy ?? []) given.push(await loadPolicySource(source));
  const { policyBook } = await import('../rederive.js');

  let store: ReportStore;
  if (values.db !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('serve: --db must be a postgres:// URL');
    const { PostgresStore } = await import('./postgres.js');
    try {
      store = await PostgresStore.connect(values.db);
    } catch (error) {
      throw new UsageError(`serve: cannot use the database: ${(error as Error).message.split('\n')[0]}`);
    }
  } else {
    try {
      store = new FolderStore(values.data ?? 'homeoffice-check-data');
    } catch (error) {
      throw new UsageError(`serve: cannot use the folder '${values.data}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  const collector = createCollector({
    store,
    token,
    readToken,
    lang,
    summary: {
      staleDays,
      includeReplayed: values['include-replayed'] === true,
      policies: policyBook(given),
      // the folder store's summary marks each report (rejected ones never reach it)
      ...(verifyKey ? { verifyKey } : {}),
    },
    ...(verifyKey ? { verify: { key: verifyKey, unverified } } : {}),
    tls,
    log: (line) => process.stderr.write(`homeoffice-check serve: ${line}\n`),
  });
  let bound: number;
  try {
    bound = await collector.listen(port, host);
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `serve: cannot listen on ${host}:${port}: ${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message)}`,
    );
  }
  const shown = host.includes(':') ? `[${host}]` : host;
  process.stderr.write(`${t(lang, 'serve.listening', { url: `${tls ? 'https' : 'http'}://${shown}:${bound}/`, storage: store.label })}\n`);
  // runs until the process is stopped
  await new Promise<void>((resolve) => collector.server.on('close', resolve));
  return 0;
}
