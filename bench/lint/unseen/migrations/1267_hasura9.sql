comment on column "public"."users"."email" is E'The user\'s login address';;
