ALTER TABLE accounts DROP CONSTRAINT IF EXISTS no_such_constraint;
