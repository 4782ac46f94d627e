ALTER TYPE postal_addr ADD ATTRIBUTE zip text;
