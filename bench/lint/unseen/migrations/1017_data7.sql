UPDATE orders SET legacy_code = NULL WHERE created_at < now() - interval '2 years';
