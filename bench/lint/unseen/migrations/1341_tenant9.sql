CREATE SCHEMA tenant_acme;
SET search_path TO tenant_acme, public;
CREATE TABLE projects (id bigserial PRIMARY KEY, name text NOT NULL, owner_id bigint REFERENCES users (id));
CREATE INDEX ON projects (owner_id);;
