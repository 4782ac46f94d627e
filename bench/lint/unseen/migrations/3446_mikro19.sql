alter table "shipments" drop constraint if exists "shipments_state_check";;
