-- UP
DROP TABLE metrics_2024;
