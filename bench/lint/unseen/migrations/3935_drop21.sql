ALTER TABLE shipments RENAME CONSTRAINT shipments_pkey TO shipments_id_pk21;;
