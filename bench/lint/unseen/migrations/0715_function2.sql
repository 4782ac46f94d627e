CREATE OR REPLACE FUNCTION ensure_sales_partition(r text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF sales FOR VALUES IN (%L)', 'sales_' || r, r); END $$;
SELECT ensure_sales_partition('apac');
