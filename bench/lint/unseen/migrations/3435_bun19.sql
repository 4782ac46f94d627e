CREATE TABLE IF NOT EXISTS bun_migrations (id bigserial PRIMARY KEY, name varchar, group_id bigint, migrated_at timestamptz NOT NULL DEFAULT current_timestamp);
ALTER TABLE ledger ADD COLUMN memo text;

--bun:split

INSERT INTO bun_migrations ("name", "group_id", "migrated_at") VALUES ('20240501120000', 3, current_timestamp);;
