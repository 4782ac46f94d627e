#!/usr/bin/env node
// generate.mjs N DIR [BROKEN_EVERY] — writes N real-sized, reversible migrations (Lockstep `-- UP`/`-- DOWN` single files)
// for bench/roundtrip: tables with several columns, identity keys, foreign keys, CHECK and UNIQUE
// constraints, indexes (some CONCURRENTLY), added columns, NOT VALID constraints validated later, enums,
// PL/pgSQL functions with triggers, views, materialized views, renames and comments. Deterministic.
// With BROKEN_EVERY = k, every k-th migration gets a broken down section (alternately one that forgets part of its
// work, so the schema differs and the second up fails and the shadow must be restored, and one whose SQL fails); their versions are written
// to DIR.planted.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const n = Number(process.argv[2] ?? 300);
const dir = process.argv[3];
const brokenEvery = Number(process.argv[4] ?? 0);
const planted = [];
if (!dir || !Number.isInteger(n) || n < 1) {
  console.error('usage: generate.mjs N DIR');
  process.exit(2);
}
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

let seed = 42;
const rand = (k) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  // The low bits of this generator cycle quickly; use the high ones.
  return Math.floor(seed / 65536) % k;
};
const tables = []; // { name, columns: [name], enums: [] }
let enums = 0;
let functions = 0;
let views = 0;

function createTable(i) {
  const name = `t_${i}`;
  const cols = [`id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`, `code text NOT NULL`, `title text NOT NULL DEFAULT ''`,
    `amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0)`, `quantity integer NOT NULL DEFAULT 1`,
    `active boolean NOT NULL DEFAULT true`, `attributes jsonb NOT NULL DEFAULT '{}'::jsonb`,
    `created_at timestamptz NOT NULL DEFAULT now()`, `updated_at timestamptz`];
  const parent = tables.length ? tables[rand(tables.length)] : undefined;
  if (parent) cols.push(`${parent.name}_id bigint REFERENCES ${parent.name} (id) ON DELETE CASCADE`);
  const extra = rand(4);
  for (let k = 0; k < extra; k++) cols.push(`note_${k} varchar(${50 + rand(200)})`);
  const up = [
    `CREATE TABLE ${name} (\n  ${cols.join(',\n  ')},\n  CONSTRAINT ${name}_code_key UNIQUE (code),\n  CONSTRAINT ${name}_quantity_check CHECK (quantity > 0)\n);`,
    `CREATE INDEX ${name}_created_at_idx ON ${name} (created_at);`,
    parent ? `CREATE INDEX ${name}_${parent.name}_id_idx ON ${name} (${parent.name}_id);` : `CREATE INDEX ${name}_active_idx ON ${name} (active) WHERE active;`,
    `COMMENT ON TABLE ${name} IS 'generated table ${i}';`,
  ];
  tables.push({ name, columns: cols.map((c) => c.split(' ')[0]) });
  return { up: up.join('\n'), down: `DROP TABLE ${name};` };
}

function addColumns(i) {
  const t = tables[rand(tables.length)];
  const col = `extra_${i}`;
  t.columns.push(col);
  return {
    up: `ALTER TABLE ${t.name} ADD COLUMN ${col} text, ADD COLUMN ${col}_at timestamptz NOT NULL DEFAULT now();\nCREATE INDEX ${t.name}_${col}_idx ON ${t.name} (${col}) WHERE ${col} IS NOT NULL;`,
    down: `DROP INDEX ${t.name}_${col}_idx;\nALTER TABLE ${t.name} DROP COLUMN ${col}_at, DROP COLUMN ${col};`,
  };
}

function notValidCheck(i) {
  const t = tables[rand(tables.length)];
  const c = `${t.name}_chk_${i}`;
  return {
    up: `ALTER TABLE ${t.name} ADD CONSTRAINT ${c} CHECK (char_length(code) < 200) NOT VALID;\nALTER TABLE ${t.name} VALIDATE CONSTRAINT ${c};`,
    down: `ALTER TABLE ${t.name} DROP CONSTRAINT ${c};`,
  };
}

