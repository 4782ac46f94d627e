CREATE TABLE customer_imports (id bigint PRIMARY KEY, email text NOT NULL, name text NOT NULL);
INSERT INTO customer_imports VALUES (5, 'c5@x.io', 'Five'), (2101, 'new@x.io', 'New');
MERGE INTO customers c
USING customer_imports i ON c.id = i.id
WHEN MATCHED THEN UPDATE SET name = i.name
WHEN NOT MATCHED THEN INSERT (id, email, name, region, score) VALUES (i.id, i.email, i.name, 'eu', 0);;
