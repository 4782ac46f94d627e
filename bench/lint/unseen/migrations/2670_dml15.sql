INSERT INTO sales (region, amount) VALUES ('us', 1);;
