ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (name);;
