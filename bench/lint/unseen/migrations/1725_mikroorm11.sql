alter table "users" rename column "login_count" to "sign_in_count";;
