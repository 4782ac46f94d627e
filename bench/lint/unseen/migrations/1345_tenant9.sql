CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.projects (id bigint PRIMARY KEY, name text);
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_b.projects (id bigint PRIMARY KEY, name text);
ALTER TABLE tenant_a.projects ADD COLUMN archived_at timestamptz;
ALTER TABLE tenant_b.projects ADD COLUMN archived_at timestamptz;;
