-- +goose Up
ALTER TABLE accounts ADD COLUMN timezone text NOT NULL DEFAULT 'UTC';

-- +goose Down

