ALTER TABLE users ADD COLUMN deleted_at timestamp(6);;
