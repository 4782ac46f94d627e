ALTER TABLE accounts ADD COLUMN nickname text COLLATE "C" DEFAULT 'x';
