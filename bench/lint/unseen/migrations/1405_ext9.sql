CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE accounts ADD COLUMN public_id uuid DEFAULT uuid_generate_v4();;
