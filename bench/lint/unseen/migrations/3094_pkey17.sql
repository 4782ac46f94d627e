ALTER TABLE shipments DROP CONSTRAINT shipments_pkey, ADD PRIMARY KEY (id, order_id);;
