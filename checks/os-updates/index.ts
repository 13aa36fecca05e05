/**
 * os-updates: is the operating system still supported, and are its updates installed?
 * NSM: keep equipment security-updated; use supported products (Grunnprinsipper 2.1.2, 2.3.1).
 */
import { defineLegacyCheck } from '../../src/check.js';
import { evaluateOs } from './evaluate.js';
import { blankOsFacts, type OsFacts } from './facts.js';
import { perPlatform } from '../lib/platform.js';
import { collectLinux } from './linux.js';
import { collectMac } from './macos.js';
import { collectWindows } from './windows.js';

export default defineLegacyCheck<OsFacts>({
  id: 'os-updates',
  category: 'device',
  weight: 5,
  sources: ['nsm-home-office', 'nsm-grunnprinsipper', 'normen-faktaark-29'],
  title: 'os.title',
  timeoutMs: 45_000,
  collect: (ctx) =>
    perPlatform<OsFacts>(
      {
        linux: collectLinux,
        win32: collectWindows,
        // a replayed answer makes no traffic: only a live run honours --offline here
        darwin: (probe, signal) => collectMac(probe, signal, ctx.options.offline && probe.mode !== 'replay'),
      },
      (os, reason) => ({ ...blankOsFacts(os, ctx.probe.now()), unknownReason: reason }),
    )(ctx),
  evaluate: evaluateOs,
});
