// Runs each linter on the evaluation migrations and turns its output into one list of findings per tool:
//   { file, line?, text?, rule, flag }   flag = warning or error (counts as "flagged"); otherwise info only.
// A finding carries either a line (mapped to a statement by score.mjs) or, for pgfence, which gives no lines,
// the statement itself. Findings that belong to a whole file (pgfence's policy checks such as
// missing-lock-timeout) come back separately as fileLevel and are not attributed to any statement.
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { isNoTransaction, migrationFiles, migrationsDir, normalise, statementsOf } from './statements.mjs';

const root = join(import.meta.dirname, '../../..');
const bin = (name) => join(root, 'bench/node_modules/.bin', name);
const rel = (p) => p.replace(`${root}/`, '');

/** stdout of a command that exits 1 when it finds something. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

export function lockstep() {
  const args = ['dist/cli/main.js', 'lint', rel(migrationsDir), '--format', 'json', '--fail-on', 'none'];
  const out = JSON.parse(run('node', args));
  const gitHead = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  return {
    name: 'lockstep',
    version: `${run('node', ['dist/cli/main.js', '--version']).trim()} (dist built from HEAD ${gitHead} plus any uncommitted src/)`,
    commands: [`node ${args.join(' ')}`],
    findings: out.map((f) => ({ file: basename(f.file), line: f.line, endLine: f.endLine, rule: f.rule, flag: f.severity !== 'info' })),
    fileLevel: [],
  };
}

/** squawk is told what Lockstep knows from the directive: transactional files run in a transaction. */
export function squawk() {
  const files = migrationFiles();
  const groups = [
    ['--assume-in-transaction', files.filter((f) => !isNoTransaction(f))],
    ['', files.filter((f) => isNoTransaction(f))],
  ];
  const commands = [];
  const findings = [];
  for (const [flag, group] of groups) {
    const args = ['--reporter', 'json', '--pg-version', '15.0', ...(flag ? [flag] : []), ...group.map((f) => rel(join(migrationsDir, f)))];
    commands.push(`bench/node_modules/.bin/squawk ${args.slice(0, flag ? 5 : 4).join(' ')} <${group.length} files>`);
    for (const f of JSON.parse(run(bin('squawk'), args) || '[]')) {
      // squawk's JSON lines are 0-based.
      findings.push({ file: basename(f.file), line: f.line + 1, endLine: f.line_end + 1, rule: f.rule_name, flag: /warning|error/i.test(f.level) });
    }
  }
  return { name: 'squawk', version: run(bin('squawk'), ['--version']).trim(), commands, findings, fileLevel: [] };
}

const FLAG_RISKS = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** pgfence reports statements by text, and its "policy" findings mostly without any statement. */
export function pgfence() {
  const files = migrationFiles().map((f) => rel(join(migrationsDir, f)));
  const args = ['analyze', '--output', 'json', '--min-pg-version', '15', ...files];
  const out = JSON.parse(run(bin('pgfence'), args));
  const findings = [];
  const fileLevel = [];
  for (const result of out.results) {
    const file = basename(result.filePath);
    for (const c of result.checks) findings.push({ file, text: c.statement, rule: c.ruleId, flag: FLAG_RISKS.has(c.adjustedRisk ?? c.risk) });
    for (const v of result.policyViolations) {
      const text = policyStatement(file, v);
      if (text) findings.push({ file, text, rule: v.ruleId, flag: true });
      else fileLevel.push({ file, rule: v.ruleId, flag: v.severity !== 'info' });
    }
  }
  return {
    name: 'pgfence',
    version: run(bin('pgfence'), ['--version']).trim(),
    commands: [`bench/node_modules/.bin/pgfence ${args.slice(0, 5).join(' ')} <${files.length} files>`],
    findings,
    fileLevel,
  };
}

const usedPolicyTargets = new Set();

/** The statement a pgfence policy violation is about, when its rule and message say which; else undefined. */
function policyStatement(file, v) {
  const stmts = statementsOf(file);
  const key = (i) => `${v.ruleId}:${file}:${i}`;
  const pick = (pred) => {
    const s = stmts.find((x, i) => pred(x) && !usedPolicyTargets.has(key(i)));
    if (s) usedPolicyTargets.add(key(stmts.indexOf(s)));
    return s?.text;
  };
  switch (v.ruleId) {
    case 'update-in-migration':
      return pick((s) => s.kind === 'UpdateStmt' && !s.node.whereClause);
    case 'concurrent-in-transaction':
      return pick((s) => s.kind === 'IndexStmt' && s.node.concurrent);
    case 'not-valid-validate-same-tx': {
      const name = /VALIDATE CONSTRAINT "([^"]+)"/.exec(v.message)?.[1];
      return pick((s) => name !== undefined && normalise(s.text).includes(`VALIDATE CONSTRAINT ${name}`));
    }
    case 'statement-after-access-exclusive': {
      const preview = /— "(.*?)" runs while/.exec(v.message)?.[1]?.replace(/\.\.\.$/, '');
      return pick((s) => preview !== undefined && normalise(s.text).startsWith(preview));
    }
    default:
      return undefined;
  }
}
