ALTER TABLE users ADD COLUMN locale varchar(8);

--bun:split

CREATE INDEX users_locale_idx ON users (locale);;
