ALTER TABLE posts ADD COLUMN public_id uuid;
ALTER TABLE posts ALTER COLUMN public_id SET DEFAULT gen_random_uuid();;
