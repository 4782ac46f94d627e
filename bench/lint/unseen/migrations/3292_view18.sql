CREATE VIEW customer_emails18 AS SELECT id, email::text AS email FROM customers;;
