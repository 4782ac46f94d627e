-- Add migration script here
CREATE TABLE subscription_tokens (
    subscription_token TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (subscription_token)
);;
