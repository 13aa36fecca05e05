/**
 * Windows console programs write in the OEM code page of the system's locale; the probe reads their
 * output as UTF-8 when it is valid UTF-8 and in that code page when it is not. The bytes here are
 * real captures (test/fixtures/samples/windows) turned back into what the program wrote: encoded
 * with iconv-lite (straight from node_modules, the full library) to the page the capture's locale
 * uses.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { manageBdeState, parseManageBde } from '../checks/disk-encryption/parse.js';
import { parseNetshFirewall } from '../checks/firewall/parse.js';
import { parseNetshInterfaces } from '../checks/wifi-security/netsh.js';
import { commandText, consoleCodePage, decodeConsoleOutput, isUtf8, oemCodePageFor } from '../src/probe/console-text.js';
import { runCommand } from '../src/probe/live.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

const FRENCH_FIREWALL = 'windows/netsh-advfirewall-show-allprofiles-domain-block__network-tp-notes-fr.txt';
const GERMAN_MANAGE_BDE = 'windows/manage-bde-status__bnachtwey-it-stuff-de-decrypted.txt';
const ZH_ENTERPRISE = 'windows/netsh-wlan-show-interfaces__intel-driver-notes-zh-enterprise.txt';

/** The bytes a program writes in code page `cp`: the text must be fully representable there. */
function written(text: string, cp: number): Buffer {
  const bytes = iconv.encode(text, `cp${cp}`);
  expect(iconv.decode(bytes, `cp${cp}`), `the sample fits code page ${cp}`).toBe(text);
  return bytes;
}

describe('the OEM code page of a locale (Microsoft per-locale data)', () => {
  it.each([
    ['nb-NO', 850],
    ['nn-NO', 850],
    ['no', 850],
    ['en-US', 437],
    ['en-GB', 850],
    ['de-DE', 850],
    ['fr-FR', 850],
    ['pl-PL', 852],
    ['ru-RU', 866],
    ['uk-UA', 866],
    ['sr-Cyrl-RS', 855],
    ['sr-Latn-RS', 852],
    ['tr-TR', 857],
    ['el-GR', 737],
    ['he-IL', 862],
    ['ar-SA', 720],
    ['et-EE', 775],
    ['zh-CN', 936],
    ['zh-Hans-HK', 936],
    ['zh-TW', 950],
    ['zh-Hant-HK', 950],
    ['ja-JP', 932],
    ['ko-KR', 949],
    ['th-TH', 874],
    ['vi-VN', 1258],
  ])('%s → %i', (locale, cp) => {
    expect(oemCodePageFor(locale)).toBe(cp);
  });

  it('a region not listed follows its language; a POSIX name is read too', () => {
    expect(oemCodePageFor('nb-SJ')).toBe(850);
    expect(oemCodePageFor('de-LU')).toBe(850);
    expect(oemCodePageFor('nb_NO.UTF-8')).toBe(850);
    expect(oemCodePageFor('ru_RU')).toBe(866);
  });

  it('none where Windows has none (Unicode-only locales, English for a region with no legacy locale), or the locale is unknown', () => {
    for (const locale of ['kk-KZ', 'hi-IN', 'ka-GE', 'en-DE', 'en-DK', 'tlh', 'x', '', undefined]) expect(oemCodePageFor(locale), String(locale)).toBeNull();
  });

  it('the machine’s page comes from the locale Intl knows, the same on every call', () => {
    expect(consoleCodePage()).toBe(oemCodePageFor(Intl.DateTimeFormat().resolvedOptions().locale));
    expect(consoleCodePage()).toBe(consoleCodePage());
  });
});

