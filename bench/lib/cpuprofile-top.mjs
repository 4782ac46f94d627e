#!/usr/bin/env node
// cpuprofile-top.mjs FILE.cpuprofile [N] — self and inclusive time per function of a `node --cpu-prof`
// profile, so a benchmark report can say where the time goes without opening DevTools.
import { readFileSync } from 'node:fs';

const [file, nArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpuprofile-top.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const n = Number(nArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

// Each sample is attributed to the node on top of the stack; timeDeltas[i] is the time before sample i.
const selfUs = new Map();
prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const label = (node) => {
  const f = node.callFrame;
  const url = f.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'nm:').replace(/.*\/dist\//, 'dist/');
  return `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}` : ''}`;
};

const self = new Map();
const incl = new Map();
for (const [id, us] of selfUs) {
  const key = label(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + us);
  // Inclusive: count each distinct function once per stack.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = label(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
// Self time by where the code lives: a package, a directory of dist/, node internals, or the VM.
const area = (key) => {
  const m = key.match(/ nm:((?:@[^/]+\/)?[^/]+)/) ?? key.match(/ (dist\/[^/:]+)/) ?? key.match(/ (node:[^/:]+)/);
  return m ? m[1] : key.startsWith('(') ? key.trim() : 'other';
};
const areas = new Map();
for (const [k, us] of self) areas.set(area(k), (areas.get(area(k)) ?? 0) + us);
const fmt = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`profile: ${(total / 1000).toFixed(0)} ms sampled`);
console.log('\nself time by area:');
for (const [k, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${fmt(us)}  ${k}`);
console.log('\nself time:');
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${fmt(us)}  ${k}`);
console.log('\ninclusive time:');
for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${fmt(us)}  ${k}`);
