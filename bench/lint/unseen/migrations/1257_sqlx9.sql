-- Add migration script here
ALTER TABLE accounts DROP COLUMN plan;;
