DO $$ BEGIN ALTER TABLE users RENAME COLUMN name TO display_name; EXCEPTION WHEN undefined_column THEN NULL; END $$;
