ALTER TYPE postal_addr ALTER ATTRIBUTE city TYPE varchar(100);;
