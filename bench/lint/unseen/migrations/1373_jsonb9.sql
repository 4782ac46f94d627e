ALTER TABLE orders ALTER COLUMN payload TYPE jsonb USING payload::jsonb, ALTER COLUMN payload SET DEFAULT '{}'::jsonb;;
