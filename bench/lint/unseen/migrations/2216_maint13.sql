truncate "public"."ledger";;
