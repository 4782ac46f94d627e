DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_type WHERE typname = 'priority') THEN CREATE TYPE priority AS ENUM ('low', 'high'); END IF; END $$;
