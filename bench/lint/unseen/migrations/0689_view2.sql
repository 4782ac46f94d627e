CREATE VIEW eu_customers WITH (check_option = local) AS SELECT id, email, region FROM customers WHERE region = 'eu';
