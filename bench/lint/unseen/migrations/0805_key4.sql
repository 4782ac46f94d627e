ALTER TABLE shipments ADD PRIMARY KEY (id, order_id);
