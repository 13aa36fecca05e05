/**
 * The single executable's entry (scripts/dist.mjs bundles it into one CommonJS file for Node's
 * single-executable support). Like bin/homeoffice-check.js it runs the CLI and exits with its code;
 * on Windows, when the executable has a console window of its own (a double-click), it first waits
 * for a key so that the window does not close on the result (src/exe/window.ts says how it tells).
 */
import { main } from '../cli.js';
import { detectLang, inLang } from '../i18n/index.js';
import { parentProcessName } from '../probe/parent-process.js';
import { HOLD_TEXT, holdDecision, holdForParent, waitForKey } from './window.js';

async function start(): Promise<void> {
  const code = await main(process.argv.slice(2));
  const decision = holdDecision({
    platform: process.platform,
    stdinTTY: Boolean(process.stdin.isTTY),
    stdoutTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  });
  const hold = decision === 'hold' || (decision === 'ask' && holdForParent(await parentProcessName(process.ppid)));
  if (hold) await waitForKey(process.stdin, process.stdout, inLang(HOLD_TEXT, detectLang(process.env)));
  // output has been flushed by main; exit now so that no lingering socket or timer keeps the process alive
  process.exit(code);
}

void start();
