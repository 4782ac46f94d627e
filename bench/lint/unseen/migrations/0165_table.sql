CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), data jsonb) PARTITION BY RANGE (id);
