CREATE TABLE staging AS SELECT id AS v FROM orders;
CREATE INDEX staging_idx ON staging (v);
