CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('3c1d0ce4f5a6') RETURNING alembic_version.version_num;
BEGIN;

-- Running upgrade 3c1d0ce4f5a6 -> 3c1d0de4f5a6

ALTER TABLE orders ADD COLUMN fulfilment_note TEXT NOT NULL;

UPDATE alembic_version SET version_num='3c1d0de4f5a6' WHERE alembic_version.version_num = '3c1d0ce4f5a6';

COMMIT;
