import { defineConfig } from 'vitest/config';

/**
 * Two groups. `fast`: parsers, evaluate tables, checks replayed in process, the engine, the views
 * rendered in memory. `slow`: what must run for real (the built CLI end to end, a real terminal in
 * tmux, a real browser, strace, shaped network lines, the packed package). `npm test` runs both;
 * `npx vitest run --project fast` is the quick loop while working.
 */
const SLOW = [
  'test/cli.test.ts',
  'test/tui-terminal.test.ts',
  'test/tui-fix.test.ts',
  'test/summary-browser.test.ts',
  'test/contacts.test.ts',
  'test/network-cli.test.ts',
  'test/network-measure.test.ts',
  'test/network-lab.test.ts',
  'test/package.test.ts',
  'test/upload.test.ts',
  'test/dist.test.ts',
  'test/remembered.test.ts',
  'test/*.e2e.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // the machines are small and shared: a few files at a time
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
