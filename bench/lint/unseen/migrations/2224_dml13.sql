INSERT INTO customers (id, email, name, region, score)
SELECT 900000 + id, 'archived-' || id || '@x.io', name, region, 0 FROM customers WHERE id <= 10;;
