/**
 * The rooms of the house keep to what they may import (DESIGN.md): only the probe touches the
 * machine and the network, only the user's own files are read outside it, only the TUI imports
 * Ink and React, and a check imports nothing of the CLI, the report or the TUI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Every module a file imports, statically or with import(), as written. */
export function importsOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*'([^']+)'/g)) found.add(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g)) found.add(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'/g)) found.add(m[1]!);
  return [...found];
}

const FILES = [...sources('src'), ...sources('checks')];
const imports = new Map(FILES.map((f) => [f, importsOf(readFileSync(join(ROOT, f), 'utf8'))]));

/** The files outside `allowed` that import a module matching `module`. */
function offenders(module: RegExp, allowed: (file: string) => boolean): string[] {
  return FILES.filter((f) => !allowed(f) && imports.get(f)!.some((m) => module.test(m)));
}

describe('what each room may import', () => {
  it('finds static, re-exported and dynamic imports, type-only ones too', () => {
    const text =
      "import { a } from 'node:fs';\nimport type { B } from 'undici';\nexport { c } from './c.js';\nimport 'side-effect';\nconst m = await import('node-wifi');";
    expect(importsOf(text).sort()).toEqual(['./c.js', 'node-wifi', 'node:fs', 'side-effect', 'undici']);
    expect(FILES.length).toBeGreaterThan(50);
  });

  it('only the probe runs programs, opens sockets, resolves names, or calls the system libraries', () => {
    const machine = /^(node:)?(child_process|dgram|net|http|https|http2|dns|dns\/promises|os|tls)$|^(node-wifi|undici)$/;
    // the collector (serve) is a server of its own: it listens, and talks to its database
    expect(offenders(machine, (f) => f.startsWith('src/probe/') || f.startsWith('src/serve/'))).toEqual([]);
    expect(offenders(/^pg$/, (f) => f === 'src/serve/postgres.ts')).toEqual([]);
  });

  it('nothing imports systeminformation (its networkInterfaces() runs programs with execSync and starts a PowerShell of its own)', () => {
    expect(offenders(/^systeminformation(\/|$)/, () => false)).toEqual([]);
  });

  it('outside the probe, files are read and written only for the user: the answers, the policy, the report, the summary, the remembered answers', () => {
    const files = /^(node:)?fs(\/promises)?$/;
    const userFiles = new Set(['src/cli.ts', 'src/input.ts', 'src/output.ts', 'src/summarize.ts', 'src/questions/remembered.ts']);
    expect(offenders(files, (f) => f.startsWith('src/probe/') || f.startsWith('src/serve/') || userFiles.has(f))).toEqual([]);
  });

  it('only the TUI imports Ink and React; only the questionnaire imports enquirer and readline', () => {
    expect(offenders(/^(ink|ink-[a-z-]+|react|react\/.*)$/, (f) => f.startsWith('src/tui/'))).toEqual([]);
    expect(offenders(/^(enquirer|(node:)?readline)$/, (f) => f.startsWith('src/questions/'))).toEqual([]);
  });

  it('a check imports only its own folder, checks/lib, the check contract, the messages, the policy and the probe; never another check', () => {
    const allowedFromSrc = /^src\/(check|policy)\.js$|^src\/i18n\/|^src\/probe\//;
    const bad: string[] = [];
    for (const file of FILES.filter((f) => f.startsWith('checks/') && f !== 'checks/index.ts')) {
      const own = file.split('/').slice(0, 2).join('/');
      for (const m of imports.get(file)!.filter((x) => x.startsWith('.'))) {
        const target = join(file, '..', m).split('\\').join('/');
        if (target.startsWith(`${own}/`) || target.startsWith('checks/lib/')) continue;
        if (target.startsWith('checks/')) bad.push(`${file} → ${target} (another check)`);
        else if (!allowedFromSrc.test(target)) bad.push(`${file} → ${target}`);
      }
    }
    // shared helpers serve every check and know none of them
    for (const file of FILES.filter((f) => f.startsWith('checks/lib/'))) {
      for (const m of imports.get(file)!.filter((x) => x.startsWith('.'))) {
        const target = join(file, '..', m).split('\\').join('/');
        if (target.startsWith('checks/') && !target.startsWith('checks/lib/')) bad.push(`${file} → ${target} (checks/lib must not know a check)`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the CLI is a thin argv layer: src/cli.ts under 150 lines, the commands in src/commands/', () => {
    expect(readFileSync(join(ROOT, 'src/cli.ts'), 'utf8').split('\n').length).toBeLessThan(150);
    expect(FILES.filter((f) => f.startsWith('src/commands/')).sort()).toEqual(
      expect.arrayContaining(['src/commands/options.ts', 'src/commands/run.ts', 'src/commands/schema.ts', 'src/commands/summarize.ts']),
    );
  });

  it('views only show: the TUI never starts the engine', () => {
    const engine = offenders(/(^|\/)run\.js$/, (f) => !f.startsWith('src/tui/'));
    const tuiStarts = FILES.filter((f) => f.startsWith('src/tui/')).filter((f) => /runAssessment\s*\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(tuiStarts).toEqual([]);
    expect(engine.length).toBeGreaterThan(0);
  });
});
