ALTER TABLE metrics ADD COLUMN source text;;
