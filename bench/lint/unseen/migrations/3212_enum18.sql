CREATE TYPE invoice_state18 AS ENUM ('draft', 'open', 'paid', 'void');
ALTER TABLE orders ADD COLUMN invoice_state invoice_state18;;
