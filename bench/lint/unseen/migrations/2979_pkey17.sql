ALTER TABLE sales ADD PRIMARY KEY (region, amount);;
