CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('3c1d1ae4f5a6') RETURNING alembic_version.version_num;
BEGIN;

-- Running upgrade 3c1d1ae4f5a6 -> 3c1d1be4f5a6

CREATE TABLE plans (
    code VARCHAR(20) NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    PRIMARY KEY (code)
);

INSERT INTO plans (code, name) VALUES ('free', 'Free'), ('pro', 'Pro');

UPDATE alembic_version SET version_num='3c1d1be4f5a6' WHERE alembic_version.version_num = '3c1d1ae4f5a6';

COMMIT;
