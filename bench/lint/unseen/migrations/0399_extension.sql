CREATE SCHEMA audit;
CREATE TABLE audit.entries (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), what text);
