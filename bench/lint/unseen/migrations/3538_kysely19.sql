alter table "posts" add column "word_count" integer default 0 not null;
alter table "posts" add constraint "posts_word_count_check" check ("word_count" >= 0);
