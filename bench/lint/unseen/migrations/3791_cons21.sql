ALTER TABLE archive_2023 ADD CONSTRAINT archive_day_key21 UNIQUE (day);;
