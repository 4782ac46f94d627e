CREATE TYPE shipment_state AS ENUM ('new', 'packed', 'shipped', 'delivered');;
