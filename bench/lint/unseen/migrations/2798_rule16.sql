CREATE RULE recent_orders_delete16 AS ON DELETE TO recent_orders DO INSTEAD DELETE FROM orders WHERE id = OLD.id;;
