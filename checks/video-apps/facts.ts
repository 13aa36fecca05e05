/** What the video-apps check learns: the IT contract of its facts (`schema report`). */
import { z } from 'zod';
import { ReasonSchema } from '../../src/check.js';
import { videoApps } from './data.js';

const APP_IDS = videoApps.map((a) => a.id) as [string, ...string[]];

export const InstalledAppSchema = z
  .object({
    id: z.enum(APP_IDS).describe('the client, an id of the table the check carries'),
    version: z.string().max(80).nullable().describe('the version the system states; null when it could not be read'),
    scope: z
      .enum(['machine', 'user'])
      .optional()
      .describe("installed for the whole machine, or into one user's own profile (Zoom in AppData or ~/Applications, the new Teams Appx package)"),
  })
  .strict();
export type InstalledApp = z.infer<typeof InstalledAppSchema>;

export const VideoAppsFactsSchema = z
  .object({
    os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
    method: z
      .enum(['plist', 'registry', 'dpkg', 'flatpak'])
      .nullable()
      .describe(
        'where the list was read: app bundles (macOS), the Uninstall registry keys and Appx packages (Windows), Debian packages, else system-wide Flatpaks (Linux); null when nothing could be read',
      ),
    installed: z.array(InstalledAppSchema).max(50).describe('the video meeting clients found, with their versions'),
    appx: z
      .object({
        read: z.boolean().describe('the Appx packages (where the new Teams lives) could be listed'),
        reason: ReasonSchema.nullable().describe('why they could not'),
      })
      .strict()
      .nullable()
      .describe('Windows: the lookup of the new Microsoft Teams (an Appx package); null elsewhere'),
    tableDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe("the date the tool's own table of minimum versions was compiled"),
    reason: ReasonSchema.nullable().describe('why the installed apps could not be read'),
  })
  .strict();
export type VideoAppsFacts = z.infer<typeof VideoAppsFactsSchema>;
