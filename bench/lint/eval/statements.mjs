// The statements of a migration file, found with the real PostgreSQL parser (libpg-query, Lockstep's own
// dependency, so nothing extra to install). Used by score.mjs to check labels.json against the files and to
// map each tool's findings to statements, and by facts.mjs to replay the files statement by statement.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, parseSync } from '../../../node_modules/libpg-query/wasm/index.js';

await loadModule();

export const migrationsDir = join(import.meta.dirname, 'migrations');

/** Migration file names in version order. */
export function migrationFiles() {
  return readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort();
}

/** Whether the file runs outside a transaction (Lockstep's directive, in the leading comments). */
export function isNoTransaction(file) {
  const head = readFileSync(join(migrationsDir, file), 'utf8').split('\n-- UP')[0];
  return /^-- lockstep:no-transaction$/m.test(head);
}

/**
 * [{ startLine, endLine, text, kind, node }] for one file. startLine is the first line of SQL after any leading
 * whitespace and comments (libpg-query's stmt_location points just past the previous semicolon); offsets are
 * UTF-8 bytes, hence the Buffer.
 */
export function statementsOf(file) {
  const buf = readFileSync(join(migrationsDir, file));
  const { stmts } = parseSync(buf.toString('utf8'));
  const lineAt = (offset) => buf.subarray(0, offset).toString('utf8').split('\n').length;
  return stmts.map((s) => {
    const end = s.stmt_len ? (s.stmt_location ?? 0) + s.stmt_len : buf.length;
    const start = skipCommentsAndSpace(buf, s.stmt_location ?? 0, end);
    const kind = Object.keys(s.stmt)[0];
    return {
      startLine: lineAt(start),
      endLine: lineAt(end - 1),
      text: buf.subarray(start, end).toString('utf8').trim(),
      kind,
      node: s.stmt[kind],
    };
  });
}

function skipCommentsAndSpace(buf, start, end) {
  let i = start;
  for (;;) {
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x0a || buf[i] === 0x09 || buf[i] === 0x0d)) i++;
    if (buf[i] === 0x2d && buf[i + 1] === 0x2d) {
      while (i < end && buf[i] !== 0x0a) i++;
    } else if (buf[i] === 0x2f && buf[i + 1] === 0x2a) {
      i = buf.indexOf('*/', i + 2) + 2;
    } else {
      return i;
    }
  }
}

/** Collapse whitespace, for comparing statement texts across tools. */
export const normalise = (sql) => sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
