CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.projects (id bigint PRIMARY KEY, name text);
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_b.projects (id bigint PRIMARY KEY, name text);
INSERT INTO tenant_b.projects VALUES (1, 'x');
DROP SCHEMA tenant_b CASCADE;;
