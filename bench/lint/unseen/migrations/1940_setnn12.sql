ALTER TABLE posts
  ALTER COLUMN views SET DEFAULT 0, -- body stays nullable until this check is validated
  ADD CONSTRAINT posts_body_nn CHECK (body IS NOT NULL) NOT VALID;;
