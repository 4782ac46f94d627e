COMMENT ON TABLE metrics_2024 IS 'metrics of 2024';;
