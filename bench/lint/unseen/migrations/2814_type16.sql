ALTER TYPE postal_addr ALTER ATTRIBUTE street TYPE varchar(200) CASCADE;;
