ALTER TABLE "users" ADD "settings" json;;
