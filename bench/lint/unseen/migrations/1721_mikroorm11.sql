create table "book" ("id" serial primary key, "title" varchar(255) not null, "author_id" bigint not null);
alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;;
