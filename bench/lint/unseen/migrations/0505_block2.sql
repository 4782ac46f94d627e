BEGIN;
CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TABLE accounts ADD COLUMN priority priority;
COMMIT;
