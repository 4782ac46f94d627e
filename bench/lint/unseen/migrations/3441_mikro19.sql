create table "post_tags" ("post_id" bigint not null, "tag_id" int not null, constraint "post_tags_pkey" primary key ("post_id", "tag_id"));
alter table "post_tags" add constraint "post_tags_post_id_foreign" foreign key ("post_id") references "posts" ("id") on update cascade on delete cascade;;
