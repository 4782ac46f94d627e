-- lockstep:irreversible
-- UP
-- Free-text notes move out of the orders table into their own table.
-- Do NOT do this in a migration: ALTER TABLE orders ALTER COLUMN id TYPE bigint;
-- (it rewrites the table; see OPS-311 for the plan)
/*
  Previous attempt, reverted:
    CREATE INDEX orders_notes_idx ON orders (notes);
    DROP TABLE orders_archive;
    TRUNCATE orders;
*/
CREATE TABLE order_notes (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id   bigint NOT NULL REFERENCES orders (id),
  body       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_notes_order_id_idx ON order_notes (order_id);
COMMENT ON TABLE order_notes IS 'Replaces orders.notes. Never TRUNCATE: support tooling reads it. DROP TABLE only after the export.';
