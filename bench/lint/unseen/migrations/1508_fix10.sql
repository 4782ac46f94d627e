CREATE TEMP TABLE region_fix (customer_id bigint PRIMARY KEY, region text NOT NULL);
INSERT INTO region_fix VALUES (11, 'us'), (12, 'us'), (13, 'apac');
UPDATE customers c SET region = f.region FROM region_fix f WHERE f.customer_id = c.id;;
