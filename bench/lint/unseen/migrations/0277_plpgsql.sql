DO $$ DECLARE t text; BEGIN FOR t IN SELECT unnest(ARRAY['orders', 'customers']) LOOP EXECUTE format('ALTER TABLE %I ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0', t); END LOOP; END $$;
