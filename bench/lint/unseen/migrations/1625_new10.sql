CREATE TABLE tags (
  id serial PRIMARY KEY,
  name citext NOT NULL UNIQUE
);;
