CREATE SEQUENCE order_ref_seq AS integer START WITH 1000 OWNED BY orders.id;;
