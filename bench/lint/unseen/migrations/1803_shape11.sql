CREATE TABLE tickets (
  id integer GENERATED ALWAYS AS IDENTITY (START WITH 1000 CACHE 20) PRIMARY KEY,
  subject text NOT NULL,
  opened_by bigint REFERENCES users (id)
);;
