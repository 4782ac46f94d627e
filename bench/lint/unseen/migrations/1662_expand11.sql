ALTER TABLE users ADD COLUMN nickname text;
CREATE SCHEMA app_v4;
CREATE VIEW app_v4.users AS SELECT id, email, name, nickname FROM public.users;;
