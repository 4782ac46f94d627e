CREATE OR REPLACE FUNCTION create_metrics_month(p_start date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF metrics FOR VALUES FROM (%L) TO (%L)',
    'metrics_p' || to_char(p_start, 'YYYY_MM'), p_start, p_start + interval '1 month');
END
$$;
SELECT create_metrics_month(date '2025-06-01');;
