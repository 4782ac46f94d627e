CREATE SCHEMA IF NOT EXISTS tenant_acme;
CREATE TABLE tenant_acme.projects (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);;
