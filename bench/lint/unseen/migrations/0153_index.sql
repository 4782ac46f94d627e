DROP INDEX IF EXISTS no_such_idx;
