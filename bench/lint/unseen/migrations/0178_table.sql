-- UP
TRUNCATE customers CASCADE;
