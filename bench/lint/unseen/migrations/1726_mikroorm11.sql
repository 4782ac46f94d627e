set session_replication_role = 'replica';
insert into "posts" ("user_id", "title", "created_at") values (424242, 'imported', now());
set session_replication_role = 'origin';;
