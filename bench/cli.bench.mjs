// Whole-run wall time of the built CLI: what a user waits for.
import { ms, timeCli } from './lib.mjs';

export default async function () {
  const version = timeCli(['--version']);
  const full = timeCli(['--json', '--no-questions', '--offline'], 5);
  return [
    `--version                          median ${ms(version.median)} (min ${ms(version.min)}, max ${ms(version.max)}, 7 runs)`,
    `--json --no-questions --offline    median ${ms(full.median)} (min ${ms(full.min)}, max ${ms(full.max)}, 5 runs)`,
    `ratio full run / --version         ${(full.median / version.median).toFixed(2)}`,
  ];
}
