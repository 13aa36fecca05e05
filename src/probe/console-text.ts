/**
 * The text of a console program's output on Windows. netsh, whoami, tasklist, manage-bde and
 * dsregcmd write to a pipe in the console's OEM code page (850 on a Norwegian, German or French
 * Windows, 437 on en-US, 936 on zh-CN ...), not in UTF-8: read as UTF-8, "PÅ" becomes "P\uFFFD" and
 * a zh-CN "WPA2 - 企业" loses the word that says Enterprise. Output that is valid UTF-8 stays UTF-8
 * (a program that writes UTF-8, a console switched to code page 65001, plain ASCII such as the
 * PowerShell sections' JSON); anything else is decoded with the OEM code page of the system's
 * locale. What is decoded here is what a recording keeps, so a replay reads the same text.
 *
 * Node's TextDecoder reads the pages the WHATWG Encoding Standard names (936, 932, 949, 950, 874,
 * 1258, 866); the others (850, 437, 852, 855, 737, 775, 857, 862, 720) come from iconv-lite, loaded
 * only the first time a Windows program writes something that is not UTF-8: it stays out of the
 * start-up path and out of every run on Linux and macOS.
 */

/**
 * The default OEM code page of a Windows locale (GetLocaleInfoEx LOCALE_IDEFAULTCODEPAGE: "the OEM
 * code page associated with the country/region", the one console programs write in;
 * https://learn.microsoft.com/en-us/windows/win32/intl/locale-idefault-constants). The values are
 * Microsoft's own per-locale data as published in the .NET runtime (dotnet/runtime,
 * src/libraries/System.Private.CoreLib/src/System/Globalization/IcuLocaleData.cs, column "Oem CP":
 * the Windows NLS values .NET reports as TextInfo.OEMCodePage where it cannot ask Windows).
 * Keys: `language-script`, `language-region` or `language`, lower case; the most specific wins, and
 * a region not listed follows its language (as Windows's rows do, but for a few custom locales such
 * as de-IT or es-BR that Windows keeps Unicode-only).
 * null: Windows has no OEM code page for that locale (a "Unicode only" locale such as kk-KZ, hi-IN,
 * ka-GE, or English with a region Windows has no legacy locale for, en-DE or en-DK): the output is
 * then left as UTF-8 with U+FFFD where it is not, rather than read with a guessed page.
 */
const OEM_CODE_PAGES: Readonly<Record<string, number | null>> = {
  // Western European and Nordic (multilingual Latin 1)
  ...Object.fromEntries(
    ['af', 'br', 'ca', 'co', 'cy', 'da', 'de', 'dsb', 'es', 'eu', 'fi', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gsw', 'hsb', 'id', 'is', 'it']
      .concat(['kl', 'lb', 'ms', 'nb', 'nl', 'nn', 'no', 'oc', 'pt', 'rm', 'se', 'sma', 'smj', 'smn', 'sms', 'sv', 'tn', 'xh', 'zu'])
      .map((language) => [language, 850]),
  ),
  // English: 437 for en-US and the few regions Windows gives it to, 850 for the rest (en-GB, en-IE,
  // en-AU, en-CA, en-NZ ...), none where Windows has no legacy English locale for the region
  en: 437,
  ...Object.fromEntries(['en-us', 'en-in', 'en-my', 'en-ph', 'en-sg', 'en-za', 'en-zw'].map((l) => [l, 437])),
  ...Object.fromEntries(['en-001', 'en-029', 'en-au', 'en-bz', 'en-ca', 'en-gb', 'en-hk', 'en-id', 'en-ie', 'en-jm', 'en-nz', 'en-tt'].map((l) => [l, 850])),
  ...Object.fromEntries(['en-150', 'en-at', 'en-bi', 'en-ch', 'en-cy', 'en-de', 'en-dk', 'en-fi', 'en-il', 'en-nl', 'en-se', 'en-si'].map((l) => [l, null])),
  fil: 437,
  sw: 437,
  // Central European (Latin 2); Serbian and Bosnian in Latin script (Windows's default for sr, bs)
  ...Object.fromEntries(['bs', 'cs', 'hr', 'hu', 'pl', 'ro', 'sk', 'sl', 'sq', 'sr', 'tk'].map((language) => [language, 852])),
  // Serbian and Bosnian in Cyrillic script
  'bs-cyrl': 855,
  'sr-cyrl': 855,
  // Cyrillic (Russian)
  ...Object.fromEntries(['ba', 'be', 'bg', 'ky', 'mk', 'mn', 'ru', 'sah', 'tg', 'tt', 'uk', 'az-cyrl', 'uz-cyrl'].map((l) => [l, 866])),
  // Turkish, and Azerbaijani and Uzbek in Latin script
  az: 857,
  tr: 857,
  uz: 857,
  el: 737,
  // Baltic
  et: 775,
  lt: 775,
  lv: 775,
  he: 862,
  // Arabic script
  ...Object.fromEntries(['ar', 'fa', 'ku', 'prs', 'ug', 'ur', 'pa-arab', 'sd-arab'].map((l) => [l, 720])),
  th: 874,
  ja: 932,
  zh: 936,
  'zh-hans': 936,
  'zh-hant': 950,
  'zh-tw': 950,
  'zh-hk': 950,
  'zh-mo': 950,
  ko: 949,
  vi: 1258,
};

/**
 * The OEM code page of a locale name (BCP 47 as Intl gives it, `nb-NO`, `sr-Latn-RS`, `zh-Hant-TW`;
 * a POSIX `nb_NO.UTF-8` is read too). null when the locale is unknown or Windows has no OEM code
 * page for it.
 */
export function oemCodePageFor(locale: string | undefined): number | null {
  if (!locale) return null;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale.replace(/[.@].*$/, '').replace(/_/g, '-'));
  } catch {
    return null;
  }
  const language = parsed.language.toLowerCase();
  const keys = [
    parsed.script ? `${language}-${parsed.script.toLowerCase()}` : undefined,
    parsed.region ? `${language}-${parsed.region.toLowerCase()}` : undefined,
    language,
  ];
  for (const key of keys) if (key !== undefined && key in OEM_CODE_PAGES) return OEM_CODE_PAGES[key]!;
  return null;
}

