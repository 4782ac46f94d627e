SET lock_timeout = '1s';
SET idle_in_transaction_session_timeout = '1min';
ALTER TABLE shipments ALTER COLUMN state SET DEFAULT 'new';;
