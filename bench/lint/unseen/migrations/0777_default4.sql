ALTER TABLE users ADD COLUMN note_at text DEFAULT timeofday();
