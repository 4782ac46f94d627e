CREATE TABLE user_sessions9 (id uuid NOT NULL, user_id bigint NOT NULL, data jsonb) PARTITION BY HASH (id);
CREATE TABLE user_sessions9_p0 PARTITION OF user_sessions9 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE user_sessions9_p1 PARTITION OF user_sessions9 FOR VALUES WITH (MODULUS 2, REMAINDER 1);;
