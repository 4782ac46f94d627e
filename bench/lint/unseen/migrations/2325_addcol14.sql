ALTER TABLE archive_2023 ADD COLUMN source text;;
