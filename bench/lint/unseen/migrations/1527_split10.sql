ALTER TABLE customers DROP COLUMN notes, DROP COLUMN score;;
