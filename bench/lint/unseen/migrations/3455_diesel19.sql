-- Your SQL goes here
ALTER TABLE customers ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT 'f';;
