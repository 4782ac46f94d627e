ALTER TABLE orders RENAME TO purchases;;
