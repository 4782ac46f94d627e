-- +goose Up
ALTER TABLE accounts ADD COLUMN deleted_at TIMESTAMPTZ;
