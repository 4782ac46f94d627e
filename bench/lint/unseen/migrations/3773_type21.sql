ALTER TABLE archive_2023 ALTER COLUMN v TYPE numeric(10, 0) USING v::numeric;;
