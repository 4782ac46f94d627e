-- UP
SELECT count(*) FROM orders;
