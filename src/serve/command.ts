/**
 * `homeoffice-check serve`: a small collector for IT without a log platform. Reports are POSTed by
 * the tool (`--report-url`), stored in a folder (default) or PostgreSQL, and the fleet page and
 * summary are served live. Runs until it is stopped (Ctrl+C, SIGTERM); every report answered 201
 * is on disk (or committed) by then.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { argvError, EXIT } from '../commands/options.js';
import { detectLang, LANGS, setCliLang, tCli } from '../i18n/index.js';
import { loadPolicySource, openProblem, UsageError } from '../input.js';
import { writeStdout } from '../output.js';
import { loadVerifyKey } from '../report/sign.js';
import { createCollector } from './server.js';
import { FolderStore, type ReportStore } from './store.js';

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
    throw argvError(error, 'serve: ');
  }
  const chosen = LANGS.find((l) => l === values.lang);
  const lang = chosen ?? detectLang(env);
  // the help, every usage error and the errors of the files it reads (policy, key) are said in the page's language
  setCliLang(lang);
  if (values.help) {
    await writeStdout(tCli('cli.serve-help'));
    return EXIT.ready;
  }
  if (values.lang !== undefined && !chosen) throw new UsageError(`serve: ${tCli('error.lang', { value: values.lang })}`);
  const token = env.HOMEOFFICE_CHECK_SERVE_TOKEN?.trim();
  if (!token) throw new UsageError(tCli('serve.no-token'));
  if (token.length < MIN_TOKEN_LENGTH) throw new UsageError(tCli('serve.token-short', { name: 'HOMEOFFICE_CHECK_SERVE_TOKEN', min: MIN_TOKEN_LENGTH }));
  const readToken = env.HOMEOFFICE_CHECK_SERVE_READ_TOKEN?.trim() || undefined;
  if (readToken !== undefined && readToken.length < MIN_TOKEN_LENGTH)
    throw new UsageError(tCli('serve.token-short', { name: 'HOMEOFFICE_CHECK_SERVE_READ_TOKEN', min: MIN_TOKEN_LENGTH }));
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(tCli('serve.port', { value: String(values.port) }));
  const host = values.host ?? '127.0.0.1';
  if (values.data !== undefined && values.db !== undefined) throw new UsageError(tCli('serve.data-and-db'));
  const staleDays = values['stale-days'] === undefined ? undefined : Number(values['stale-days']);
  if (staleDays !== undefined && !(Number.isInteger(staleDays) && staleDays >= 0 && staleDays <= 3650))
    throw new UsageError(tCli('serve.stale-days', { value: String(values['stale-days']) }));
  if ((values.cert === undefined) !== (values.key === undefined)) throw new UsageError(tCli('serve.cert-and-key'));
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (values.cert !== undefined && values.key !== undefined) {
    const read = (path: string) => {
      try {
        return readFileSync(path);
      } catch (error) {
        throw new UsageError(tCli('serve.cert-unreadable', { path, problem: openProblem((error as NodeJS.ErrnoException).code) }));
      }
    };
    tls = { cert: read(values.cert), key: read(values.key) };
  }

  if (values.unverified !== undefined && values.unverified !== 'reject' && values.unverified !== 'mark')
    throw new UsageError(tCli('serve.unverified', { value: values.unverified }));
  if (values.unverified !== undefined && values['verify-key'] === undefined) throw new UsageError(tCli('serve.unverified-needs-key'));
  const unverified = (values.unverified ?? 'reject') as 'reject' | 'mark';
  // the PostgreSQL store keeps no mark and does not judge reports again (yet): it takes signed reports only
  if (values.db !== undefined && unverified === 'mark') throw new UsageError(tCli('serve.mark-needs-folder'));
  const verifyKey = values['verify-key'] === undefined ? undefined : await loadVerifyKey(values['verify-key'], env);
  const given = [];
  for (const source of values.policy ?? []) given.push(await loadPolicySource(source));
  const { policyBook } = await import('../rederive.js');

  let store: ReportStore;
  if (values.db !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError(tCli('serve.db-url'));
    const { PostgresStore } = await import('./postgres.js');
    try {
      store = await PostgresStore.connect(values.db);
    } catch (error) {
      throw new UsageError(tCli('serve.db-unusable', { text: (error as Error).message.split('\n')[0]! }));
    }
  } else {
    const folder = values.data ?? 'homeoffice-check-data';
    try {
      store = new FolderStore(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        tCli('serve.folder-unusable', {
          path: folder,
          problem: code === 'EACCES' || code === 'EPERM' ? tCli('error.file.denied') : (code ?? (error as Error).message),
        }),
      );
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
    const problem = code === 'EADDRINUSE' ? tCli('serve.listen.in-use') : code === 'EACCES' ? tCli('error.file.denied') : (code ?? (error as Error).message);
    throw new UsageError(tCli('serve.listen', { address: `${host}:${port}`, problem }));
  }
  const shown = host.includes(':') ? `[${host}]` : host;
  const storage = store instanceof FolderStore ? tCli('serve.storage.folder', { path: store.dir }) : store.label;
  process.stderr.write(`${tCli('serve.listening', { url: `${tls ? 'https' : 'http'}://${shown}:${bound}/`, storage })}\n`);
  // runs until the process is stopped
  await new Promise<void>((resolve) => collector.server.on('close', resolve));
  return 0;
}
