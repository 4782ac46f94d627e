set names 'utf8';
set session_replication_role = 'replica';

alter table "orders" add column "note" varchar(255) null;

set session_replication_role = 'origin';;
