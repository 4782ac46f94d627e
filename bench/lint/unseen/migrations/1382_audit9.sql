DROP TRIGGER IF EXISTS orders_audit ON orders;
DROP FUNCTION IF EXISTS audit_row_change();;
