CREATE TYPE region21 AS ENUM ('eu', 'us');
ALTER TABLE customers ALTER COLUMN region TYPE region21 USING region::region21;;
