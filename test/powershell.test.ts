/**
 * The PowerShell the checks run on Windows: every script parses (the tree-sitter PowerShell
 * grammar), keeps to what Constrained Language Mode allows, and a live run starts PowerShell once,
 * with PowerShell 7's module path removed, whatever the number of checks asking.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { combinedScript, splitCombined } from '../src/probe/powershell.js';
import { LiveProbe } from '../src/probe/live.js';
import { assessWith } from './helpers/check-tester.js';
import { ROOT } from './helpers/cli.js';

/** Every exported `..._SCRIPT` string of every check folder. */
async function checkScripts(): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (const dir of readdirSync(join(ROOT, 'checks'))) {
    if (dir === 'lib' || dir.endsWith('.ts')) continue;
    for (const file of readdirSync(join(ROOT, 'checks', dir)).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(join(ROOT, 'checks', dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (/SCRIPT$/.test(name) && typeof value === 'string') found.push([`${dir}/${file}:${name}`, value]);
    }
  }
  return found;
}

/** Types Windows PowerShell 5.1 allows in Constrained Language Mode (about_Language_Modes, 5.1), in lower case. */
const CLM_TYPES = new Set(
  (
    'adsi adsisearcher alias array bigint bool byte char cimclass cimconverter ciminstance cimsession cimtype cultureinfo datetime decimal double float guid hashtable ' +
    'globalization.cultureinfo system.globalization.cultureinfo int int16 int32 int64 ipaddress long mailaddress nullstring object[] ordered psobject pscustomobject pscredential ref regex sbyte securestring short single string switch ' +
    'timespan uint uint16 uint32 uint64 ulong uri ushort version void wildcardpattern wmi wmiclass wmisearcher xml'
  ).split(' '),
);
/** Methods on strings and arrays (allowed types) the scripts may call. */
const INSTANCE_METHODS = new Set([
  'tostring',
  'tochararray',
  'split',
  'trim',
  'trimend',
  'trimstart',
  'replace',
  'startswith',
  'endswith',
  'contains',
  'tolower',
  'toupper',
  'substring',
  'indexof',
  'touniversaltime',
  'tolocaltime',
  'adddays',
]);

let parser: Parser;
beforeAll(async () => {
  await Parser.init();
  const language = await Language.load(join(ROOT, 'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
});

function nodes(root: Node): Node[] {
  const all: Node[] = [];
  const visit = (n: Node) => {
    all.push(n);
    for (const child of n.children) if (child) visit(child);
  };
  visit(root);
  return all;
}

/**
 * Syntax errors: ERROR nodes, and missing tokens other than the blank the grammar expects inside a
 * bare-word list argument (`-Class Camera,Image`), which PowerShell itself accepts.
 */
function syntaxErrors(script: string): string[] {
  const tree = parser.parse(script)!;
  return nodes(tree.rootNode)
    .filter((n) => n.type === 'ERROR' || (n.isMissing && n.type.trim() !== ''))
    .map((n) => `${n.type} at ${n.startIndex}: ${n.text.slice(0, 40)}`);
}

/** What Constrained Language Mode would refuse: types outside its list, COM objects, Add-Type, instance methods beyond the plain ones. */
function clmViolations(script: string): string[] {
  const tree = parser.parse(script)!;
  const bad: string[] = [];
  for (const n of nodes(tree.rootNode)) {
    if (n.type === 'type_literal') {
      const name = n.text
        .replace(/^\[|\]$/g, '')
        .trim()
        .toLowerCase();
      if (!CLM_TYPES.has(name)) bad.push(`type ${n.text}`);
    }
    if (n.type === 'command') {
      const name = n.children.find((c) => c?.type === 'command_name')?.text.toLowerCase();
      if (name === 'add-type') bad.push('Add-Type');
      if (name === 'new-object' && /-comobject/i.test(n.text) && !/Scripting\.Dictionary|Scripting\.FileSystemObject|VBScript\.RegExp/i.test(n.text))
        bad.push(`COM ${n.text}`);
    }
    if (n.type === 'invokation_expression') {
      const target = n.children[0];
      const method = n.children.find((c) => c?.type === 'member_name')?.text.toLowerCase() ?? '';
      if (target?.type !== 'type_literal' && !INSTANCE_METHODS.has(method)) bad.push(`method .${method}()`);
    }
  }
  return bad;
}

describe('PowerShell scripts', () => {
  it('the checks have scripts, and the parser and the CLM rules catch what they should', async () => {
    expect((await checkScripts()).length).toBeGreaterThanOrEqual(5);
    expect(syntaxErrors("$a = (Get-Item 'x'")).not.toEqual([]);
    expect(clmViolations('[Console]::OutputEncoding=[Text.Encoding]::UTF8')).toEqual(['type [Console]', 'type [Text.Encoding]']);
    expect(clmViolations("$s=New-Object -ComObject Shell.Application; Add-Type -TypeDefinition 'x'; $x.Foo()")).toEqual([
      'COM New-Object -ComObject Shell.Application',
      'Add-Type',
      'method .foo()',
    ]);
    expect(clmViolations("[pscustomobject]@{a=[int]'3'; b=$s.ToCharArray()} | ConvertTo-Json -Compress")).toEqual([]);
  });

  it('every script parses, alone and combined into one start', async () => {
    const scripts = await checkScripts();
    for (const [name, script] of scripts) expect(syntaxErrors(script), name).toEqual([]);
    expect(syntaxErrors(combinedScript(scripts.map(([, s]) => s)))).toEqual([]);
  });

  it('the combined script keeps to Constrained Language Mode (each check script is listed with what CLM refuses)', async () => {
    expect(clmViolations(combinedScript(['Get-Date | ConvertTo-Json -Compress']))).toEqual([]);
    const scripts = await checkScripts();
    const report = scripts.map(([name, script]) => [name, clmViolations(script)] as const).filter(([, v]) => v.length > 0);
    // a check whose script CLM refuses must say `constrained-language` when it runs there: known and listed here
    const ALLOWED_UNDER_CLM_UNKNOWN: Record<string, RegExp> = { 'disk-encryption': /Shell\.Application|method/ };
    for (const [name, violations] of report) {
      const dir = name.split('/')[0]!;
      expect(
        ALLOWED_UNDER_CLM_UNKNOWN[dir] && violations.every((v) => ALLOWED_UNDER_CLM_UNKNOWN[dir]!.test(v)),
        `${name}: ${violations.join(', ')}`,
      ).toBeTruthy();
    }
  });
});

/** The checks, each declaring the scripts of its own folder (as every check that runs PowerShell must). */
async function declared() {
  const scripts = await checkScripts();
  return checks.map((c) => ({ ...c, windowsScripts: c.windowsScripts ?? scripts.filter(([name]) => name.startsWith(`${c.id}/`)).map(([, s]) => s) }));
}

describe('one start per run', () => {
  it('every check that runs PowerShell declares its scripts, so the engine starts them together', async () => {
    const undeclared: string[] = [];
    for (const [name, script] of await checkScripts()) {
      const check = checks.find((c) => name.startsWith(`${c.id}/`));
      if (!check?.windowsScripts?.includes(script)) undeclared.push(name);
    }
    expect(undeclared).toEqual([]);
  });

  it('splits the combined answer per section: text, escapes, errors, a failed start', () => {
    const out = JSON.stringify({ mode: 'FullLanguage', s0: '{"name":"Kamera \\u00c5"}', e1: 'Access is denied.' });
    const [a, b] = splitCombined({ stdout: out, stderr: '', code: 0 }, 2);
    expect(JSON.parse(a!.stdout)).toEqual({ name: 'Kamera Å' });
    expect(b).toMatchObject({ code: 1, stderr: 'Access is denied.', languageMode: 'FullLanguage' });
    expect(splitCombined({ stdout: '', stderr: '', code: null, failure: 'timeout' }, 2).map((r) => r.failure)).toEqual(['timeout', 'timeout']);
    expect(splitCombined({ stdout: 'garbage', stderr: '', code: 0 }, 1)[0]!.failure).toBe('failed');
  });

  it('a live Windows run starts PowerShell once, without PSModulePath; a locked-down PowerShell gives constrained-language', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'hoc-ps-'));
    const log = join(bin, 'starts.log');
    // a stand-in for powershell.exe: logs each start and whether PSModulePath reached it, answers as a
    // PowerShell in Constrained Language Mode whose every section failed
    writeFileSync(
      join(bin, 'powershell.exe'),
      `#!/bin/sh\necho "start PSModulePath=\${PSModulePath:-unset}" >> ${log}\nprintf '{"mode":"ConstrainedLanguage"'\ni=0; while [ $i -lt 40 ]; do printf ',"e%d":"Cannot invoke method. Method invocation is supported only on core types in this language mode."' $i; i=$((i+1)); done\nprintf '}\\n'\n`,
    );
    chmodSync(join(bin, 'powershell.exe'), 0o755);
    const saved = { PATH: process.env.PATH, PSModulePath: process.env.PSModulePath };
    process.env.PATH = `${bin}:${process.env.PATH}`;
    process.env.PSModulePath = 'C:\\Program Files\\PowerShell\\7\\Modules';
    try {
      const report = await assessWith(new LiveProbe({ platform: { os: 'win32', release: '10.0.22631', arch: 'x64' } }), await declared());
      const starts = readFileSync(log, 'utf8').trim().split('\n');
      expect(starts).toEqual(['start PSModulePath=unset']);
      const viaPowershell = report.checks.filter((c) => c.reason?.code === 'constrained-language').map((c) => c.id);
      expect(viaPowershell.length).toBeGreaterThanOrEqual(3);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.PSModulePath === undefined) delete process.env.PSModulePath;
      else process.env.PSModulePath = saved.PSModulePath;
    }
  });
});
