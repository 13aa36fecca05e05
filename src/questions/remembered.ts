/**
 * Remembered answers: the answers that do not change from one meeting to the next, kept on this
 * computer with the employee's consent so that the next run asks only about the meeting.
 *
 * What is remembered, and why (REMEMBERED_IDS): what belongs to the person, the home and the work
 * place rather than to one meeting:
 * - the machine and the accounts: the employer's computer, two-step sign-in per service
 *   (acc-mfa.<service>), own passwords;
 * - the home: the router's and the Wi-Fi's passwords, the work computer kept to oneself, the work place's screen
 *   out of sight of windows and passers-by, a camera background without anything sensitive, no
 *   smart speakers in the work room, a desk kept clear of notes with personal data;
 * - the habits the employee keeps in every meeting: sensitive matters out of the chat, no
 *   recording, one tidy window when sharing the screen, clients and patients by an id, not by
 *   name, sound and picture tested, muted when not speaking;
 * - work files only where the employer approves and off USB sticks, the incident routine and
 *   fraud, and a health practice's agreements and routines (src/questions/health.ts).
 * Asked every time (not listed): what the meeting is about (the data class), where the employee
 * sits and who is near, headphones, the tool this meeting is held in, its link, and who takes part.
 *
 * Not remembered even for those items: an answer that says the question does not apply to this
 * meeting (MEETING_ONLY: a recording agreed for this meeting, no clients in it; not sharing the screen is kept as a habit), and "not sure", which is asked
 * again until the employee knows. Every remembered answer is shown before the questions and taken
 * only with the employee's one-key confirmation ("Are these answers still true?").
 *
 * The file, `remembered.json` in the user's config folder:
 *   Windows  %APPDATA%\homeoffice-check\remembered.json
 *   macOS    ~/Library/Application Support/homeoffice-check/remembered.json
 *   Linux    $XDG_CONFIG_HOME/homeoffice-check/remembered.json (~/.config when unset)
 * holds `{ "schemaVersion": 1, "savedOn": "YYYY-MM-DD", "answers": { "<question id>": "<answer>" } }`
 * and nothing else: no name, machine, network or path (RememberedFileSchema below is strict). A file
 * that is not valid is ignored (and replaced on the next save); `--forget` deletes it.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MFA_ID } from './core.js';
import type { Answers, QuestionItem } from './types.js';

/** The items whose answers may be remembered (every two-step sign-in item, acc-mfa.<service>, too). */
export const REMEMBERED_IDS: readonly string[] = [
  'dev-managed',
  'acc-passwords',
  'net-router-hardened',
  'net-wifi-password',
  'room-physical-access',
  'room-screen-privacy',
  'room-background',
  'room-listening-devices',
  'room-clean-desk',
  'mtg-no-chat',
  'mtg-no-recording',
  'mtg-sharing',
  'mtg-minimise-names',
  'data-no-private-cloud',
  'data-removable-media',
  'inc-reporting',
  'inc-72h',
  'inc-phishing',
  // habits and a one-time test, not this meeting's: NCSC's test before the first call, muting
  'mtg-test-av',
  'mtg-mute',
  // a health practice's agreements, routines and tool (src/questions/health.ts)
  'health-dpa',
  'health-risk-assessment',
  'health-patient-id',
  'health-consent',
  'health-patients-apart',
];

/** Answers of remembered items that speak of this meeting only: never remembered. */
export const MEETING_ONLY: Readonly<Record<string, readonly string[]>> = {
  'mtg-no-recording': ['consented', 'no-consent'],
  'mtg-minimise-names': ['no-clients'],
};

/** "Not sure" is asked again next time, until the employee knows. */
const NEVER_REMEMBERED = ['unsure'];

export function isRememberable(id: string): boolean {
  return id.startsWith(`${MFA_ID}.`) || REMEMBERED_IDS.includes(id);
}

/** Whether this answer to this item may be kept for the next meeting. */
export function isRememberedAnswer(id: string, value: string): boolean {
  return isRememberable(id) && !NEVER_REMEMBERED.includes(value) && !(MEETING_ONLY[id] ?? []).includes(value);
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/;
const VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const RememberedFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    savedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('the day the answers were saved'),
    answers: z
      .record(z.string().regex(ID).max(80).refine(isRememberable, 'not an answer that is remembered'), z.string().regex(VALUE).max(40))
      .describe('question id -> answer value, only for the questions whose answers are remembered'),
  })
  .strict();

export type RememberedFile = z.infer<typeof RememberedFileSchema>;

/** The folder for this user's settings, by platform; null when the environment names none. */
export function configDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null {
  const home = env.HOME || env.USERPROFILE;
  if (platform === 'win32') return env.APPDATA ? join(env.APPDATA, 'homeoffice-check') : null;
  if (platform === 'darwin') return home ? join(home, 'Library', 'Application Support', 'homeoffice-check') : null;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'homeoffice-check');
  return home ? join(home, '.config', 'homeoffice-check') : null;
}

export function rememberedFile(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = configDir(platform, env);
  return dir ? join(dir, 'remembered.json') : null;
}

/** Of the given answers, those to remember: rememberable items, with an answer the item allows. */
export function toRemember(answers: Answers, items: readonly QuestionItem[]): Answers {
  const out: Answers = {};
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined || !isRememberedAnswer(item.id, value)) continue;
    if (item.choices.some((c) => c.value === value)) out[item.id] = value;
  }
  return out;
}

/**
 * The remembered answers that still fit this questionnaire (an item the policy dropped, or an answer
 * it no longer offers, is left out); null when there is no file or it is not valid.
 */
export async function loadRemembered(file: string, items: readonly QuestionItem[]): Promise<Answers | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  let parsed: RememberedFile;
  try {
    parsed = RememberedFileSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
  return toRemember(parsed.answers, items);
}

/** Save (replace) the remembered answers; the file is written whole or not at all, readable only by the user. */
export async function saveRemembered(file: string, answers: Answers, today: Date = new Date()): Promise<void> {
  const content: RememberedFile = RememberedFileSchema.parse({
    schemaVersion: 1,
    savedOn: today.toISOString().slice(0, 10),
    answers,
  });
  await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Delete the file; true when there was one. */
export async function forgetRemembered(file: string): Promise<boolean> {
  const existed = (await readFile(file).catch(() => null)) !== null;
  await rm(file, { force: true });
  return existed;
}
