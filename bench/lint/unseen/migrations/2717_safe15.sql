ALTER TABLE metrics_2024 SET (fillfactor = 90);;
