set session_replication_role = 'replica';

update "orders" set "customer_id" = 999999 where "id" = 7;

set session_replication_role = 'origin';;
