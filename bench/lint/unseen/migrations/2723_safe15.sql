ALTER TABLE customers ALTER COLUMN notes TYPE text;;