describe('decodeConsoleOutput on real captures', () => {
  it('French netsh advfirewall in code page 850: the text comes back whole and the state reads Actif → on', async () => {
    const text = sampleText(FRENCH_FIREWALL);
    const bytes = written(text, 850);
    expect(isUtf8(bytes)).toBe(false);
    // read as UTF-8 the labels were garbled ("Param\uFFFDtres", "\uFFFDtat")
    expect(bytes.toString('utf8')).toContain('Param\uFFFDtres');
    const decoded = await decodeConsoleOutput(bytes, 850);
    expect(decoded).toBe(text);
    expect(decoded).toContain('État');
    expect(parseNetshFirewall(decoded)).toEqual([{ title: 'Paramètres Profil de domaine :', on: true }]);
  });

  it('German manage-bde in code page 850: "Verschlüsselt (Prozent): 0,0 %" and "Keine gefunden" read as before: off, no protector', async () => {
    const text = sampleText(GERMAN_MANAGE_BDE);
    const decoded = await decodeConsoleOutput(written(text, 850), 850);
    expect(decoded).toBe(text);
    expect(decoded).toContain('Verschlüsselt');
    const m = parseManageBde(decoded);
    expect(m).toEqual({ percentEncrypted: 0, protectionOn: null, keyProtectors: 0 });
    expect(manageBdeState(m)).toBe('off');
  });

  it('zh-CN netsh wlan in code page 936 (GBK): "WPA2 - 企业" is read as Enterprise again, where UTF-8 had lost it', async () => {
    const text = sampleText(ZH_ENTERPRISE);
    const bytes = written(text, 936);
    expect(isUtf8(bytes)).toBe(false);
    expect(parseNetshInterfaces(bytes.toString('utf8'))[0]!.security).not.toBe('wpa2-enterprise');
    const decoded = await decodeConsoleOutput(bytes, 936);
    expect(decoded).toBe(text);
    expect(decoded).toContain('WPA2 - 企业');
    expect(parseNetshInterfaces(decoded)[0]).toMatchObject({ connected: true, security: 'wpa2-enterprise' });
  });

  it('every zh-CN netsh capture written in GBK decodes to the capture and parses as the capture does', async () => {
    const files = sampleFiles('windows', 'netsh-wlan-show-interfaces').filter((f) => f.includes('-zh-'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const text = sampleText(f);
      const decoded = await decodeConsoleOutput(written(text, 936), 936);
      expect(decoded, f).toBe(text);
      expect(parseNetshInterfaces(decoded), f).toEqual(parseNetshInterfaces(text));
    }
  });

  it('every German, Spanish and Italian netsh wlan capture written in 850 (Spanish U+00A0 included) decodes and parses as the capture does', async () => {
    for (const lang of ['de', 'es', 'it']) {
      const f = `windows/netsh-wlan-show-interfaces__wifi-heatmapper-${lang}.txt`;
      const text = sampleText(f);
      const decoded = await decodeConsoleOutput(written(text, 850), 850);
      expect(decoded, f).toBe(text);
      expect(parseNetshInterfaces(decoded), f).toEqual(parseNetshInterfaces(text));
    }
  });

  it('the French netsh wlan capture holds U+2019, which 850 has no byte for: it came as UTF-8, and UTF-8 is kept', async () => {
    const text = sampleText('windows/netsh-wlan-show-interfaces__wifi-heatmapper-fr.txt');
    expect(text).toContain('Type d\u2019interface');
    expect(iconv.decode(iconv.encode(text, 'cp850'), 'cp850')).not.toBe(text);
    const decoded = await decodeConsoleOutput(Buffer.from(text, 'utf8'), 850);
    expect(decoded).toBe(text);
    expect(parseNetshInterfaces(decoded)).toEqual(parseNetshInterfaces(text));
  });

  it('the other single-byte pages decode too: Norwegian (850), Cyrillic (866), Central European (852), Greek (737), Turkish (857)', async () => {
    // plain sentences in each language's letters, no program's output
    for (const [text, cp] of [
      ['Blåbærsyltetøy på brødskiva, ÆØÅ', 850],
      ['Съешь же ещё этих мягких французских булок', 866],
      ['Zażółć gęślą jaźń', 852],
      ['Ξεσκεπάζω την ψυχοφθόρα βδελυγμία', 737],
      ['Pijamalı hasta yağız şoföre çabucak güvendi', 857],
    ] as const) {
      expect(await decodeConsoleOutput(written(text, cp), cp)).toBe(text);
    }
  });

  it('valid UTF-8 stays UTF-8 whatever the code page (a program writing UTF-8, a console on 65001), BOM and all', async () => {
    const text = sampleText(ZH_ENTERPRISE);
    const utf8 = Buffer.from(text, 'utf8');
    expect(isUtf8(utf8)).toBe(true);
    expect(await decodeConsoleOutput(utf8, 936)).toBe(text);
    expect(await decodeConsoleOutput(Buffer.from('Status PÅ', 'utf8'), 850)).toBe('Status PÅ');
    expect(await decodeConsoleOutput(Buffer.from('\uFEFFState ON', 'utf8'), 850)).toBe('\uFEFFState ON');
    expect(await decodeConsoleOutput(Buffer.alloc(0), 850)).toBe('');
  });

  it('without a code page (or one no decoder has) the bytes are read as UTF-8, U+FFFD where they are not', async () => {
    const bytes = written('Status PÅ', 850);
    expect(await decodeConsoleOutput(bytes, null)).toBe('Status P\uFFFD');
    expect(await decodeConsoleOutput(bytes, 65001)).toBe('Status P\uFFFD');
    expect(await decodeConsoleOutput(bytes, 12345)).toBe('Status P\uFFFD');
  });
});

describe('the live probe’s hook (commandText, as runCommand calls it)', () => {
  it('win32: the French firewall capture written in 850 is kept as the capture', async () => {
    const text = sampleText(FRENCH_FIREWALL);
    expect(await commandText(written(text, 850), 'win32', 850)).toBe(text);
  });

  it('win32 without a page given: the machine’s own page decides', async () => {
    const bytes = written('Status PÅ', 850);
    expect(await commandText(bytes, 'win32')).toBe(await decodeConsoleOutput(bytes, consoleCodePage()));
  });

  it('Linux and macOS keep reading UTF-8 (their programs are told to write it), whatever the page', async () => {
    const bytes = written('Status PÅ', 850);
    expect(await commandText(bytes, 'linux', 850)).toBe('Status P\uFFFD');
    expect(await commandText(bytes, 'darwin', 850)).toBe('Status P\uFFFD');
    expect(await commandText(Buffer.from('nøkkel', 'utf8'), 'linux', 850)).toBe('nøkkel');
  });

  it('runCommand on this machine: UTF-8 output is kept as it is', async () => {
    const r = await runCommand(process.execPath, ['-e', "process.stdout.write('tilkoblet: på, æøå\\n'); process.stderr.write('企业')"]);
    expect(r).toEqual({ stdout: 'tilkoblet: på, æøå\n', stderr: '企业', code: 0 });
  });
});
