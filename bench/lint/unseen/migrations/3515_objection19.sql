alter table "posts" add column "search_rank" real;
create index "posts_search_rank_index" on "posts" ("search_rank");
