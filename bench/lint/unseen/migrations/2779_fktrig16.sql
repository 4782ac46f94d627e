SET CONSTRAINTS orders_customer_id_fkey DEFERRED;;
