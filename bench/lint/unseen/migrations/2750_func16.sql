ALTER ROUTINE posts_touch_fn() RESET ALL;;
