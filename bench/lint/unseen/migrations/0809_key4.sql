CREATE UNIQUE INDEX users_name_active_uq ON users (name) WHERE NOT admin;
