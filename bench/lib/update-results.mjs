#!/usr/bin/env node
// update-results.mjs RESULTS.md NAME < section — replaces the block between
// <!-- bench:NAME:start --> and <!-- bench:NAME:end --> (or appends it), keeping every other section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: update-results.mjs RESULTS.md NAME < section.md');
  process.exit(2);
}
const body = readFileSync(0, 'utf8').trimEnd();
const start = `<!-- bench:${name}:start -->`;
const end = `<!-- bench:${name}:end -->`;
const block = `${start}\n${body}\n${end}`;
const header = '# Benchmark results\n\nWritten by the benchmark scripts in bench/ (`npm run bench:<name>`); each section is replaced by the next run of its script.\n';
const text = existsSync(file) ? readFileSync(file, 'utf8') : header;
const from = text.indexOf(start);
const to = text.indexOf(end);
const next = from >= 0 && to > from
  ? text.slice(0, from) + block + text.slice(to + end.length)
  : `${text.trimEnd()}\n\n${block}\n`;
writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
