CREATE TABLE IF NOT EXISTS schemaversions (schemaversionsid serial PRIMARY KEY, scriptname character varying(255) NOT NULL, applied timestamp without time zone NOT NULL);
-- Script0014 - SeedCustomer.sql
INSERT INTO customers (id, email, name, region, score) VALUES (700001, 'support@x.io', 'Support', 'eu', 0);
insert into schemaversions (scriptname, applied) values ('App.Scripts.Script0014 - SeedCustomer.sql', now());;
