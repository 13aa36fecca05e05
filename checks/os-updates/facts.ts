/**
 * What the OS check learns, the same shape on every platform: the IT contract of its facts
 * (`schema report`). Each part that can fail on its own (the waiting updates) carries its own reason.
 */
import { z } from 'zod';
import { ReasonSchema } from '../../src/check.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PENDING_MANAGERS = ['apt', 'dnf', 'zypper', 'pacman', 'softwareupdate'] as const;

export const PendingSchema = z
  .object({
    manager: z.enum(PENDING_MANAGERS).nullable().describe('the program that counted the waiting updates; null when none could'),
    total: z.number().int().min(0).nullable().describe('updates waiting to be installed; null when they could not be counted'),
    security: z.number().int().min(0).nullable().describe('of those, security updates; null when the package manager does not tell'),
    majorUpgrades: z.number().int().min(0).optional().describe('macOS: upgrades to a newer major version offered beside the updates (not counted as waiting)'),
    checked: z.enum(['now', 'cache']).optional().describe('macOS: counted now by softwareupdate, or read from the result of its last background check'),
    checkedAt: z.string().datetime().optional().describe('macOS: when that background check was made (LastSuccessfulDate)'),
    listsAgeDays: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe(
        "days since the package manager's lists were refreshed (macOS: since Software Update's last check); null when it keeps none or they could not be read",
      ),
    reason: ReasonSchema.nullable().describe('why the waiting updates could not be counted'),
  })
  .strict();
export type Pending = z.infer<typeof PendingSchema>;

export const SupportSchema = z
  .object({
    ends: IsoDay.nullable().describe('last day of security updates for this release; null when unknown or for a rolling release'),
    rolling: z.boolean().describe('a rolling release (Arch, Tumbleweed ...): supported as long as it is kept updated'),
    esu: z.boolean().describe('Windows 10 22H2: Extended Security Updates can still be had after the end, by enrolment (no other Windows 10 version has them)'),
    source: z.enum(['os-release', 'table']).nullable().describe("where the end comes from: the release's own os-release (SUPPORT_END), or the tool's table"),
    tableDate: IsoDay.describe("the date the tool's own table of support ends was compiled"),
  })
  .strict();
export type Support = z.infer<typeof SupportSchema>;

export const OsUpdatesFactsSchema = z
  .object({
    os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
    name: z.string().max(200).nullable().describe('the name the system gives itself (os-release PRETTY_NAME, "Windows 11 24H2", "macOS 15.7.4")'),
    distro: z.string().max(80).nullable().describe('os-release ID on Linux, windows or macos elsewhere; null when the system could not be identified'),
    version: z
      .string()
      .max(80)
      .nullable()
      .describe(
        'the release as the support table keys it: VERSION_ID on Linux; 10, 11-24H2, 11-24H2-enterprise or 10-ltsc-17763 on Windows; the major on macOS',
      ),
    build: z.string().max(80).nullable().describe('Windows: build and revision (19045.5011); macOS: the build (24G517); null elsewhere'),
    edition: z.string().max(80).nullable().optional().describe('Windows: EditionID (Core, Professional, Enterprise, Education, EnterpriseS ...)'),
    displayVersion: z.string().max(20).nullable().optional().describe('Windows: DisplayVersion (24H2), or ReleaseId (1909) before 20H2'),
    productVersion: z.string().max(40).optional().describe('macOS: the full ProductVersion (14.6.1)'),
    support: SupportSchema.nullable().describe('when this release stops getting security updates; null when the system could not be identified'),
    pending: PendingSchema.nullable().describe('updates waiting to be installed; null on Windows, where the newest installed update speaks instead'),
    latestUpdate: z
      .object({ id: z.string().max(40).describe('the update (KB number)'), date: IsoDay.describe('the day it was installed') })
      .strict()
      .nullable()
      .optional()
      .describe('Windows: the newest installed update Get-HotFix lists; null when none had a readable date'),
    rebootRequired: z.boolean().nullable().describe('a restart is needed to finish installing updates; null when unknown'),
    daysSinceUpdate: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('days since the newest installed update (Windows) or the last change of installed packages (Linux); null when unknown'),
    reason: ReasonSchema.nullable().describe('why the operating system could not be identified'),
  })
  .strict();
export type OsFacts = z.infer<typeof OsUpdatesFactsSchema>;

/** Facts with nothing known yet: each platform's collector fills in what its OS tells. */
export function blankOsFacts(os: string): OsFacts {
  return { os, name: null, distro: null, version: null, build: null, support: null, pending: null, rebootRequired: null, daysSinceUpdate: null, reason: null };
}

/** A pending part that could not be counted, for the given reason. */
export function pendingUnknown(reason: NonNullable<Pending['reason']>, manager: Pending['manager'] = null): Pending {
  return { manager, total: null, security: null, listsAgeDays: null, reason };
}
