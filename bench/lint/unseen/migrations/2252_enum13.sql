ALTER TYPE postal_addr RENAME ATTRIBUTE city TO town;;
