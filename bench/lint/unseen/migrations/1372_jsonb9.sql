UPDATE orders SET payload = '{"migrated": true}' WHERE payload IS NULL;;
