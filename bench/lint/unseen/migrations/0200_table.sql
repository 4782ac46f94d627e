ALTER TABLE orders INHERIT events;
