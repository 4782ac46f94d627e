CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('3c1d13e4f5a6') RETURNING alembic_version.version_num;
BEGIN;

-- Running upgrade 3c1d13e4f5a6 -> 3c1d14e4f5a6

CREATE TABLE api_tokens (
    id SERIAL NOT NULL, 
    user_id BIGINT NOT NULL, 
    token VARCHAR(64) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    UNIQUE (token)
);

CREATE INDEX ix_api_tokens_user_id ON api_tokens (user_id);

UPDATE alembic_version SET version_num='3c1d14e4f5a6' WHERE alembic_version.version_num = '3c1d13e4f5a6';

COMMIT;
