/**
 * Most checks read each operating system in its own way. `perPlatform` picks the collector for
 * the probe's platform (the recorded one, in replay) and gives the check's own "not supported"
 * facts for any other, so every check answers the same way on a platform it does not know.
 */
import type { CheckContext, Facts } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';

export type PlatformCollector<F> = (probe: Probe, signal: AbortSignal) => Promise<F>;

export function perPlatform<F extends Facts>(
  collectors: Partial<Record<'win32' | 'darwin' | 'linux', PlatformCollector<F>>>,
  unsupported: (os: string) => F,
): (ctx: CheckContext) => Promise<F> {
  return async ({ probe, signal }) => {
    const os = probe.platform.os;
    const collect = Object.hasOwn(collectors, os) ? collectors[os as keyof typeof collectors] : undefined;
    return collect ? collect(probe, signal) : unsupported(os);
  };
}
