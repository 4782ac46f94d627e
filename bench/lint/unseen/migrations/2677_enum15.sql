ALTER TYPE postal_addr DROP ATTRIBUTE street;;
