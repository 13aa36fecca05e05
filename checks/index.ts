/** Every automated check, in the order they are shown. */
import type { AnyCheck } from '../src/check.js';
import networkQuality from './network-quality/index.js';
import osUpdates from './os-updates/index.js';

export const checks: readonly AnyCheck[] = [osUpdates, networkQuality];
