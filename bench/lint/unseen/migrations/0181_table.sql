ALTER TABLE customers RENAME COLUMN notes TO remarks;
