// `npm run bench`: figures, not assertions. Runs every bench/*.bench.mjs in turn and prints what
// each measures. Each module exports `default async function () => string[]` (lines to print).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  const { default: bench } = await import(pathToFileURL(`${dir}${file}`).href);
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  for (const line of await bench()) console.log(line);
}
