#!/usr/bin/env node
// The launcher: everything else lives in the built CLI.
import { main } from '../dist/src/cli.js';

const code = await main(process.argv.slice(2));
// Output has been flushed by main; exit now so that no lingering socket or timer keeps the process alive.
process.exit(code);
