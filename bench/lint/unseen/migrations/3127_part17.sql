INSERT INTO sales VALUES ('us', 1);;
