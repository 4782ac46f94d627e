CREATE TABLE maintenance_windows (
  id serial PRIMARY KEY,
  during tstzrange NOT NULL,
  EXCLUDE USING gist (during WITH &&)
);;
