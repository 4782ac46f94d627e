CREATE TABLE scratch_rows AS SELECT g AS v FROM generate_series(1, 100) g;
CREATE INDEX ix_scratch_v ON scratch_rows (v);;
