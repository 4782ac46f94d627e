-- Script0013 - IndexLegacyQty.sql
CREATE INDEX ix_orders_legacy_code_qty ON orders (legacy_code, qty);;
