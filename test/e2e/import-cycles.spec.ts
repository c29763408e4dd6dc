import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { stronglyConnected } from '@tongban/flow-model';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = [
  'libs/flow-model/src',
  'libs/flow-engine/src',
  'libs/work-calendar/src',
  'libs/api-contract/src',
  'apps/api/src',
  'apps/web/src',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.(spec|d)\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The module a relative specifier names (`./x`, `./x.js`, `./dir` with an index), or null for a package. */
function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/**
 * Every relative import of a file, type-only ones included: a cycle of types still ties the modules together
 * (each must be read to understand the other), which the lint's import-x/no-cycle does not see.
 */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((ref) => resolved(file, ref.fileName)).filter((target) => target !== null);
}

/** The strongly connected groups of more than one module, or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  return stronglyConnected(graph)
    .filter((group) => group.length > 1 || graph.get(group[0])?.includes(group[0]))
    .map((group) => [...group].sort());
}

describe('import cycles', () => {
  it('no module of the libraries, the API or the web app reaches itself through its imports, types included', () => {
    const graph = new Map<string, string[]>();
    for (const dir of SOURCES) {
      for (const file of sourceFiles(path.join(ROOT, dir))) graph.set(file, importsOf(file));
    }
    expect(graph.size).toBeGreaterThan(300);
    expect(cycles(graph).map((group) => group.map((file) => path.relative(ROOT, file)))).toEqual([]);
  });

  it('sees a cycle of type-only imports (the check is not vacuous)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const { importedFiles } = ts.preProcessFile(
      "import type { A } from './a';\nexport type B = import('./b').B;",
      true,
      true,
    );
    expect(importedFiles.map((ref) => ref.fileName)).toEqual(['./a', './b']);
  });
});
