CREATE TABLE person (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  age INT
);
INSERT INTO person (name, age) VALUES ('aaron', 42), ('beth', 37);;
