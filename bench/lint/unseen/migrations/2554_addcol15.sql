ALTER TABLE metrics_2024 ADD COLUMN unit text;;
