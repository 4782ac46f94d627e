CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.projects (id bigint PRIMARY KEY, name text);
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_b.projects (id bigint PRIMARY KEY, name text);
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' LOOP
    EXECUTE format('ALTER TABLE %I.projects ADD COLUMN archived boolean NOT NULL DEFAULT false', s);
  END LOOP;
END
$$;;
