BEGIN;
ALTER TABLE accounts ADD COLUMN note text;
CREATE INDEX accounts_note_idx ON accounts (note);
COMMIT;
