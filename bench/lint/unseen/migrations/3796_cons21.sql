ALTER TABLE ONLY sales ADD CONSTRAINT sales_region_short21 CHECK (length(region) <= 8);;
