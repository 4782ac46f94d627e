ALTER TABLE archive_2023 ADD COLUMN v_text text DEFAULT v::text;;
