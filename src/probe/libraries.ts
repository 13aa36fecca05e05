/**
 * The system library the checks use (node-wifi, for NetworkManager's connections on Linux): loaded
 * on first use and called here only, so that every check reaches it through `probe.call`
 * (recorded, replayable) and none imports it itself. node-wifi starts its programs with execFile
 * (asynchronous). systeminformation is not called: its networkInterfaces() starts programs with
 * execSync on Windows and macOS, which blocks the event loop (see checks/lib/netif.ts).
 *
 * A library that throws inside one of its own callbacks (node-wifi does, for a network name that
 * ends in a backslash) throws where no caller can catch it, and Node ends the whole process. Each
 * call is therefore `contained`: such an error rejects that call, as a LibraryFault, and nothing else.
 */
import domain from 'node:domain';
import { errorText } from './live.js';

/** An error a library threw inside its own callback: a fault of the library, not an answer. */
export class LibraryFault extends Error {
  constructor(library: string, cause: unknown) {
    super(`${library} failed inside: ${errorText(cause)}`);
    this.name = 'LibraryFault';
  }
}

/**
 * Run a library call so that an exception thrown in any callback it starts rejects this call
 * instead of ending the process. Node's `domain` is the one mechanism that ties such an error to
 * the call that began the work (nodejs.org/api/domain.html: deprecated for applications at large,
 * with no replacement for this); the domain holds only this call's own asynchronous work.
 */
export function contained<T>(library: string, call: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const d = domain.create();
    d.on('error', (error) => reject(new LibraryFault(library, error)));
    d.run(() => {
      call().then(resolve, reject);
    });
  });
}

/**
 * node-wifi's current Wi-Fi connections (NetworkManager on Linux). node-wifi sets LANG/LC_ALL for
 * the whole process when it loads and when it is initialised: the user's values are put back.
 */
export async function wifiConnections(): Promise<unknown[]> {
  const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
  try {
    const mod = (await import('node-wifi' as string)) as { default: { init(o: { iface: null }): void; getCurrentConnections(): Promise<unknown[]> } };
    mod.default.init({ iface: null });
    const list = await contained('node-wifi', () => mod.default.getCurrentConnections());
    return Array.isArray(list) ? list : [];
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
