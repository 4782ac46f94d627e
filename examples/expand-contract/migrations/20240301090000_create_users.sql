-- The starting point: users with a column the team wants to rename, fullname → display_name.
-- UP
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  fullname text NOT NULL
);
INSERT INTO users (email, fullname)
SELECT 'user' || g || '@example.com', 'User ' || g FROM generate_series(1, 5000) g;

-- DOWN
DROP TABLE users;
