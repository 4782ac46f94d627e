-- Script0021 - CustomerNotesToJsonb.sql
ALTER TABLE customers ALTER COLUMN notes TYPE jsonb USING to_jsonb(notes);;
