BEGIN;
CREATE TYPE channel21 AS ENUM ('web', 'app');
ALTER TABLE orders ADD COLUMN channel channel21;
ALTER TYPE channel21 ADD VALUE 'pos';
COMMIT;
