/** `--forget`: delete the answers remembered on this computer (src/questions/remembered.ts). */
import { detectLang, inLang, LANGS, type Lang } from '../i18n/index.js';
import { writeStdout } from '../output.js';
import { forgetRemembered, rememberedFile } from '../questions/remembered.js';
import { EXIT } from './options.js';

export async function forgetCommand(lang: unknown): Promise<number> {
  const file = rememberedFile();
  const l: Lang = LANGS.includes(lang as Lang) ? (lang as Lang) : detectLang(process.env);
  const gone = file ? await forgetRemembered(file) : false;
  const text = {
    nb: gone ? `Slettet de lagrede svarene (${file}).` : 'Ingen lagrede svar å slette.',
    nn: gone ? `Sletta dei lagra svara (${file}).` : 'Ingen lagra svar å slette.',
    en: gone ? `Deleted the remembered answers (${file}).` : 'No remembered answers to delete.',
  };
  await writeStdout(`${inLang(text, l)}\n`);
  return EXIT.ready;
}
