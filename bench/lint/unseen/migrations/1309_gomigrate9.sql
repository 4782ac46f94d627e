CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE TABLE IF NOT EXISTS devices (
    id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform VARCHAR(16) NOT NULL,
    push_token TEXT
);;
