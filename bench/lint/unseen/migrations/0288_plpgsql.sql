-- UP
CREATE FUNCTION add_partition(d date) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE TABLE IF NOT EXISTS metrics_%s PARTITION OF metrics FOR VALUES FROM (%L) TO (%L)', to_char(d, 'YYYY'), d, d + 365); END $$;
