#!/usr/bin/env node
/**
 * Sizes of the built dashboard (client/dist) and the weight budget the build enforces:
 * the JavaScript a first visit loads (the entry chunk and everything it imports statically)
 * and, for every lazily loaded chunk, what loading it adds (the chunk and its static imports
 * that are not loaded yet), raw, gzip (level 9) and brotli (quality 11, as the hub sends it).
 *
 *   node scripts/bundle-report.mjs            prints a Markdown table for the README
 *   node scripts/bundle-report.mjs --budget   also fails (exit 1) when a budget is exceeded
 *
 * Budget, compressed as the hub sends it (brotli, which every current browser accepts; the
 * gzip figures are printed for older clients): initial JavaScript ≤ 100 kB, any lazily
 * loaded chunk together with the imports it adds ≤ 150 kB.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const INITIAL_BUDGET = 100 * 1024;
export const ROUTE_BUDGET = 150 * 1024;

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html');

const read = (file) => fs.readFileSync(path.join(dist, file));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const buf = read(file);
    sizes.set(file, {
      raw: buf.length,
      gz: zlib.gzipSync(buf, { level: 9 }).length,
      br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

/** Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
function staticImports(file) {
  const code = read(file).toString();
  const out = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) out.add(path.posix.join(path.posix.dirname(file), m[1]));
  for (const m of code.matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) out.add(path.posix.join(path.posix.dirname(file), m[1]));
  return out;
}

function closure(start, exclude = new Set()) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const dep of staticImports(queue.pop())) {
      if (!seen.has(dep) && !exclude.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return seen;
}

const sum = (files) => [...files].reduce((s, f) => ({ raw: s.raw + size(f).raw, gz: s.gz + size(f).gz, br: s.br + size(f).br }), { raw: 0, gz: 0, br: 0 });
const compressed = (s) => s.br;

const initial = closure(entry);
const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
const rows = assets
  .map((f) => ({ file: f, ...size(f), initial: initial.has(f) || (f.endsWith('.css') && html.includes(f)) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gz - a.gz);

const initialTotal = sum(initial);
console.log(`Initial JavaScript: ${kb(initialTotal.raw)} raw, ${kb(initialTotal.gz)} gzip, ${kb(initialTotal.br)} brotli (${initial.size} file${initial.size === 1 ? '' : 's'})\n`);
console.log('| File | Loaded | Raw | Gzip | Brotli | With its imports (brotli) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
const failures = [];
if (compressed(initialTotal) > INITIAL_BUDGET) failures.push(`initial JavaScript ${kb(compressed(initialTotal))} > ${kb(INITIAL_BUDGET)}`);
for (const r of rows) {
  let route = '';
  if (!r.initial && r.file.endsWith('.js')) {
    const total = sum(closure(r.file, initial));
    route = kb(total.br);
    if (compressed(total) > ROUTE_BUDGET) failures.push(`${r.file} with its imports ${kb(compressed(total))} > ${kb(ROUTE_BUDGET)}`);
  }
  console.log(`| ${r.file.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} | ${r.initial ? 'initial' : 'on demand'} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} | ${route} |`);
}
if (process.argv.includes('--budget')) {
  if (failures.length) {
    console.error(`\nOver the weight budget (initial ≤ ${kb(INITIAL_BUDGET)}, route ≤ ${kb(ROUTE_BUDGET)} brotli):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`\nWithin the weight budget: initial ≤ ${kb(INITIAL_BUDGET)}, every route ≤ ${kb(ROUTE_BUDGET)} brotli.`);
}
