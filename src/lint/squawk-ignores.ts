/**
 * squawk's suppression comments, honoured so that a team moving from squawk keeps its decisions:
 *   -- squawk-ignore <rule>[, <rule>...]        findings on this line and the next
 *   -- squawk-ignore-file [<rule>, ...]         anywhere in the file; without rules, every rule
 * (also inside block comments, and text after a second `--` is a note), as squawk reads them
 * (crates/squawk_linter/src/ignore.rs and ignore_index.rs in sbdchd/squawk). squawk's rule names are mapped to
 * Lockstep's by SQUAWK_RULES, the one table of that correspondence. No reason is required (squawk asks none), a
 * squawk rule with no Lockstep counterpart suppresses nothing, and an unused squawk-ignore is not reported:
 * it may still be there for squawk.
 */

/**
 * Every rule name squawk accepts in an ignore comment → the Lockstep rules that report the same hazard
 * (empty: Lockstep has no such rule).
 */
export const SQUAWK_RULES: Readonly<Record<string, readonly string[]>> = {
  'adding-field-with-default': ['adding-column-volatile-default', 'adding-stored-generated-column'],
  'adding-foreign-key-constraint': ['constraint-missing-not-valid'],
  'adding-not-nullable-field': ['setting-column-not-null'],
  'adding-required-field': ['adding-not-null-column'],
  'adding-serial-primary-key-field': ['unique-constraint-without-index', 'primary-key-implicit-not-null'],
  'ban-alter-domain-with-add-constraint': ['alter-domain-add-constraint'],
  'ban-char-field': ['ban-char-type'],
  'ban-concurrent-index-creation-in-transaction': ['non-transactional-statement-in-transaction'],
  'ban-create-domain-with-constraint': ['create-domain-with-constraint'],
  'ban-drop-column': ['dropping-column'],
  'ban-drop-constraint': ['dropping-primary-key'],
  'ban-drop-database': ['dropping-database'],
  'ban-drop-not-null': ['dropping-not-null'],
  'ban-drop-schema': ['dropping-schema'],
  'ban-drop-table': ['dropping-table'],
  'ban-duplicate-column-assignments': ['duplicate-column-assignment'],
  'ban-truncate-cascade': ['truncate-cascade'],
  'ban-uncommitted-transaction': ['begin-without-commit'],
  'changing-column-type': ['changing-column-type', 'changing-type-of-checked-column'],
  'constraint-missing-not-valid': ['constraint-missing-not-valid', 'validate-constraint-same-transaction'],
  'disallowed-unique-constraint': ['unique-constraint-without-index'],
  'identifier-too-long': ['identifier-too-long'],
  'prefer-big-int': ['prefer-bigint-keys'],
  'prefer-bigint-over-int': ['prefer-bigint-keys'],
  'prefer-bigint-over-smallint': ['prefer-bigint-keys'],
  'prefer-identity': ['prefer-identity'],
  'prefer-repack': ['vacuum-full', 'cluster-table'],
  'prefer-robust-stmts': ['non-idempotent-without-transaction'],
  'prefer-text-field': ['prefer-text-over-varchar'],
  'prefer-timestamp-tz': ['prefer-timestamptz'],
  'prefer-timestamptz': ['prefer-timestamptz'],
  'renaming-column': ['renaming-column'],
  'renaming-object': ['renaming-schema', 'renaming-enum-value'],
  'renaming-table': ['renaming-table'],
  'require-concurrent-index-creation': ['require-concurrent-index'],
  'require-concurrent-index-deletion': ['require-concurrent-index-drop'],
  'require-concurrent-partition-detach': ['require-concurrent-detach-partition'],
  'require-concurrent-reindex': ['require-concurrent-reindex'],
  'require-enum-value-ordering': ['enum-value-ordering'],
  'require-lock-timeout': ['require-lock-timeout'],
  'require-statement-timeout': ['require-statement-timeout'],
  'require-table-schema': ['unqualified-table-name'],
  'require-timeout-settings': ['require-lock-timeout', 'require-statement-timeout'],
  'transaction-nesting': ['explicit-transaction-control'],
  // squawk rules about compatibility and privileges that Lockstep does not judge.
  ...Object.fromEntries(
    [
      'ban-add-column', 'ban-add-composite-attribute', 'ban-add-enum-value', 'ban-alter-database-options', 'ban-alter-extension',
      'ban-alter-function-options', 'ban-alter-generated-expression', 'ban-alter-identity', 'ban-alter-policy-condition',
      'ban-alter-policy-roles', 'ban-alter-role-options', 'ban-alter-row-level-security', 'ban-alter-sequence-values',
      'ban-alter-system-options', 'ban-alter-view-options', 'ban-create-policy', 'ban-detach-inheritance', 'ban-disable-trigger',
      'ban-drop-default', 'ban-drop-domain', 'ban-drop-extension', 'ban-drop-function', 'ban-drop-generated-expression',
      'ban-drop-index', 'ban-drop-policy', 'ban-drop-sequence', 'ban-drop-trigger', 'ban-drop-type', 'ban-drop-view',
      'ban-new-write-restriction', 'ban-replace-view-function', 'ban-replica-identity', 'ban-revoke', 'ban-set-default',
      'ban-set-schema', 'unused-ignore',
    ].map((name) => [name, [] as readonly string[]]),
  ),
};

