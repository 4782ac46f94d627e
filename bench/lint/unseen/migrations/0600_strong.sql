EXPLAIN ANALYZE UPDATE users SET admin = false;
