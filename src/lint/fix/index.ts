/**
 * `lockstep lint --fix`: mechanical rewrites for the findings that have one. Every rewrite is checked before it
 * is offered: the changed and new migrations must load, parse, and lint without any finding the original did
 * not have (and without the fixed ones). Files are written only when asked.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { lintPrepared, prepareMigration } from '../lint-migration.js';
import type { PreparedTarget } from '../targets.js';
import { collectTargets } from '../targets.js';
import type { FileFix, Finding, FixResult, LintOptions } from '../types.js';
import { unifiedDiff } from './diff.js';
import { nextVersion, renderNewMigration } from './new-migration.js';
import { declaredPartitioned } from './partitioned-index.js';
import type { NewFile } from './new-migration.js';
import { planMigration } from './plan-migration.js';
import type { MigrationFixPlan } from './plan-migration.js';
import { applyEdits } from './text-edits.js';

interface Materialized {
  readonly files: FileFix[];
  readonly versions: string[];
}

function materialize(p: PreparedTarget, plan: MigrationFixPlan, options: LintOptions, cwd: string, taken: string[]): Materialized {
  const rules = [...plan.fixed.keys()];
  const files: FileFix[] = [...plan.edits]
    .map(([path, e]) => ({ path, before: e.before, after: applyEdits(e.before, e.edits), rules }))
    .filter((f) => f.after !== f.before);
  const versions: string[] = [];
  for (const spec of plan.created) {
    const version = nextVersion(p.target.migration.version, taken);
    taken.push(version);
    versions.push(version);
    const created: NewFile[] = renderNewMigration(p.target.migration, p.target.dir ?? cwd, cwd, version, spec, options.runnerSetsTimeouts !== true);
    files.push(...created.map((f) => ({ path: f.path, before: undefined, after: f.content, rules })));
  }
  return { files, versions };
}

function countRules(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

/** Lints the fixed files in a scratch copy; returns the problem, or undefined when the fix is clean. */
async function verify(p: PreparedTarget, m: Materialized, plan: MigrationFixPlan, before: readonly Finding[], options: LintOptions, cwd: string): Promise<string | undefined> {
  const scratch = await mkdtemp(join(tmpdir(), 'lockstep-fix-'));
  try {
    const home = p.target.dir ? join(scratch, basename(p.target.dir)) : scratch;
    if (p.target.dir) await cp(p.target.dir, home, { recursive: true });
    const root = p.target.dir ?? cwd;
    const local = (path: string): string => join(home, relative(root, resolve(cwd, path)));
    for (const f of m.files) {
      await mkdir(dirname(local(f.path)), { recursive: true });
      await writeFile(local(f.path), f.after);
    }
    const { targets } = await collectTargets([p.target.dir ? home : local(p.prepared.section.path)], scratch);
    const wanted = new Set([p.target.migration.version, ...m.versions]);
    const after: Finding[] = [];
    for (const t of targets.filter((t) => p.target.dir === undefined || wanted.has(t.migration.version))) {
      const prepared = prepareMigration(t.migration, undefined, options);
      if (prepared) after.push(...lintPrepared(prepared, options).findings);
    }
    const was = countRules(before);
    const now = countRules(after);
    for (const [rule, n] of now) {
      const allowed = (was.get(rule) ?? 0) - (plan.fixed.get(rule) ?? 0);
      if (n > allowed) return `the rewrite would leave ${n} ${rule} finding(s)`;
    }
    return undefined;
  } catch (err) {
    return `the rewrite does not load or parse: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function computeFixes(
  prepared: readonly PreparedTarget[],
  findings: readonly Finding[],
  options: LintOptions,
  how: { readonly cwd: string; readonly write: boolean },
): Promise<FixResult> {
  const files: FileFix[] = [];
  const notes: string[] = [];
  const taken = prepared.flatMap((p) => [...p.target.siblings]);
  const partitioned = new Set<string>();
  for (const p of prepared) {
    const plan = planMigration(p, findings, options, how.cwd, partitioned);
    for (const s of p.prepared.statements) {
      const name = declaredPartitioned(s);
      if (name) partitioned.add(name);
    }
    if (!plan) continue;
    notes.push(...plan.notes);
    if (plan.fixed.size === 0) continue;
    const m = materialize(p, plan, options, how.cwd, taken);
    const before = findings.filter((f) => f.file === p.prepared.section.path);
    const problem = await verify(p, m, plan, before, options, how.cwd);
    if (problem) notes.push(`${p.prepared.section.path}: fix not applied: ${problem}`);
    else files.push(...m.files);
  }
  if (how.write) {
    for (const f of files) {
      const abs = resolve(how.cwd, f.path);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, f.after);
    }
  }
  const diff = files.map((f) => unifiedDiff(f.path, f.before, f.after)).join('');
  return { files, diff, written: how.write && files.length > 0, notes };
}
