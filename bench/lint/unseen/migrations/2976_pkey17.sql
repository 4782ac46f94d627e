ALTER TABLE shipments DROP CONSTRAINT shipments_pkey;;
