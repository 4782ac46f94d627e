alter table "customers" rename column "name" to "full_name";;
