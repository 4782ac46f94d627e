// Writes N migration files of realistic DDL (five statements each, a mix of safe and dangerous ones)
// for the lint benchmark: node bench/lint/generate.mjs N OUTDIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [n = '1000', out = 'bench/.work/lint/migrations'] = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bodies = [
  (i) => `CREATE TABLE orders_${i} (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  customer_id bigint NOT NULL,\n  status text NOT NULL DEFAULT 'new',\n  total_cents bigint NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);`,
  (i) => `CREATE INDEX orders_${i}_customer_idx ON orders (customer_id);`,
  (i) => `ALTER TABLE orders ADD COLUMN note_${i} text;`,
  (i) => `ALTER TABLE orders ADD CONSTRAINT orders_total_${i}_check CHECK (total_cents >= 0) NOT VALID;`,
  (i) => `UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '${i % 400 + 30} days';`,
  (i) => `ALTER TABLE customers ADD COLUMN tier_${i} integer NOT NULL DEFAULT 0;`,
  (i) => `CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_${i}_status_idx ON orders (status);`,
  (i) => `ALTER TABLE orders ALTER COLUMN total_cents TYPE numeric(${12 + (i % 6)}, 2);`,
];
for (let i = 1; i <= Number(n); i++) {
  const version = String(i).padStart(6, '0');
  const up = [0, 1, 2, 3, 4].map((k) => bodies[(i + k * 3) % bodies.length](i)).join('\n\n');
  writeFileSync(join(out, `${version}_change_${i}.sql`), `${up}\n`);
}
console.log(`wrote ${n} files to ${out}`);
