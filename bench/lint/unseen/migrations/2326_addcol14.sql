ALTER TABLE shipments ADD COLUMN carrier text NOT NULL DEFAULT 'dhl';;
