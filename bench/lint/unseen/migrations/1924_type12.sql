ALTER TABLE customers
  ALTER COLUMN region TYPE varchar,
  ALTER COLUMN notes TYPE varchar(500);;
