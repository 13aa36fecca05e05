/**
 * Parsers for what each OS tells a normal user about disk encryption. Pure, never throwing.
 * Structure first (tree depth, column offsets, numbers); labels only where the program is not
 * translated (lsblk columns, fdesetup).
 */

/**
 * on, encrypting, suspended (BitLocker's protectors disabled: its key in the clear), waiting
 * (BitLocker "waiting for activation": encrypted with a clear key and no protector yet, as a new
 * laptop with Device encryption comes from the factory), partial (Linux: / and /home not both on an
 * encrypted layer), converting (Windows: part of the volume encrypted, direction not told in a
 * language-free way), off, decrypting.
 */
export const ENCRYPTION_STATES = ['on', 'encrypting', 'suspended', 'waiting', 'partial', 'converting', 'off', 'decrypting'] as const;
export type EncryptionState = (typeof ENCRYPTION_STATES)[number];

// ---------- Linux: lsblk -i -o NAME,TYPE,FSTYPE,MOUNTPOINTS ----------

export interface BlockDevice {
  name: string;
  type: string;
  fstype: string;
  mountpoints: string[];
  depth: number;
  /** index of the parent row, or null for a top-level device */
  parent: number | null;
}

/** Tree prefixes: `-i` gives `|-`, `` `- `` and `| `; without it lsblk draws UTF-8 box glyphs. */
const TREE = /^[\s|`\-\u2500-\u257f]*/;

/**
 * The rows of an lsblk table with a header line. Columns are found by the header's offsets: lsblk
 * left-aligns NAME, TYPE, FSTYPE and MOUNTPOINT(S), so a value starts exactly at its header; an empty
 * cell is blank there (SIZE is right-aligned and may spill left, so only the token at the offset
 * counts). Rows that are not a device of their own:
 * - a row with nothing in the name cell but tree lines (`|`, `│`) and a mount point continues the
 *   device above (several mount points, as a btrfs volume mounted at / and /home has);
 * - a name too long for its column (Fedora's `luks-<uuid>` under a tree) stands alone on its row,
 *   and the device's other cells follow on the next row.
 * The check asks for TYPE; a table without it (FSTYPE only) is read too, crypt layers then known
 * by their crypto_LUKS parent.
 */
export function parseLsblk(text: string): BlockDevice[] {
  const lines = text.replace(/\r/g, '').split('\n');
  const h = lines.findIndex((l) => /^\s*K?NAME\s/.test(l) && /\s(FS)?TYPE(\s|$)/.test(l));
  if (h < 0) return [];
  const header = lines[h]!;
  const col = (label: string): number => {
    const m = new RegExp(`(^|\\s)(${label})(\\s|$)`).exec(header);
    return m ? m.index + m[1]!.length : -1;
  };
  const typeAt = col('TYPE');
  const fsAt = col('FSTYPE');
  const mountAt = Math.max(col('MOUNTPOINTS'), col('MOUNTPOINT'));
  /** where the name cell ends: the first of the columns read */
  const nameEnd = Math.min(...[typeAt, fsAt].filter((x) => x > 0));
  const tokenAt = (line: string, at: number): string => {
    if (at < 0 || at >= line.length || /\s/.test(line[at]!)) return '';
    if (at > 0 && !/\s/.test(line[at - 1]!)) return '';
    return /^\S+/.exec(line.slice(at))?.[0] ?? '';
  };
  const devices: BlockDevice[] = [];
  const stack: number[] = [];
  let wrapped: { name: string; depth: number; indent: number } | null = null;
  const add = (name: string, depth: number, line: string, mount: string): void => {
    while (stack.length > depth) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null;
    devices.push({ name, type: tokenAt(line, typeAt), fstype: tokenAt(line, fsAt), mountpoints: mount ? [mount] : [], depth, parent });
    stack.length = depth;
    stack.push(devices.length - 1);
  };
  for (const line of lines.slice(h + 1)) {
    if (!line.trim()) continue;
    const mount = mountAt >= 0 ? line.slice(mountAt).trim() : '';
    const nameCell = line.slice(0, nameEnd);
    const prefix = TREE.exec(nameCell)?.[0] ?? '';
    const rest = nameCell.slice(prefix.length);
    if (wrapped) {
      // the row after a name that stood alone: that device's cells, when nothing on it starts where
      // a name of the tree could (a SIZE that comes before TYPE may stand in the name cell)
      const pending = wrapped;
      wrapped = null;
      if ((!rest.trim() || prefix.length > pending.indent + 2) && (typeAt < 0 || tokenAt(line, typeAt))) {
        add(pending.name, pending.depth, line, mount);
        continue;
      }
    }
    if (!rest.trim()) {
      const last = devices[devices.length - 1];
      if (last && mount) last.mountpoints.push(mount);
      continue;
    }
    const name = /^\S+/.exec(rest)?.[0];
    if (!name) continue;
    const depth = Math.floor(prefix.length / 2);
    if (!line.slice(prefix.length + name.length).trim()) {
      wrapped = { name, depth, indent: prefix.length };
      continue;
    }
    if (typeAt >= 0 && !tokenAt(line, typeAt)) continue;
    add(name, depth, line, mount);
  }
  return devices;
}

function isCrypt(d: BlockDevice): boolean {
  return d.type === 'crypt' || d.fstype === 'crypto_LUKS' || d.fstype === 'BitLocker';
}

/** Is the device mounted at `mount` inside an encrypted layer? null when nothing is mounted there. */
export function mountEncrypted(devices: readonly BlockDevice[], mount: string): boolean | null {
  const index = devices.findIndex((d) => d.mountpoints.includes(mount));
  if (index < 0) return null;
  for (let i: number | null = index, guard = 0; i !== null && guard < 64; i = devices[i]!.parent, guard += 1) {
    if (isCrypt(devices[i]!)) return true;
  }
  return false;
}

export interface LinuxEncryption {
  root: boolean | null;
  home: boolean | null;
  /** any encrypted layer at all (e.g. only swap or a data disk) */
  anyEncrypted: boolean;
  state: EncryptionState | null;
}

export function linuxEncryption(devices: readonly BlockDevice[]): LinuxEncryption {
  const root = mountEncrypted(devices, '/');
  const home = mountEncrypted(devices, '/home');
  const anyEncrypted = devices.some(isCrypt);
  let state: EncryptionState | null = null;
  if (root === true) state = home === false ? 'partial' : 'on';
  else if (root === false) state = home === true ? 'partial' : 'off';
  return { root, home, anyEncrypted, state };
}

// ---------- macOS: fdesetup status ----------

/**
 * `fdesetup status` (not translated): "FileVault is On." / "FileVault is Off.", then maybe
 * "Encryption in progress: ...", "Decryption in progress: ..." or "Deferred enablement appears to be
 * active for user '...'" (the user name is never kept).
 */
export function parseFdesetup(text: string): EncryptionState | null {
  const on = /\bFileVault is On\b/i.test(text);
  const off = /\bFileVault is Off\b/i.test(text);
  if (on === off) return null;
  if (/\bDecryption in progress\b/i.test(text)) return 'decrypting';
  if (/\bEncryption in progress\b/i.test(text)) return 'encrypting';
  if (off) return /\bDeferred enablement\b/i.test(text) ? 'encrypting' : 'off';
  return 'on';
}

// ---------- Windows ----------

/**
 * The Shell property System.Volume.BitLockerProtection, readable without admin rights (Explorer draws
 * its padlock from it). Microsoft documents `:=2` as the state where "Turn on BitLocker" applies
 * (Shell verb AppliesTo examples); the other values as used by Explorer's own verbs and public tools:
 * 1 on, 3 encrypting, 4 decrypting, 5 on with protection suspended, 6 on and locked. Anything else
 * (0 or empty: no BitLocker on this edition or volume) is not a state this check may guess.
 */
export function bitlockerShellState(value: unknown): EncryptionState | null {
  switch (value) {
    case 1:
    case 6:
      return 'on';
    case 2:
      return 'off';
    case 3:
      return 'encrypting';
    case 4:
      return 'decrypting';
    case 5:
      return 'suspended';
    default:
      return null;
  }
}

export interface ManageBde {
  percentEncrypted: number | null;
  /** from the "Protection Status" line; only the English wording is known, so null otherwise */
  protectionOn: boolean | null;
  /**
   * How many key protectors the volume has: the lines under the last label ("Key Protectors:",
   * translated or not), one protector a line. 0 when that label carries a value on its own line and
   * nothing follows ("None Found", in any language): the key lies in the clear. null when unread.
   */
  keyProtectors: number | null;
}

const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/**
 * `manage-bde -status C:` volume block (admin only; labels are translated). The percentage is the only
 * value with a language-free shape: the one `NN.N%` on a line of its own value column. The key
 * protectors are read by the block's shape: labels at the percentage line's indent, the protectors
 * listed deeper under the last label.
 */
export function parseManageBde(text: string): ManageBde {
  let percentEncrypted: number | null = null;
  let protectionOn: boolean | null = null;
  const lines = text.replace(/\r/g, '').split('\n');
  let labelIndent: number | null = null;
  for (const line of lines) {
    const pct = /:\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$/.exec(line);
    if (pct && percentEncrypted === null) {
      const v = Number(pct[1]!.replace(',', '.'));
      if (v >= 0 && v <= 100) {
        percentEncrypted = v;
        labelIndent = indentOf(line);
      }
    }
    const prot = /^\s*Protection Status:\s*Protection (On|Off)\b/i.exec(line);
    if (prot) protectionOn = prot[1]!.toLowerCase() === 'on';
  }
  return { percentEncrypted, protectionOn, keyProtectors: labelIndent === null ? null : keyProtectorCount(lines, labelIndent) };
}

function keyProtectorCount(lines: readonly string[], labelIndent: number): number | null {
  // the volume's block: from the percentage line to the first blank line after a protector list or the next volume
  const start = lines.findIndex((l) => /:\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$/.test(l));
  let last = -1;
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const indent = indentOf(line);
    if (indent < labelIndent) break;
    if (indent === labelIndent && line.includes(':')) last = i;
    else if (indent === labelIndent) break;
  }
  // the percentage is no protector list: a block that ends there says nothing of the protectors
  if (last <= start) return null;
  const value = lines[last]!.slice(lines[last]!.indexOf(':') + 1).trim();
  let listed = 0;
  for (let i = last + 1; i < lines.length && lines[i]!.trim() && indentOf(lines[i]!) > labelIndent; i += 1) listed += 1;
  if (listed > 0) return listed;
  return value ? 0 : null;
}

export function manageBdeState(m: ManageBde): EncryptionState | null {
  if (m.percentEncrypted === null) return null;
  if (m.percentEncrypted === 0) return 'off';
  // below 100 % it may be encrypting or decrypting: the direction is in the translated text
  if (m.percentEncrypted < 100) return 'converting';
  // encrypted, and no key protector at all: the clear key of "waiting for activation"
  if (m.keyProtectors === 0) return 'waiting';
  if (m.protectionOn === false) return 'suspended';
  return m.protectionOn === true ? 'on' : null;
}
