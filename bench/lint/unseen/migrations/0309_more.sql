ALTER TABLE metrics ADD COLUMN note text;
