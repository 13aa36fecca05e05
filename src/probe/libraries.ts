/**
 * The two system libraries, as the checks use them: each loaded on first use and called here
 * only, so that every check reaches them through `probe.call` (recorded, replayable) and none
 * imports them itself. What comes back is the library's own data; the checks keep what they need.
 */

/** systeminformation.networkInterfaces(): the machine's network interfaces. */
export async function networkInterfaces(): Promise<unknown> {
  const si = await import('systeminformation');
  return si.networkInterfaces();
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
    const list = await mod.default.getCurrentConnections();
    return Array.isArray(list) ? list : [];
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