let detected: { codePage: number | null } | undefined;

/**
 * The OEM code page console programs write in on this machine, from the locale Node knows, without
 * starting a program (`chcp` or a registry read would be one more process per run). On Windows,
 * Intl's default locale is the user's locale (ICU asks GetUserDefaultLocaleName), which on a machine
 * set up in one language is the system locale's language too; process.env carries no locale on
 * Windows (LANG is set only by POSIX shells such as Git Bash, and says nothing of the console).
 * Where the two differ (a user who chose another region format than the system's), the page of the
 * user's locale is used: for Western languages 850 and 437 share the Nordic and German letters but
 * ø/Ø, and output that is valid UTF-8 is never touched.
 */
export function consoleCodePage(): number | null {
  detected ??= { codePage: oemCodePageFor(Intl.DateTimeFormat().resolvedOptions().locale) };
  return detected.codePage;
}

/** True when the bytes are well-formed UTF-8 (and so are read as UTF-8 whatever the code page). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

type Iconv = typeof import('iconv-lite');
let iconv: Promise<Iconv | null> | undefined;

function loadIconv(): Promise<Iconv | null> {
  iconv ??= import('iconv-lite').then(
    (mod) => ((mod as { default?: Iconv }).default ?? mod) as Iconv,
    () => null,
  );
  return iconv;
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * The OEM code pages Node's own TextDecoder reads (WHATWG Encoding labels; Node ships full ICU): the
 * double-byte pages of Chinese, Japanese and Korean, Thai, Vietnamese and Cyrillic 866. The others
 * are read with iconv-lite, whose double-byte tables are left out of the package (scripts/bundle.mjs).
 */
const WHATWG_LABELS: Readonly<Record<number, string>> = {
  866: 'ibm866',
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1258: 'windows-1258',
};

/**
 * A console program's output as text: UTF-8 when the bytes are valid UTF-8, else decoded with the
 * given OEM code page. Without a code page (or one no decoder knows) the bytes are read as UTF-8,
 * with U+FFFD for what is not.
 */
export async function decodeConsoleOutput(bytes: Uint8Array, codePage: number | null): Promise<string> {
  if (codePage === null || codePage === 65001 || isUtf8(bytes)) return utf8(bytes);
  const label = WHATWG_LABELS[codePage];
  if (label !== undefined) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return utf8(bytes); // a Node built without full ICU knows no such label
    }
  }
  const codec = await loadIconv();
  const name = `cp${codePage}`;
  if (!codec?.encodingExists(name)) return utf8(bytes);
  return codec.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/**
 * What the live probe keeps of a command's stdout or stderr. On Windows: decodeConsoleOutput with
 * the console's OEM code page (`codePage`, else the one found by consoleCodePage). Elsewhere UTF-8,
 * as the programs run there are told to write (LC_ALL=C.UTF-8).
 */
export async function commandText(bytes: Uint8Array, platform: string, codePage?: number | null): Promise<string> {
  if (platform !== 'win32') return utf8(bytes);
  return decodeConsoleOutput(bytes, codePage === undefined ? consoleCodePage() : codePage);
}
