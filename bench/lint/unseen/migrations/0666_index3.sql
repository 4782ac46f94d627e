ALTER INDEX IF EXISTS no_such_index RENAME TO still_no_index;
