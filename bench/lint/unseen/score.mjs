#!/usr/bin/env node
// Scores Lockstep and squawk on the unseen-style labelled set (cases.mjs), as the issue scores them: no database,
// each file linted as psql -f / golang-migrate run it (Lockstep: --execution autocommit; squawk without
// --assume-in-transaction), for PostgreSQL 15, 10 and 14.2. A case is flagged when a tool reports a warning or an
// error in its file (each file holds one scored statement, after the setup statements of its migration, if any).
//   npm run build && (cd bench && npm ci) && node bench/lint/unseen/score.mjs
// Writes migrations/ and labels.json from cases.mjs, prints the figures and rewrites the generated section of
// bench/lint/RESULTS-lint.md. The labels are checked on PostgreSQL by facts.mjs (run it first: it exits 1 on any
// disagreement).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { basename, join } from 'node:path';
import { CASES, labelOf } from './cases.mjs';

const here = import.meta.dirname;
const root = join(here, '../../..');
const dir = join(here, 'migrations');
const rel = (p) => p.replace(`${root}/`, '');
function pct(a, b) {
  return `${((100 * a) / b).toFixed(1)}%`;
}

function sqlOf(file) {
  return CASES.find((c) => `${c.id}.sql` === file)?.sql.replace(/\s+/g, ' ').slice(0, 90) ?? '';
}

const VERSIONS = [['15', '15.0'], ['10', '10.0'], ['14.2', '14.2']];
/** The batches of the set, by case number (README.md tells who wrote each, and whether it was scored before). */
const BATCHES = [
  { name: '1-2 (0001-0510)', has: (n) => n <= 510 },
  { name: '3 (0511-0776, written unseen)', has: (n) => n >= 511 && n <= 776 },
  { name: '4-6 (0777-0845, after the fixes)', has: (n) => n >= 777 && n <= 845 },
  { name: '7 (0846-1044, written blind)', has: (n) => n >= 846 && n <= 1044 },
  { name: '8 (1045-1249, written blind)', has: (n) => n >= 1045 && n <= 1249 },
  { name: '9 (1250-1456, written blind)', has: (n) => n >= 1250 && n <= 1456 },
  { name: '10 (1457-1656, written blind)', has: (n) => n >= 1457 && n <= 1656 },
  { name: '11 (1657-1875, written blind)', has: (n) => n >= 1657 && n <= 1875 },
  { name: '12 (1876-2098, minimal pairs, written blind)', has: (n) => n >= 1876 && n <= 2098 },
  { name: '13 (2099-2320, one statement each, written blind)', has: (n) => n >= 2099 && n <= 2320 },
  { name: '14 (2321-2526, one statement each, written blind)', has: (n) => n >= 2321 && n <= 2526 },
  { name: '15 (2527-2732, hazards spelled many ways, written blind)', has: (n) => n >= 2527 && n <= 2732 },
  { name: '16 (2733-2937, beyond ALTER TABLE, written blind)', has: (n) => n >= 2733 && n <= 2937 },
  { name: '17 (2938-3136, a reviewer\'s set, written blind)', has: (n) => n >= 2938 && n <= 3136 },
  { name: '18 (3137-3341, safe-heavy, written blind)', has: (n) => n >= 3137 && n <= 3341 },
  { name: '19 (3342-3546, ORMs and generators, written blind)', has: (n) => n >= 3342 && n <= 3546 },
  { name: '20 (3547-3750, zero-downtime changes, written blind)', has: (n) => n >= 3547 && n <= 3750 },
  { name: '21 (3751-3964, a reviewer\'s set again, written blind)', has: (n) => n >= 3751 },
];

writeSet();
const rows = VERSIONS.map(([version, squawkVersion]) => {
  const labels = new Map(CASES.map((c) => [`${c.id}.sql`, labelOf(c, Number(version))]));
  return { version, tools: [lockstep(version), squawk(squawkVersion)].map((t) => ({ ...t, score: score(t.flagged, labels) })), labels };
});
const text = render(rows);
console.log(text);
const results = join(root, 'bench/lint/RESULTS-lint.md');
const previous = readFileSync(results, 'utf8');
const begin = '<!-- unseen:begin -->';
const end = '<!-- unseen:end -->';
const section = `${begin}\n${text}${end}`;
writeFileSync(results, previous.includes(begin) ? previous.replace(new RegExp(`${begin}[\\s\\S]*${end}`), section) : `${previous.trimEnd()}\n\n${section}\n`);
console.log(`wrote ${rel(results)}`);

