SET lock_timeout = '2s';
ALTER TABLE shipments ADD COLUMN carrier text DEFAULT 'dhl';;
