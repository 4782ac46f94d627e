SET lock_timeout TO '3s';
ALTER TABLE orders ADD COLUMN gift_message text;;
