/**
 * os-updates: is the operating system still supported, and are its updates installed?
 * NSM: keep equipment security-updated; use supported products (Grunnprinsipper 2.1.2, 2.3.1).
 */
import { defineCheck, reason } from '../../src/check.js';
import { perPlatform } from '../lib/platform.js';
import { evaluateOs, OsUpdatesOptionsSchema } from './evaluate.js';
import { blankOsFacts, OsUpdatesFactsSchema } from './facts.js';
import { collectLinux } from './linux.js';
import { collectMac } from './macos.js';
import { messages } from './messages.js';
import { collectWindows, WINDOWS_OS_SCRIPT } from './windows.js';

export default defineCheck({
  id: 'os-updates',
  category: 'device',
  weight: 5,
  sources: ['nsm-home-office', 'nsm-grunnprinsipper', 'normen-faktaark-29'],
  messages,
  facts: OsUpdatesFactsSchema,
  options: OsUpdatesOptionsSchema,
  timeoutMs: 45_000,
  windowsScripts: [WINDOWS_OS_SCRIPT],
  collect: (ctx) =>
    perPlatform(
      {
        linux: collectLinux,
        win32: collectWindows,
        // a replayed answer makes no traffic: only a live run honours --offline here
        darwin: (probe, signal) => collectMac(probe, signal, ctx.options.offline && probe.mode !== 'replay'),
      },
      (os) => ({ ...blankOsFacts(os), reason: reason('unsupported', undefined, os) }),
    )(ctx),
  evaluate: evaluateOs,
});
