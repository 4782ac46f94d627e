#!/usr/bin/env node
// tool-order.mjs TOOL DIR... — the migrations a tool would apply to an empty database, in its order, and how it
// sends each one, written from each tool's own rules (../../docs/migration-files.md cites them) and deliberately
// independent of src/loader, so that the acceptance run compares Lockstep against the tool, not against itself.
//
// Prints JSON: [{ id, file, mode, sql }] where mode says how bench/adopt/accept.sh hands the SQL to psql:
//   query      the whole text as one simple-protocol query, no transaction of the tool's (psql -c)
//   tx-query   the same inside BEGIN … COMMIT (psql -1 -c)
//   tx-script  statement by statement inside one transaction (psql -1 -f)
//   script     statement by statement, no transaction (psql -f)
//   batch      drizzle: every pending migration's statements in ONE transaction (the caller joins them)
//   stop       a migration the tool runs from code (goose .go, Flyway Java, node-pg-migrate .js/.ts): nothing Lockstep can run
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [tool, ...dirs] = process.argv.slice(2);
const read = (f) => readFileSync(f, 'utf8');
const files = (d) => readdirSync(d).filter((n) => statSync(join(d, n)).isFile()).sort();
const byte = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** golang-migrate: source/parse.go's pattern; versions compared as unsigned integers; each file one query. */
function golangMigrate(dir) {
  const re = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
  return files(dir)
    .map((n) => ({ n, m: re.exec(n) }))
    .filter((x) => x.m && x.m[3] === 'up')
    .sort((a, b) => (BigInt(a.m[1]) < BigInt(b.m[1]) ? -1 : 1))
    .map(({ n, m }) => ({ id: m[1], file: join(dir, n), mode: 'query', sql: read(join(dir, n)) }));
}

/** maragudk/migrate (harness): `^([\w-]+).up.sql$` (the dot matches anything), file-name order, one tx each. */
function maragudk(dir) {
  const re = /^([A-Za-z0-9_-]+).up\.sql$/;
  return files(dir)
    .filter((n) => re.test(n))
    .sort(byte)
    .map((n) => ({ id: re.exec(n)[1], file: join(dir, n), mode: 'tx-query', sql: read(join(dir, n)) }));
}

/** diesel: a folder per migration, version = name up to `_` without dashes, ordered as strings (id: as written). */
function diesel(dir) {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'up.sql')))
    .map((n) => ({ n, v: n.split('_')[0].replace(/-/g, '') }))
    .sort((a, b) => byte(a.v, b.v))
    .map(({ n, v }) => {
      const meta = join(dir, n, 'metadata.toml');
      // A readable metadata.toml without the key reads as false (serde default); none at all is true.
      const noTx = existsSync(meta) && !/^\s*run_in_transaction\s*=\s*true\s*$/m.test(read(meta));
      return { id: n.split('_')[0], file: join(dir, n, 'up.sql'), mode: noTx ? 'query' : 'tx-query', sql: read(join(dir, n, 'up.sql')) };
    });
}

/** Prisma: every subfolder, in String.prototype.localeCompare order; the script as one query, no transaction. */
function prisma(dir) {
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory())
    .sort((a, b) => a.localeCompare(b))
    .map((n) => ({ id: n, file: join(dir, n, 'migration.sql'), mode: 'query', sql: read(join(dir, n, 'migration.sql')) }));
}

/** drizzle-orm's migrator: the journal's order, each file split on the breakpoint line, all in one transaction. */
function drizzle(dir) {
  const journal = JSON.parse(read(join(dir, 'meta', '_journal.json')));
  return journal.entries.map((e) => {
    const file = join(dir, `${e.tag}.sql`);
    return { id: e.tag, file, mode: 'batch', sql: read(file).split('--> statement-breakpoint').map((s) => s.trim()).filter(Boolean).join(';\n') };
  });
}

/** Flyway: V and R scripts in every location and its subfolders; versions compared part by part; R after V. */
function flyway(locations) {
  const found = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.')) walk(p);
        continue;
      }
      const m = /^([VR])([0-9][0-9._]*)?__(.*)\.(sql|java|kt|scala|groovy)$/i.exec(n);
      if (!m || m[1] === 'v' || m[1] === 'r') continue;
      found.push({ kind: m[1], version: (m[2] ?? '').replace(/_/g, '.'), desc: m[3], file: p, code: m[4] !== 'sql' });
    }
  };
  locations.forEach(walk);
  const parts = (v) => v.split('.').filter(Boolean).map(BigInt);
  const cmp = (a, b) => {
    if (a.kind !== b.kind) return a.kind === 'V' ? -1 : 1;
    if (a.kind === 'R') return byte(a.desc, b.desc);
    const x = parts(a.version);
    const y = parts(b.version);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0n) !== (y[i] ?? 0n)) return (x[i] ?? 0n) < (y[i] ?? 0n) ? -1 : 1;
    return 0;
  };
  // PostgreSQLParser's non-transactional statements: such a script runs without a transaction.
  const nonTx = /\b(CREATE|DROP)\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|^\s*VACUUM|ALTER\s+SYSTEM|(CREATE|DROP)\s+(DATABASE|TABLESPACE|SUBSCRIPTION)/im;
  return found.sort(cmp).map((s) => {
    const id = s.kind === 'R' ? `R__${s.desc}` : s.version;
    if (s.code) return { id, file: s.file, mode: 'stop', sql: '' };
    const sql = read(s.file);
    return { id, file: s.file, mode: nonTx.test(sql) ? 'script' : 'tx-script', sql };
  });
}

