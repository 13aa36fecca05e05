/**
 * os-updates: is the operating system still supported, and are its updates installed?
 * NSM: keep equipment security-updated; use supported products (Grunnprinsipper 2.1.2, 2.3.1).
 */
import { defineCheck } from '../../src/check.js';
import { evaluateOs } from './evaluate.js';
import type { OsFacts } from './facts.js';
import { collectLinux } from './linux.js';
import { collectMac } from './macos.js';
import { collectWindows } from './windows.js';

export default defineCheck<OsFacts>({
  id: 'os-updates',
  category: 'device',
  weight: 5,
  sources: ['nsm-home-office', 'nsm-grunnprinsipper', 'normen-faktaark-29'],
  title: 'os.title',
  timeoutMs: 45_000,
  async collect({ probe, signal, options }) {
    switch (probe.platform.os) {
      case 'linux':
        return collectLinux(probe, signal);
      case 'win32':
        return collectWindows(probe, signal);
      case 'darwin':
        // a replayed answer makes no traffic: only a live run honours --offline here
        return collectMac(probe, signal, options.offline && probe.mode !== 'replay');
      default:
        return {
          os: probe.platform.os,
          now: probe.now().toISOString(),
          name: null,
          distro: null,
          version: null,
          build: null,
          pending: null,
          pendingReason: null,
          rebootRequired: null,
          daysSinceUpdate: null,
          listsAgeDays: null,
          unknownReason: `not supported on ${probe.platform.os}`,
        };
    }
  },
  evaluate: evaluateOs,
});
