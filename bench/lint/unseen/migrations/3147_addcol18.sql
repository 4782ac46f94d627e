ALTER TABLE posts ADD COLUMN rating numeric(3, 1) CHECK (rating BETWEEN 0 AND 10);;
