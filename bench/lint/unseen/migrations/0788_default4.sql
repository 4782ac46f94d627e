ALTER TABLE users ADD COLUMN valid_until timestamptz DEFAULT now() + interval '30 days';
