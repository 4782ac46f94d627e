ALTER TABLE "posts" ADD "editor_id" bigint;;
