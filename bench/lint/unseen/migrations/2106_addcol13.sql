ALTER TABLE shipments ADD COLUMN delivered_at timestamp with time zone;;