/** goose: `<int>_x.sql|go`, integer order; the Up section of a .sql (NO TRANSACTION anywhere turns the tx off). */
function goose(dir) {
  const re = /^(\d+)_.*\.(sql|go)$/;
  return files(dir)
    .filter((n) => re.test(n) && !n.endsWith('_test.go'))
    .sort((a, b) => (BigInt(re.exec(a)[1]) < BigInt(re.exec(b)[1]) ? -1 : 1))
    .map((n) => {
      const id = re.exec(n)[1];
      if (n.endsWith('.go')) return { id, file: join(dir, n), mode: 'stop', sql: '' };
      const text = read(join(dir, n));
      const up = section(text, /^--\s*\+goose\s+up\b/i, /^--\s*\+goose\s+down\b/i);
      return { id, file: join(dir, n), mode: /^--\s*\+goose\s+NO TRANSACTION/im.test(text) ? 'script' : 'tx-script', sql: up };
    });
}

/** sql-migrate: every .sql; numeric prefix order, numbered before unnumbered, then name; Up sections joined. */
function sqlMigrate(dir) {
  const num = (n) => (/^(\d+)/.exec(n) ? BigInt(/^(\d+)/.exec(n)[1]) : undefined);
  return files(dir)
    .filter((n) => n.endsWith('.sql'))
    .sort((a, b) => {
      const x = num(a);
      const y = num(b);
      if (x !== undefined && y !== undefined && x !== y) return x < y ? -1 : 1;
      if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
      return byte(a, b);
    })
    .map((n) => {
      const text = read(join(dir, n));
      const noTx = /^-- \+migrate Up\s+notransaction/m.test(text);
      return { id: n, file: join(dir, n), mode: noTx ? 'script' : 'tx-script', sql: sections(text, '-- +migrate Up', '-- +migrate Down') };
    });
}

/** dbmate: `^(\d+).*\.sql$`, file-name order; the up section (to `-- migrate:down`) as one query, in a transaction
 *  unless its marker says `transaction:false`. */
function dbmate(dir) {
  const re = /^(\d+).*\.sql$/;
  return files(dir)
    .filter((n) => re.test(n))
    .map((n) => {
      const text = read(join(dir, n));
      const marker = /^--\s*migrate:up(.*)$/m.exec(text);
      const up = section(text, /^--\s*migrate:up\b/, /^--\s*migrate:down\b/);
      return { id: re.exec(n)[1], file: join(dir, n), mode: /transaction:false/.test(marker?.[1] ?? '') ? 'query' : 'tx-query', sql: up };
    });
}

/** node-pg-migrate (9.0.0, the version bench/package.json pins): every file but dotfiles; ordered by the leading number
 *  (a 17-digit one is its `utc` name format, read as that UTC time in ms), then by a numeric, punctuation-blind locale
 *  compare; a .sql file's text from its `-- Up Migration` line to `-- Down Migration` (all of it without an up line) is
 *  one query inside BEGIN … COMMIT; a .js/.ts module calls the pgm builder: only node-pg-migrate runs it. */
function nodePgMigrate(dir) {
  const prefix = (n) => {
    const p = /^(\d+)/.exec(n)?.[1] ?? '';
    if (p.length !== 17) return Number(p);
    return new Date(`${p.slice(0, 4)}-${p.slice(4, 6)}-${p.slice(6, 8)}T${p.slice(8, 10)}:${p.slice(10, 12)}:${p.slice(12, 14)}.${p.slice(14)}Z`).valueOf();
  };
  const upLine = /^\s*--[\s-]*up\s+migration/im;
  const downLine = /^\s*--[\s-]*down\s+migration/im;
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .sort((a, b) => prefix(a) - prefix(b) || a.localeCompare(b, undefined, { usage: 'sort', numeric: true, sensitivity: 'variant', ignorePunctuation: true }))
    .map((n) => {
      const id = n.replace(/\.[^.]*$/, '');
      if (!n.endsWith('.sql')) return { id, file: join(dir, n), mode: 'stop', sql: '' };
      const text = read(join(dir, n));
      const u = text.search(upLine);
      const d = text.search(downLine);
      return { id, file: join(dir, n), mode: 'tx-query', sql: u >= 0 ? text.slice(u, d < u ? undefined : d) : text };
    });
}

/** The lines after the `up` marker until the `down` marker (goose: one Up, one Down). */
function section(text, up, down) {
  const out = [];
  let inUp = false;
  for (const line of text.split('\n')) {
    if (up.test(line)) inUp = true;
    else if (down.test(line)) inUp = false;
    else if (inUp) out.push(line);
  }
  return out.join('\n');
}

/** sql-migrate: each direction collects its lines from every one of its sections. */
function sections(text, up, down) {
  const out = [];
  let dir = '';
  for (const line of text.split('\n')) {
    if (line.startsWith(up)) dir = 'up';
    else if (line.startsWith(down)) dir = 'down';
    else if (dir === 'up' && !(line.startsWith('-- ') && !line.startsWith('-- +'))) out.push(line);
  }
  return out.join('\n');
}

const readers = {
  // Several folders: one runner after the other (quickwit runs its required sqlx migrator, then its deferred one).
  'golang-migrate': () => dirs.flatMap(golangMigrate),
  maragudk: () => maragudk(dirs[0]),
  diesel: () => diesel(dirs[0]),
  prisma: () => prisma(dirs[0]),
  drizzle: () => drizzle(dirs[0]),
  flyway: () => flyway(dirs),
  goose: () => goose(dirs[0]),
  'sql-migrate': () => sqlMigrate(dirs[0]),
  dbmate: () => dbmate(dirs[0]),
  'node-pg-migrate': () => nodePgMigrate(dirs[0]),
};
if (!readers[tool] || dirs.length === 0) {
  console.error(`usage: tool-order.mjs ${Object.keys(readers).join('|')} DIR...`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(readers[tool](), null, 1));
