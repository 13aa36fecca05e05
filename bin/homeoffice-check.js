#!/usr/bin/env node
// The launcher: everything else lives in the CLI. In the repository that is the TypeScript build
// (dist/, from `npm run build`); in the published package, which ships no dist/, the bundle in lib/.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli.js', import.meta.url);
const { main } = await import(existsSync(built) ? built.href : new URL('../lib/cli.js', import.meta.url).href);

const code = await main(process.argv.slice(2));
// Output has been flushed by main; exit now so that no lingering socket or timer keeps the process alive.
process.exit(code);
