CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE users ADD COLUMN external_id uuid DEFAULT uuid_generate_v4();
