DO $$
BEGIN
  ALTER TABLE accounts ALTER COLUMN plan TYPE varchar(10);
END
$$;;
