CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.projects (id bigint PRIMARY KEY, name text);
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_b.projects (id bigint PRIMARY KEY, name text);
ALTER SCHEMA tenant_a RENAME TO tenant_acme;;
