ALTER TABLE shipments ADD COLUMN dimensions jsonb;;
