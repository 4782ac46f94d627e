DELETE FROM shipments WHERE state IS NULL;;
