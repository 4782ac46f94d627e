CREATE TYPE delivery_slot21 AS ENUM ('morning', 'evening');
ALTER TABLE shipments ADD COLUMN slot delivery_slot21;;
