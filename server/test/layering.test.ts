/**
 * The server's layering, read from its import statements (type-only imports included, as they
 * tie the files together just as much for a reader): common/ imports no module, and no file
 * imports itself through others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The files of server/src that `file` imports (relative specifiers only), by path from server/src. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  // `import ... from '.'`, `export ... from '.'`, `import '.'`, `import('.')`; `declare module` is no import.
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.[^']*)'/g)) {
    const target = path.resolve(path.dirname(file), m[1]);
    for (const candidate of [`${target}.ts`, path.join(target, 'index.ts')]) {
      if (fs.existsSync(candidate)) {
        out.push(path.relative(SRC, candidate));
        break;
      }
    }
  }
  return out;
}

const graph = new Map(sourceFiles(SRC).map((f) => [path.relative(SRC, f), importsOf(f)]));

describe('server layering', () => {
  it('reads a graph of the whole server', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('common/mutation.ts')).toContain('common/context.ts');
  });

  it('common/ imports no module', () => {
    const offending = [...graph].flatMap(([file, imports]) =>
      file.startsWith('common/') ? imports.filter((i) => i.startsWith('modules/')).map((i) => `${file} -> ${i}`) : [],
    );
    expect(offending).toEqual([]);
  });

  it('has no import circle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
