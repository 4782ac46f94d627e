#!/usr/bin/env node
// Scores Lockstep, squawk and pgfence on the labelled evaluation migrations, per statement:
// dangerous statements flagged (recall) and safe statements flagged (false alarms).
//   npm run build && node bench/lint/eval/score.mjs      (from the repository root; no database needed)
// A statement counts as flagged by a tool when the tool reports a warning or an error on it (pgfence: a check
// of risk MEDIUM or higher, or a policy violation that names the statement). Prints the figures and rewrites the
// generated part of bench/lint/eval/RESULTS-eval.md (between the score.mjs markers; the text above is by hand).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationFiles, normalise, statementsOf } from './statements.mjs';
import { lockstep, pgfence, squawk } from './tools.mjs';
import { renderMarkdown } from './render.mjs';

const here = import.meta.dirname;
const statements = loadLabelledStatements();
const tools = [lockstep(), squawk(), pgfence()];
for (const tool of tools) attribute(tool);

/** Rules that fire on almost every statement taking a lock, whatever its hazard: timeouts and idempotency. */
const HYGIENE = /^(require-(lock|statement)-timeout|require-timeout-settings|prefer-robust-|non-idempotent-without-transaction|missing-)/;
const views = [
  { title: 'All warning and error findings', keep: () => true },
  { title: 'Without the timeout and idempotency rules', keep: (rule) => !HYGIENE.test(rule) },
];
const results = views.map((view) => ({ ...view, scores: tools.map((tool) => score(tool, view.keep)) }));

printConsole(results);
const resultsPath = join(here, 'RESULTS-eval.md');
const previous = readFileSync(resultsPath, 'utf8');
const [head] = previous.split('<!-- score.mjs:begin -->');
writeFileSync(resultsPath, `${head}<!-- score.mjs:begin -->\n${renderMarkdown({ statements, tools, results, hygiene: HYGIENE.source })}<!-- score.mjs:end -->\n`);
console.log(`\nwrote ${resultsPath}`);

/** Every statement of every file with its label; refuses to score if the labels and the files disagree. */
function loadLabelledStatements() {
  const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
  const byKey = new Map(labels.map((l) => [`${l.file}:${l.line}`, l]));
  const problems = [];
  const out = [];
  for (const file of migrationFiles()) {
    for (const st of statementsOf(file)) {
      const key = `${file}:${st.startLine}`;
      const label = byKey.get(key);
      if (!label) problems.push(`${key}: statement without a label (${normalise(st.text).slice(0, 60)})`);
      else out.push({ key, file, ...st, label, flags: new Map(), infos: new Map() });
      byKey.delete(key);
    }
  }
  for (const key of byKey.keys()) problems.push(`${key}: label without a statement starting on that line`);
  if (problems.length) throw new Error(`labels.json does not match the migrations:\n${problems.join('\n')}`);
  return out;
}

/** Attach each finding to its statement (by line range, or by statement text for pgfence). */
function attribute(tool) {
  tool.unmapped = [];
  for (const f of tool.findings) {
    const inFile = statements.filter((s) => s.file === f.file);
    const st = f.line !== undefined
      ? inFile.find((s) => s.startLine <= f.line && f.line <= s.endLine)
      : inFile.find((s) => normalise(f.text).endsWith(normalise(s.text)));
    if (!st) {
      tool.unmapped.push(f);
      continue;
    }
    const into = f.flag ? st.flags : st.infos;
    if (!into.has(tool.name)) into.set(tool.name, new Set());
    into.get(tool.name).add(f.rule);
  }
}

function score(tool, keep) {
  const rulesOf = (st, which) => [...(st[which].get(tool.name) ?? [])].filter(keep);
  const flagged = (st) => rulesOf(st, 'flags').length > 0;
  const dangerous = statements.filter((s) => s.label.dangerous);
  const safe = statements.filter((s) => !s.label.dangerous);
  const infoOnly = (list) => list.filter((s) => !flagged(s) && rulesOf(s, 'infos').length > 0).length;
  return {
    tool: tool.name,
    found: dangerous.filter(flagged).length,
    dangerous: dangerous.length,
    falseAlarms: safe.filter(flagged).map((s) => ({ st: s, rules: rulesOf(s, 'flags') })),
    safe: safe.length,
    missed: dangerous.filter((s) => !flagged(s)).map((s) => ({ st: s, infos: rulesOf(s, 'infos') })),
    unmapped: tool.unmapped.filter((f) => f.flag && keep(f.rule)).length,
    infoOnlyDangerous: infoOnly(dangerous),
    infoOnlySafe: infoOnly(safe),
  };
}

function printConsole(all) {
  const pct = (a, b) => `${((100 * a) / b).toFixed(0)}%`;
  for (const { title, scores } of all) {
    console.log(`\n${title}`);
    console.log('tool       dangerous found   safe flagged   findings off-statement');
    for (const s of scores) {
      const found = `${s.found}/${s.dangerous} (${pct(s.found, s.dangerous)})`;
      const fa = `${s.falseAlarms.length}/${s.safe} (${pct(s.falseAlarms.length, s.safe)})`;
      console.log(`${s.tool.padEnd(10)} ${found.padEnd(17)} ${fa.padEnd(14)} ${s.unmapped}`);
    }
  }
  for (const s of all[0].scores) {
    console.log(`\n${s.tool}: missed ${s.missed.length}`);
    for (const m of s.missed) console.log(`  ${m.st.key}  ${normalise(m.st.text).slice(0, 70)}${m.infos.length ? `  [info: ${m.infos.join(', ')}]` : ''}`);
    console.log(`${s.tool}: false alarms ${s.falseAlarms.length}`);
    for (const f of s.falseAlarms) console.log(`  ${f.st.key}  ${normalise(f.st.text).slice(0, 70)}  [${f.rules.join(', ')}]`);
  }
}
