ALTER TABLE archive_2023 ALTER COLUMN day TYPE timestamp;;
