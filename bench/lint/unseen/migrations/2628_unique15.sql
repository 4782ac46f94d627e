CREATE UNIQUE INDEX CONCURRENTLY archive_2023_day_v_idx ON archive_2023 (day, v);
ALTER TABLE archive_2023 ADD CONSTRAINT archive_2023_pkey PRIMARY KEY USING INDEX archive_2023_day_v_idx;;
