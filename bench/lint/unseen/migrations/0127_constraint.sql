ALTER TABLE archive_2023 ADD CONSTRAINT archive_no_overlap EXCLUDE USING btree (day WITH =);
