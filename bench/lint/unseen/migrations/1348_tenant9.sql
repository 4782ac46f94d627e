CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.projects (id bigint PRIMARY KEY, name text);
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_b.projects (id bigint PRIMARY KEY, name text);
GRANT USAGE ON SCHEMA tenant_a TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA tenant_a TO PUBLIC;;
