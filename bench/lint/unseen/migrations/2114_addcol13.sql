ALTER TABLE metrics ADD COLUMN source text DEFAULT 'import';;
