ALTER TABLE shipments RENAME COLUMN addr TO address;;
