alter table "accounts" alter column "created_at" set default clock_timestamp();;
