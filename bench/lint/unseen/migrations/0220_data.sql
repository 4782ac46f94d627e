UPDATE customers SET region = lower(region) WHERE region IS NOT NULL;
