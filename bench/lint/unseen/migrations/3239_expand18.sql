ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code_v0;;
