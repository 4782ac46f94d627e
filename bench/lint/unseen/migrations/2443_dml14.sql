INSERT INTO metrics (day, v) VALUES ('2023-12-31', 1);;
