/** squawk's ignore comments, honoured with squawk's rule names mapped to Lockstep's (src/lint/squawk-ignores.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSql, RULES } from '../../src/lint/index.js';
import { SQUAWK_RULES } from '../../src/lint/squawk-ignores.js';
import { initParser } from '../../src/sql/index.js';

beforeAll(() => initParser());

const lint = (sql: string) => {
  const r = lintSql(sql, 'm.sql', { runnerSetsTimeouts: true });
  return { findings: r.findings.map((f) => `${f.line}:${f.rule}`), unused: r.unusedIgnores.map((f) => `${f.line}:${f.rule}`) };
};

describe('squawk-ignore', () => {
  it('maps every squawk rule name to Lockstep rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const [name, mapped] of Object.entries(SQUAWK_RULES)) for (const id of mapped) expect(ids.has(id), `${name} → ${id}`).toBe(true);
  });

  it('suppresses the mapped rules on its own line and the next, not further', () => {
    const sql = '-- squawk-ignore require-concurrent-index-creation\nCREATE INDEX i ON payments (a);\nCREATE INDEX j ON payments (b);';
    expect(lint(sql)).toEqual({ findings: ['3:require-concurrent-index'], unused: [] });
    // Several names, block comments, a note after a second --, a comment at the end of the statement's line.
    expect(lint('/* squawk-ignore ban-drop-column, renaming-column */\nALTER TABLE t DROP COLUMN c;').findings).toEqual([]);
    expect(lint('-- squawk-ignore ban-drop-column -- column unused since v2\nALTER TABLE t DROP COLUMN c;').findings).toEqual([]);
    expect(lint('ALTER TABLE t DROP COLUMN c; -- squawk-ignore ban-drop-column').findings).toEqual([]);
  });

  it('does not suppress rules the squawk name does not map to', () => {
    expect(lint('-- squawk-ignore ban-drop-column\nCREATE INDEX i ON payments (a);').findings).toEqual(['2:require-concurrent-index']);
    // A squawk rule Lockstep has no counterpart for suppresses nothing, and is not an error.
    expect(lint('-- squawk-ignore ban-drop-trigger\nCREATE INDEX i ON payments (a);').findings).toEqual(['2:require-concurrent-index']);
  });

  it('squawk-ignore-file, anywhere in the file, with rules or without (every rule)', () => {
    const body = 'CREATE INDEX i ON payments (a);\nALTER TABLE t DROP COLUMN c;';
    expect(lint(`${body}\n-- squawk-ignore-file require-concurrent-index-creation`).findings).toEqual(['2:dropping-column']);
    expect(lint(`-- squawk-ignore-file\n${body}`).findings).toEqual([]);
  });

  it('reports a name squawk does not know as invalid-ignore, and never an unused squawk comment', () => {
    expect(lint('-- squawk-ignore no-such-rule\nSELECT 1;').findings).toEqual(['1:invalid-ignore']);
    expect(lint('-- squawk-ignore ban-drop-column\nSELECT 1;')).toEqual({ findings: [], unused: [] });
  });
});
