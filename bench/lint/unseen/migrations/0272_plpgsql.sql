DO $$ BEGIN ALTER TABLE orders ADD COLUMN origin text; UPDATE orders SET origin = 'legacy'; END $$;