const MARKER = /(?:--|\/\*)\s*squawk-ignore(-file)?(?![\w-])(.*)$/;

/** One squawk comment, in the shape of suppressions.ts's Ignore. */
export interface SquawkIgnore {
  readonly scope: 'line' | 'file';
  readonly rules: readonly string[];
  readonly all: boolean;
  readonly from: 'squawk';
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly statement: undefined;
}

/** Where the comments go: suppressions.ts's lists of ignores and problems. */
interface Collected {
  readonly ignores: { push(...items: SquawkIgnore[]): number };
  readonly problems: { push(...items: Array<{ readonly line: number; readonly column: number; readonly endColumn: number; readonly message: string }>): number };
}

/** The rule list of one comment: up to a `*​/` or a second `--`. */
function names(rest: string): string[] {
  let text = rest;
  const close = text.indexOf('*/');
  if (close >= 0) text = text.slice(0, close);
  const note = text.indexOf('--');
  if (note >= 0) text = text.slice(0, note);
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** squawk-ignore comments of `text` (lines numbered from `startLine`), added to `out`. */
export function squawkIgnores(out: Collected, text: string, startLine: number, scope: 'line' | 'file'): void {
  if (!text.includes('squawk-ignore')) return;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineText = (lines[i] ?? '').replace(/\r$/, '');
    const m = MARKER.exec(lineText);
    if (!m || (m[1] ? 'file' : 'line') !== scope) continue;
    const line = startLine + i;
    const column = m.index + 1;
    const at = { line, column, endColumn: lineText.trimEnd().length + 1 };
    const given = names(m[2] ?? '');
    const unknown = given.filter((n) => !(n in SQUAWK_RULES));
    if (unknown.length) {
      out.problems.push({ ...at, message: `unknown squawk rule ${unknown.map((u) => `"${u}"`).join(', ')} in squawk-ignore comment` });
      continue;
    }
    const rules = [...new Set(given.flatMap((n) => SQUAWK_RULES[n] ?? []))];
    // squawk-ignore-file with no rule ignores every rule; squawk-ignore with none ignores nothing.
    const all = scope === 'file' && given.length === 0;
    if (rules.length === 0 && !all) continue;
    out.ignores.push({ scope, rules, all, from: 'squawk', reason: `squawk-ignore${scope === 'file' ? '-file' : ''} ${given.join(', ')}`.trim(), ...at, statement: undefined });
  }
}
