SET statement_timeout = '10min';
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;;
