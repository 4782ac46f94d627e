-- UP
ALTER TABLE orders INHERIT events;
