BEGIN;

CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));

-- Running upgrade  -> 1a2b3c4d5e6f

ALTER TABLE posts ADD COLUMN excerpt TEXT;

INSERT INTO alembic_version (version_num) VALUES ('1a2b3c4d5e6f');

COMMIT;
