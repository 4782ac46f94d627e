-- UP
ALTER TABLE ONLY sales ADD COLUMN note text;
