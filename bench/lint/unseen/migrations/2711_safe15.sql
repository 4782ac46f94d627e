CREATE TYPE invoice_state AS ENUM ('draft', 'open', 'paid', 'void');;
