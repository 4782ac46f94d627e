ALTER TABLE users ADD COLUMN referred_by bigint REFERENCES users;;
