INSERT INTO metrics (day, v) VALUES ('2024-12-31', 1);;
