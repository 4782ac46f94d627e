ALTER TABLE events SET SCHEMA public;
