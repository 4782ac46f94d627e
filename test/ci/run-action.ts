/**
 * Runs a composite action's steps the way the GitHub runner does, for the parts a test can run here: each
 * `run:` step in bash (`bash --noprofile --norc -eo pipefail`, as `shell: bash` does) with its `env:`,
 * GITHUB_OUTPUT collected into steps.<id>.outputs, `if:` conditions evaluated. A `uses:` step is recorded with
 * its resolved `with:` for the test to check, not run. Expressions: paths (inputs.x, github.x.y,
 * steps.id.outputs.x), 'literals', always(), ==, !=, && and || (no parentheses: action.yml uses none).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly with?: Readonly<Record<string, string>>;
}

interface ActionFile {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

export interface StepRun {
  readonly name: string;
  readonly skipped: boolean;
  readonly code?: number;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly uses?: string;
  readonly with?: Readonly<Record<string, string>>;
}

export interface ActionRun {
  readonly steps: StepRun[];
  readonly outputs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The job fails when a run step fails. */
  readonly failed: boolean;
}

type Context = Record<string, unknown>;

function lookup(ctx: Context, path: string): string {
  let value: unknown = ctx;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value === undefined || value === null ? '' : String(value);
}

function atom(ctx: Context, text: string): string | boolean {
  const t = text.trim();
  if (t === 'always()') return true;
  const literal = /^'(.*)'$/.exec(t);
  return literal ? (literal[1] ?? '') : lookup(ctx, t);
}

function comparison(ctx: Context, text: string): string | boolean {
  const m = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(text.trim());
  if (!m) return atom(ctx, text);
  const equal = String(atom(ctx, m[1] ?? '')) === String(atom(ctx, m[3] ?? ''));
  return m[2] === '==' ? equal : !equal;
}

export function evaluate(ctx: Context, expression: string): string | boolean {
  for (const alternative of expression.split('||')) {
    const parts = alternative.split('&&').map((p) => comparison(ctx, p));
    const value = parts.every(Boolean) ? (parts[parts.length - 1] ?? '') : false;
    if (value) return value;
  }
  return '';
}

/** Replaces each `${{ … }}` in a string. */
function interpolate(ctx: Context, text: string): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_m, expr: string) => String(evaluate(ctx, expr)));
}

function condition(ctx: Context, text: string | undefined): boolean {
  if (text === undefined) return true; // GitHub's default is success(): an earlier failure stops the step
  return Boolean(evaluate(ctx, text.replace(/^\s*\$\{\{(.*)\}\}\s*$/, '$1')));
}

function parseOutputs(file: string): Record<string, string> {
  return Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

export function loadAction(path: string): ActionFile {
  return parse(readFileSync(path, 'utf8')) as ActionFile;
}

/** Runs the action's steps in `cwd` with the given inputs and github context; `env` is the runner's environment. */
export function runAction(action: ActionFile, opts: { cwd: string; inputs: Record<string, string>; github: Context; env: NodeJS.ProcessEnv }): ActionRun {
  const temp = mkdtempSync(join(opts.cwd, '..', 'runner-temp-'));
  const ctx: Context = { github: opts.github, steps: {} as Record<string, { outputs: Record<string, string> }>, inputs: {} };
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, interpolate(ctx, v.default ?? '')]));
  ctx.inputs = { ...defaults, ...opts.inputs };
  const steps: StepRun[] = [];
  let failed = false;
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.id ?? `step ${i}`;
    const always = step.if !== undefined && /always\(\)/.test(step.if);
    if ((failed && !always) || !condition(ctx, step.if)) {
      steps.push({ name, skipped: true });
      continue;
    }
    if (step.uses) {
      steps.push({ name, skipped: false, uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(ctx, String(v))])) });
      continue;
    }
    const output = join(temp, `output-${i}`);
    writeFileSync(output, '');
    const env = { ...opts.env, GITHUB_OUTPUT: output, RUNNER_TEMP: temp, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(ctx, String(v))])) };
    const res = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], { cwd: opts.cwd, env, encoding: 'utf8' });
    const code = res.status ?? -1;
    if (step.id) (ctx.steps as Record<string, { outputs: Record<string, string> }>)[step.id] = { outputs: parseOutputs(output) };
    steps.push({ name, skipped: false, code, stdout: res.stdout, stderr: res.stderr });
    if (code !== 0) failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(ctx.steps as Record<string, { outputs: Record<string, string> }>).map(([k, v]) => [k, v.outputs]));
  return { steps, outputs, failed };
}
