CREATE COLLATION IF NOT EXISTS c_bytes (locale = 'C');;
