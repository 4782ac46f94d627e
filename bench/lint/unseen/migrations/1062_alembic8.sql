BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1f0e2d3c4b5a

CREATE TABLE organizations (
    id UUID NOT NULL, 
    name VARCHAR(200) NOT NULL, 
    owner_id BIGINT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(owner_id) REFERENCES customers (id)
);

INSERT INTO alembic_version (version_num) VALUES ('1f0e2d3c4b5a') RETURNING alembic_version.version_num;

COMMIT;
