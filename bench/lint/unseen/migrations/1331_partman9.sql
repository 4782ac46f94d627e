ALTER TABLE metrics DETACH PARTITION metrics_2024;
ALTER TABLE metrics_2024 RENAME TO metrics_2024_archived;;
