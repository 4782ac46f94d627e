UPDATE orders SET legacy_code = NULL WHERE id BETWEEN 1 AND 50;;
