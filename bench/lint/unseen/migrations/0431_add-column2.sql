ALTER TABLE accounts ADD COLUMN lvl integer NOT NULL DEFAULT 0 CHECK (lvl >= 0);
