/**
 * The device identifiers a policy may ask the report to carry (report.include): the host name and
 * the signed-in user's name. Read through the probe, so a recording keeps them and a replay gives
 * them back; never read unless asked for. Run by a management agent as SYSTEM or root, the user
 * is the person signed in at the screen, never the service account (`personAtScreen`); absent when
 * nobody is signed in.
 */
import os from 'node:os';
import { personAtScreen } from './session.js';
import type { Probe } from './types.js';

export type Identifier = 'hostname' | 'username';

export async function readIdentifiers(probe: Probe, include: readonly Identifier[]): Promise<{ hostname?: string; username?: string } | undefined> {
  if (include.length === 0) return undefined;
  const read = (name: string, fn: () => string) =>
    probe
      .call(name, [], async () => fn())
      .then(
        (v) => (typeof v === 'string' && v ? v : undefined),
        () => undefined,
      );
  const device: { hostname?: string; username?: string } = {};
  if (include.includes('hostname')) device.hostname = await read('os.hostname', () => os.hostname());
  if (include.includes('username')) {
    const person = await personAtScreen(probe).catch(() => ({ service: false, name: undefined }));
    const name = person.service ? person.name : await read('os.userInfo.username', () => os.userInfo().username);
    if (name) device.username = name;
  }
  return device;
}
