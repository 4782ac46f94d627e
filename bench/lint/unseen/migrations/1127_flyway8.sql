CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.login_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL,
    ip INET,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX login_events_user_at_idx ON audit.login_events (user_id, at DESC);
