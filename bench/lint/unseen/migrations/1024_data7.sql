UPDATE customers SET region = lower(region);
