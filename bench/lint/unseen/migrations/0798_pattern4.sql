UPDATE users SET admin = true WHERE id BETWEEN 1 AND 1000 AND admin = false;
