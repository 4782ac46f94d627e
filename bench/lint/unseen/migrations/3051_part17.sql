ALTER TABLE ONLY logs ADD COLUMN level text;;
