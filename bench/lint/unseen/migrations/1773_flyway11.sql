-- V46__audit_schema.sql (placeholder audit_schema=audit)
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE audit.order_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id BIGINT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    old_status TEXT,
    new_status TEXT
);;
