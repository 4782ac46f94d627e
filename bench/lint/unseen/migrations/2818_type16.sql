ALTER TYPE postal_addr RENAME TO street_address;;
