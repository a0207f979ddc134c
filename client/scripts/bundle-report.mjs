#!/usr/bin/env node
/**
 * Sizes of the built dashboard (client/dist): the JavaScript a first visit loads (the entry
 * chunk and everything it imports statically) and every lazily loaded chunk, raw and gzip.
 * Run after `npm run build -w client`; prints a Markdown table for the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html');

const read = (file) => fs.readFileSync(path.join(dist, file));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
function staticImports(file) {
  const code = read(file).toString();
  const out = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) out.add(path.posix.join(path.posix.dirname(file), m[1]));
  for (const m of code.matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) out.add(path.posix.join(path.posix.dirname(file), m[1]));
  return out;
}

const initial = new Set([entry]);
const queue = [entry];
while (queue.length) {
  for (const dep of staticImports(queue.pop())) {
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}

const assets = fs.readdirSync(path.join(dist, 'assets')).map((f) => `assets/${f}`);
const rows = assets
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => ({ file: f, raw: read(f).length, gz: gzip(read(f)), initial: initial.has(f) || (f.endsWith('.css') && html.includes(f)) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gz - a.gz);

const initialJs = rows.filter((r) => r.initial && r.file.endsWith('.js'));
const totalGz = initialJs.reduce((s, r) => s + r.gz, 0);
const totalRaw = initialJs.reduce((s, r) => s + r.raw, 0);
console.log(`Initial JavaScript: ${kb(totalRaw)} raw, ${kb(totalGz)} gzip (${initialJs.length} file${initialJs.length === 1 ? '' : 's'})\n`);
console.log('| File | Loaded | Raw | Gzip |');
console.log('| --- | --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} | ${r.initial ? 'initial' : 'on demand'} | ${kb(r.raw)} | ${kb(r.gz)} |`);
if (totalGz > 300 * 1024) {
  console.error(`\nThe initial JavaScript is over the 300 kB gzip budget.`);
  process.exitCode = 1;
}
