ALTER TABLE orders ADD COLUMN c5_default boolean DEFAULT false;
