-- +goose Up
ALTER TABLE events ALTER COLUMN kind TYPE text;
