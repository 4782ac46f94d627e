-- +goose Up
ALTER TABLE posts ALTER COLUMN user_id DROP NOT NULL;
