CREATE TYPE archive_row AS (day date, v int);
ALTER TABLE archive_2023 OF archive_row;;
