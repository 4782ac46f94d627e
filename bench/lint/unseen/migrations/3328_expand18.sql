ALTER TABLE customers RENAME COLUMN notes TO internal_notes;;
