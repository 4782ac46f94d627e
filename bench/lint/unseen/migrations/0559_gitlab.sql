ALTER TABLE users ADD COLUMN team_id bigint;
ALTER TABLE users ADD CONSTRAINT users_team_fk FOREIGN KEY (team_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_team_fk;
