ALTER TABLE metrics ADD CONSTRAINT metrics_pkey PRIMARY KEY (day, v);;
