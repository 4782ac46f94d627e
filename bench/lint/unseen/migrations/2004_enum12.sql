CREATE TYPE invoice_state AS ENUM ('draft', 'open', 'paid');
ALTER TYPE invoice_state ADD VALUE 'void';;