function writeSet() {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir);
  // A statement ends with ';', unless its last line is a comment (a dbmate or goose marker), which the ';' would join.
  const end = (sql) => (/--[^\n]*$/.test(sql.trimEnd()) ? `${sql}\n` : `${sql};\n`);
  for (const c of CASES) writeFileSync(join(dir, `${c.id}.sql`), [...(c.setup ?? []), c.sql].map(end).join(''));
  writeFileSync(join(here, 'labels.json'), `[\n${CASES.map((c) => JSON.stringify({ file: `${c.id}.sql`, dangerous: labelOf(c), facts: c.facts, ...(c.hazard ? { hazard: c.hazard } : {}), ...(c.pg ? { otherVersions: c.pg } : {}), sql: c.sql.replace(/\s+/g, ' ').slice(0, 100) })).join(',\n')}\n]\n`);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** file → rules of its warning and error findings. */
function lockstep(version) {
  const args = ['dist/cli/main.js', 'lint', rel(dir), '--execution', 'autocommit', '--format', 'json', '--pg-version', version, '--fail-on', 'none'];
  const flagged = new Map();
  for (const f of JSON.parse(run('node', args))) {
    if (f.severity === 'info') continue;
    const file = basename(f.file);
    flagged.set(file, [...(flagged.get(file) ?? []), f.rule]);
  }
  return { name: 'lockstep', command: `node ${args.join(' ')}`, flagged };
}

function squawk(version) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const args = ['--reporter', 'json', '--pg-version', version, ...files.map((f) => rel(join(dir, f)))];
  const flagged = new Map();
  for (const f of JSON.parse(run(join(root, 'bench/node_modules/.bin/squawk'), args) || '[]')) {
    if (!/warning|error/i.test(f.level)) continue;
    const file = basename(f.file);
    flagged.set(file, [...(flagged.get(file) ?? []), f.rule_name]);
  }
  return { name: 'squawk', command: `bench/node_modules/.bin/squawk --reporter json --pg-version ${version} <${files.length} files>`, flagged };
}

function score(flagged, labels) {
  const dangerous = [...labels].filter(([, d]) => d).map(([f]) => f);
  const safe = [...labels].filter(([, d]) => !d).map(([f]) => f);
  const found = dangerous.filter((f) => flagged.has(f));
  const alarms = safe.filter((f) => flagged.has(f));
  return { dangerous: dangerous.length, safe: safe.length, found: found.length, alarms: alarms.length, missed: dangerous.filter((f) => !flagged.has(f)), falseAlarms: alarms };
}


function render(rs) {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const squawkVersion = run(join(root, 'bench/node_modules/.bin/squawk'), ['--version']).trim();
  const lines = [
    '## The unseen-style labelled set (bench/lint/unseen)',
    '',
    `Generated by \`node bench/lint/unseen/score.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; dist built from ${head} (plus any uncommitted src/); ${squawkVersion}; Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`,
    `Set: ${CASES.length} cases (one scored statement each), labels checked on PostgreSQL 15 by \`node bench/lint/unseen/facts.mjs\` (how they are made: bench/lint/unseen/README.md). No database: static lint, each file run as psql -f runs it.`,
    '',
    '| target | tool | dangerous found (recall) | safe flagged (false alarms) |',
    '| --- | --- | ---: | ---: |',
  ];
  for (const r of rs) for (const t of r.tools) lines.push(`| PostgreSQL ${r.version} | ${t.name} | ${t.score.found}/${t.score.dangerous} (${pct(t.score.found, t.score.dangerous)}) | ${t.score.alarms}/${t.score.safe} (${pct(t.score.alarms, t.score.safe)}) |`);
  lines.push('', 'Lockstep by batch (who wrote the cases and when: bench/lint/unseen/README.md):', '', '| batch | target | dangerous found (recall) | safe flagged (false alarms) |', '| --- | --- | ---: | ---: |');
  for (const b of BATCHES) {
    for (const r of rs) {
      const inBatch = new Map([...r.labels].filter(([f]) => b.has(Number(f.slice(0, 4)))));
      const sc = score(r.tools[0].flagged, inBatch);
      lines.push(`| ${b.name} | PostgreSQL ${r.version} | ${sc.found}/${sc.dangerous} (${pct(sc.found, sc.dangerous)}) | ${sc.alarms}/${sc.safe} (${pct(sc.alarms, sc.safe)}) |`);
    }
  }
  lines.push('', 'Commands (PostgreSQL 15; the other targets change only `--pg-version`):', '');
  for (const t of rs[0].tools) lines.push(`- \`${t.command}\``);
  for (const r of rs) {
    const ls = r.tools[0];
    lines.push('', `### Lockstep on PostgreSQL ${r.version}: ${ls.score.missed.length} missed, ${ls.score.falseAlarms.length} false alarms`, '');
    for (const f of ls.score.missed) lines.push(`- missed \`${f}\` \`${sqlOf(f)}\``);
    for (const f of ls.score.falseAlarms) lines.push(`- false alarm \`${f}\` \`${sqlOf(f)}\`: ${[...new Set(ls.flagged.get(f))].join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
