/**
 * Facts fixed when a build is made. The single executable (scripts/dist.mjs) has no package.json
 * beside it, so its bundle defines HOMEOFFICE_CHECK_VERSION; the npm package and the repository read
 * the version from package.json instead, and there the name is not defined at all.
 */
declare const HOMEOFFICE_CHECK_VERSION: string | undefined;

export const embeddedVersion: string | undefined = typeof HOMEOFFICE_CHECK_VERSION === 'string' ? HOMEOFFICE_CHECK_VERSION : undefined;
