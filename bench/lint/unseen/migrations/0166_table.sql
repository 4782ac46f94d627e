CREATE TABLE audit (id bigint, at timestamptz NOT NULL DEFAULT now(), data jsonb, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
