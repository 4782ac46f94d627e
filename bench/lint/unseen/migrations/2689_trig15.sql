COMMENT ON TABLE metrics_2024 IS 'rows of 2024';;
