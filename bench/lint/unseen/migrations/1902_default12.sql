CREATE TABLE api_keys (id bigint PRIMARY KEY, owner_id bigint NOT NULL);
ALTER TABLE api_keys ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();;
