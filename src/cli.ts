/**
 * The command line: argv → the command it names → exit code. The exit codes IT scripts depend on:
 * 0 ready (warnings allowed), 1 not ready, 2 usage or input error, 3 internal error, 130 interrupted.
 * Each command lives in src/commands/; this file only dispatches and turns errors into one line.
 */
import { readFile } from 'node:fs/promises';
import { embeddedVersion } from './build-info.js';
import { DEFAULT_SPEED_URL, DEFAULT_STUN, EXIT, parseCli } from './commands/options.js';
import { EMPLOYEE_HELP } from './help-employee.js';
import { cliLang, detectLang, inLang, langInArgv, setCliLang, tCli } from './i18n/index.js';
import { jsonSchemaOf } from './commands/schema.js';
import { describeZodError, readJsonFile, UsageError } from './input.js';
import { removePendingFiles, writeStdout } from './output.js';
import { parseHostPort } from './probe/net/hostport.js';
import { TOOL_NAME } from './run.js';
import { terminalText } from './text/terminal.js';

export { DEFAULT_SPEED_URL, DEFAULT_STUN, EXIT, parseCli, resolveOptions, type CliOptions } from './commands/options.js';
export { jsonSchemaOf } from './commands/schema.js';
export { policyQuestionIds } from './commands/run.js';
export { describeZodError, parseHostPort, readJsonFile, UsageError };

/** The version in the package's own package.json: two folders up from dist/src/, one from the bundle in lib/. */
export async function toolVersion(): Promise<string> {
  if (embeddedVersion) return embeddedVersion; // the single executable: no package.json beside it
  for (const up of ['../../', '../']) {
    const text = await readFile(new URL(`${up}package.json`, import.meta.url), 'utf8').catch(() => null);
    const pkg = text === null ? null : (JSON.parse(text) as { name?: string; version?: string });
    if (pkg?.name === TOOL_NAME && pkg.version) return pkg.version;
  }
  throw new Error('package.json of homeoffice-check not found');
}

async function execute(argv: string[]): Promise<number> {
  if (argv[0] === 'summarize') {
    // the fleet summary (its readers and the table, CSV and HTML renderers) loads only for this command
    const { summarizeCommand } = await import('./commands/summarize.js');
    return summarizeCommand(argv.slice(1));
  }
  // the collector for IT without a log platform (src/serve/), loaded only for this command
  if (argv[0] === 'serve') return (await import('./serve/command.js')).serveCommand(argv.slice(1));
  const { values, positionals } = parseCli(argv);
  if (values.help) {
    await writeStdout(`${inLang(EMPLOYEE_HELP, cliLang())}\n${tCli('cli.help', { speedUrl: DEFAULT_SPEED_URL, stun: DEFAULT_STUN[0]! })}`);
    return EXIT.ready;
  }
  if (values.version) {
    await writeStdout(`${await toolVersion()}\n`);
    return EXIT.ready;
  }
  if (positionals[0] === 'schema') {
    if (positionals.length !== 2) throw new UsageError(tCli('error.schema-usage'));
    await writeStdout(`${JSON.stringify(jsonSchemaOf(positionals[1]!), null, 2)}\n`);
    return EXIT.ready;
  }
  if (positionals.length > 0) throw new UsageError(tCli('error.unexpected-argument', { arg: positionals[0]! }));
  if (values.forget) {
    const { forgetCommand } = await import('./commands/forget.js');
    return forgetCommand(values.lang);
  }
  const { runCommand } = await import('./commands/run.js');
  return runCommand({ values, version: await toolVersion(), onInterrupt: interrupt, setLastWords: (words) => (lastWords = words) });
}

/** While a run is under way: what it writes if an internal error ends it (the report of what was found). */
let lastWords: ((error: unknown) => Promise<boolean>) | null = null;
let ending: Promise<number> | undefined;

/**
 * An internal error, thrown by a command or thrown (or rejected) where nothing caught it: the run's
 * report of what was found where one was asked for, one line, no stack trace, exit code 3. Once.
 */
function internalError(error: unknown): Promise<number> {
  ending ??= (async () => {
    const words = lastWords;
    lastWords = null;
    const reported = words ? await words(error).catch(() => false) : false;
    removePendingFiles();
    giveTerminalBack();
    const text = terminalText(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    process.stderr.write(`${TOOL_NAME}: ${tCli(reported ? 'error.internal-reported' : 'error.internal', { text })}\n`);
    if (process.env.HOMEOFFICE_CHECK_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  })();
  return ending;
}

function giveTerminalBack(): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
}

/**
 * Ctrl+C, at any point: leave no half-written file, give the terminal back (raw mode off, cursor
 * shown) and exit at once. Reached by SIGINT, or from the interactive view, where the prompt or
 * Ink holds the terminal in raw mode and receives Ctrl+C as a key.
 */
export function interrupt(): never {
  removePendingFiles();
  giveTerminalBack();
  process.exit(EXIT.interrupted);
}

export async function main(argv: string[]): Promise<number> {
  const onSignal = () => interrupt();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // an exception thrown in a callback, or a promise rejected, that nothing caught: exit 3, not Node's stack trace
  const onUncaught = (error: unknown) => void internalError(error).then((code) => process.exit(code));
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  // the command line's own words (help, errors) follow --lang, else the system; a run moves them to the policy's language
  setCliLang(langInArgv(argv) ?? detectLang(process.env));
  try {
    return await execute(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT.usage;
    }
    return internalError(error);
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  }
}
