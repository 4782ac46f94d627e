ALTER TABLE users ADD COLUMN created_epoch bigint DEFAULT extract(epoch FROM now())::bigint;
