ALTER TABLE users ADD COLUMN bucket2 integer DEFAULT floor(random() * 100);
