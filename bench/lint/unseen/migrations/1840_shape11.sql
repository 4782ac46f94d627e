CREATE TYPE archive_row AS (day date, v int);
ALTER TABLE events OF archive_row;;