function enumColumn(i) {
  const t = tables[rand(tables.length)];
  const e = `status_${++enums}`;
  return {
    up: `CREATE TYPE ${e} AS ENUM ('new', 'active', 'suspended', 'closed');\nALTER TABLE ${t.name} ADD COLUMN state_${i} ${e} NOT NULL DEFAULT 'new';`,
    down: `ALTER TABLE ${t.name} DROP COLUMN state_${i};\nDROP TYPE ${e};`,
  };
}

function functionAndTrigger() {
  const t = tables[rand(tables.length)];
  const f = `touch_${++functions}`;
  return {
    up: `CREATE FUNCTION ${f}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$;\n\nCREATE TRIGGER ${f}_trg BEFORE UPDATE ON ${t.name} FOR EACH ROW EXECUTE FUNCTION ${f}();`,
    down: `DROP TRIGGER ${f}_trg ON ${t.name};\nDROP FUNCTION ${f}();`,
  };
}

function view(i) {
  const t = tables[rand(tables.length)];
  const v = `v_${++views}`;
  const mat = i % 2 === 0;
  return mat
    ? { up: `CREATE MATERIALIZED VIEW ${v} AS SELECT active, count(*) AS n, sum(amount) AS total FROM ${t.name} GROUP BY active;\nCREATE UNIQUE INDEX ${v}_active_idx ON ${v} (active);`, down: `DROP MATERIALIZED VIEW ${v};` }
    : { up: `CREATE VIEW ${v} AS SELECT id, code, title, amount FROM ${t.name} WHERE active;`, down: `DROP VIEW ${v};` };
}

function concurrentIndex(i) {
  const t = tables[rand(tables.length)];
  return {
    header: '-- lockstep:no-transaction\n',
    up: `CREATE INDEX CONCURRENTLY ${t.name}_title_${i}_idx ON ${t.name} (lower(title));`,
    down: `DROP INDEX CONCURRENTLY ${t.name}_title_${i}_idx;`,
  };
}

function rename(i) {
  // Each table's created_at index is renamed at most once, so the down section can name it back.
  const t = tables.find((x) => !x.renamed && x.name !== tables.at(-1)?.name) ?? tables[0];
  if (t.renamed) return addColumns(i);
  t.renamed = true;
  return {
    up: `ALTER INDEX ${t.name}_created_at_idx RENAME TO ${t.name}_created_idx;\nCOMMENT ON COLUMN ${t.name}.code IS 'business code (${i})';`,
    down: `COMMENT ON COLUMN ${t.name}.code IS NULL;\nALTER INDEX ${t.name}_created_idx RENAME TO ${t.name}_created_at_idx;`,
  };
}

// A realistic mix: schema-building early, more alterations later.
const KINDS = [addColumns, addColumns, notValidCheck, enumColumn, functionAndTrigger, view, concurrentIndex, rename];
for (let i = 1; i <= n; i++) {
  const make = i <= 5 || rand(10) < 4 ? createTable : KINDS[rand(KINDS.length)];
  const m = make(i);
  const version = String(i).padStart(4, '0');
  if (brokenEvery > 0 && i % brokenEvery === 0) {
    planted.push(version);
    const statements = m.down.split('\n').filter((l) => l.trim());
    // Forgets its last statement (leaves something behind), or, with one statement only, names a table that is not there.
    m.down = (planted.length % 2 === 1 && statements.length > 1) ? statements.slice(0, -1).join('\n') : `DROP TABLE no_such_table_${i};`;
  }
  writeFileSync(join(dir, `${version}_${make.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}.sql`), `${m.header ?? ''}-- UP\n${m.up}\n\n-- DOWN\n${m.down}\n`);
}
if (brokenEvery > 0) writeFileSync(`${dir}.planted.json`, `${JSON.stringify(planted)}\n`);
console.log(`${n} migrations in ${dir}${planted.length ? ` (${planted.length} with a broken down)` : ''}: ${tables.length} tables, ${enums} enums, ${functions} functions, ${views} views`);
