-- UP
DROP TYPE postal_addr;
