ALTER TABLE ONLY metrics ADD COLUMN unit text;;
