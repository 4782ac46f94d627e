/**
 * A schema with every object kind and references between them, and a series of DDL steps for
 * test/schema/incremental.test.ts. Several steps rename something others print (a column a view or a
 * foreign key names, a table, an enum label in a default, a function a trigger calls, a sequence a
 * default calls, a parent index a partition's index is attached to), which is where an incremental
 * snapshot must read more than the object that changed.
 */
export const BASE_SCHEMA = `
create schema app;
create type app.mood as enum ('sad', 'ok', 'happy');
create domain app.short_text as text check (length(value) < 100);
create type app.pair as (a int, b text);
create table app.users (
  id bigint generated always as identity primary key, email text not null unique, name app.short_text,
  mood app.mood default 'ok', created_at timestamptz default now());
create table app.posts (
  id serial primary key, user_id bigint references app.users (id), title text not null, body text,
  score numeric(10,2) default 0 constraint posts_score_check check (score >= 0), pair app.pair);
create index posts_title_idx on app.posts (lower(title));
create function app.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger posts_touch before update on app.posts for each row execute function app.touch();
create view app.post_titles as select p.id, p.title, u.email from app.posts p join app.users u on u.id = p.user_id;
create view app.user_emails as select id, email from app.users;
create materialized view app.post_counts as select user_id, count(*) as n from app.posts group by user_id;
create unique index post_counts_user_idx on app.post_counts (user_id);
create function app.user_count() returns bigint language sql begin atomic select count(*) from app.users where email <> ''; end;
create function app.all_users() returns setof app.users language sql stable as $$ select * from app.users $$;
create view app.users_via_function as select * from app.all_users();
create table app.events (id int, at date not null, kind app.mood) partition by range (at);
create table app.events_2024 partition of app.events for values from ('2024-01-01') to ('2025-01-01');
create index events_at_idx on app.events (at);
create table app.audit (note text, m app.mood default 'sad');
create function app.sum_state(a int, b int) returns int language sql immutable as $$ select a + b $$;
create aggregate app.my_sum(int) (sfunc = app.sum_state, stype = int, initcond = '0');
alter table app.users enable row level security;
create policy users_self on app.users using (email = current_user);
`;

export interface Step {
  readonly label: string;
  /** One string runs as one simple query (one implicit transaction); an array runs statement by statement. */
  readonly sql: string | readonly string[];
  readonly engines?: readonly ('server' | 'pglite')[];
}

export const STEPS: readonly Step[] = [
  { label: 'comment on a table', sql: `comment on table app.posts is 'posts'` },
  { label: 'comment on a column', sql: `comment on column app.posts.title is 'the title'` },
  { label: 'comments on index, constraint, trigger, function', sql: `comment on index app.posts_title_idx is 'i';
    comment on constraint posts_score_check on app.posts is 'c'; comment on trigger posts_touch on app.posts is 't';
    comment on function app.touch() is 'f'` },
  { label: 'comments on types and domain', sql: `comment on type app.mood is 'm'; comment on type app.pair is 'p'; comment on domain app.short_text is 'd'` },
  { label: 'comment removed', sql: `comment on column app.posts.title is null` },
  { label: 'column added', sql: `alter table app.posts add column extra int` },
  { label: 'column a view names renamed', sql: `alter table app.posts rename column title to headline` },
  { label: 'column views, a policy and a SQL-body function name renamed', sql: `alter table app.users rename column email to mail` },
  { label: 'table renamed (foreign key, views, function result, identity sequence)', sql: `alter table app.users rename to members` },
  { label: 'index renamed', sql: `alter index app.posts_title_idx rename to posts_headline_idx` },
  { label: 'column type changed', sql: `alter table app.posts alter column extra type bigint` },
  { label: 'not null set and dropped', sql: `alter table app.posts alter column body set not null; alter table app.posts alter column body drop not null` },
  { label: 'default changed', sql: `alter table app.posts alter column score set default 1` },
  { label: 'constraint re-added not valid', sql: `alter table app.posts drop constraint posts_score_check;
    alter table app.posts add constraint posts_score_check check (score >= 0) not valid` },
  { label: 'constraint validated', sql: `alter table app.posts validate constraint posts_score_check` },
  { label: 'constraint renamed', sql: `alter table app.posts rename constraint posts_score_check to score_positive` },
  { label: 'function body replaced', sql: `create or replace function app.touch() returns trigger language plpgsql as $$ begin new.body := new.body; return new; end $$` },
  { label: 'trigger function renamed', sql: `alter function app.touch() rename to touch_row` },
  { label: 'aggregate state function renamed', sql: `alter function app.sum_state(int, int) rename to add_state` },
  { label: 'enum value added', sql: `alter type app.mood add value 'ecstatic'` },
  { label: 'enum value added before another', sql: `alter type app.mood add value 'meh' before 'ok'` },
  { label: 'enum value a default uses renamed', sql: `alter type app.mood rename value 'sad' to 'blue'` },
  { label: 'enum renamed', sql: `alter type app.mood rename to feeling` },
  { label: 'composite type attribute added and renamed', sql: `alter type app.pair add attribute c date; alter type app.pair rename attribute a to first` },
  { label: 'domain constraint added not valid, default set', sql: `alter domain app.short_text add constraint not_blank check (value <> '') not valid;
    alter domain app.short_text set default 'x'` },
  { label: 'domain constraint validated', sql: `alter domain app.short_text validate constraint not_blank` },
  { label: 'domain renamed', sql: `alter domain app.short_text rename to label` },
  { label: 'sequence used by a default', sql: `create sequence app.counter; alter table app.audit add column n int default nextval('app.counter')` },
  { label: 'sequence a default calls renamed', sql: `alter sequence app.counter rename to ticket` },
  { label: 'sequence altered and owned', sql: `alter sequence app.ticket increment by 5 owned by app.audit.n` },
  { label: 'sequence no longer owned', sql: `alter sequence app.ticket owned by none` },
  { label: 'partition detached', sql: `alter table app.events detach partition app.events_2024` },
  { label: 'partition attached', sql: `alter table app.events attach partition app.events_2024 for values from ('2024-01-01') to ('2025-01-01')` },
  { label: 'partitioned index added', sql: `create index events_kind_idx on app.events (kind)` },
  { label: 'parent index of a partition index renamed', sql: `alter index app.events_kind_idx rename to events_feeling_idx` },
  { label: 'inheritance added', sql: `create table app.child (extra int) inherits (app.audit)` },
  { label: 'inheritance removed', sql: `alter table app.child no inherit app.audit` },
  { label: 'identity added', sql: `alter table app.posts alter column extra set not null; alter table app.posts alter column extra add generated always as identity` },
  { label: 'identity dropped', sql: `alter table app.posts alter column extra drop identity` },
  { label: 'generated column added', sql: `alter table app.posts add column slug text generated always as (lower(headline)) stored` },
  { label: 'collation changed', sql: `alter table app.posts alter column body type text collate "C"` },
  { label: 'view replaced with a new column', sql: `create or replace view app.user_emails as select id, mail as email, 1 as one from app.members` },
  { label: 'view over a function and the function dropped', sql: `drop view app.users_via_function; drop function app.all_users()` },
  { label: 'materialized view column renamed', sql: `alter materialized view app.post_counts rename column n to total` },
  { label: 'trigger disabled, then enabled always', sql: `alter table app.posts disable trigger posts_touch; alter table app.posts enable always trigger posts_touch` },
  { label: 'trigger renamed', sql: `alter trigger posts_touch on app.posts rename to posts_touch2` },
  { label: 'policy altered and renamed', sql: `alter policy users_self on app.members using (true); alter policy users_self on app.members rename to everyone` },
  { label: 'policy dropped, row security off', sql: `drop policy everyone on app.members; alter table app.members disable row level security` },
  { label: 'trigger dropped', sql: `drop trigger posts_touch2 on app.posts` },
  { label: 'index dropped', sql: `drop index app.posts_headline_idx` },
  { label: 'index built concurrently', sql: [`create index concurrently posts_body_idx on app.posts (body)`] },
  { label: 'index dropped concurrently', sql: [`drop index concurrently app.posts_body_idx`] },
  { label: 'schema created (global)', sql: `create schema other` },
  { label: 'table moved to another schema', sql: `alter table app.audit set schema other` },
  { label: 'extension created (global)', sql: `create extension if not exists citext` },
  { label: 'column of an extension type', sql: `alter table other.audit add column tag citext` },
  { label: 'rolled back', sql: `begin; alter table app.members add column z int; drop view app.post_titles; rollback` },
  { label: 'failed statement rolled back', sql: [`do $$ begin alter table app.members add column z int; raise exception 'no'; exception when others then null; end $$`] },
  { label: 'column dropped', sql: `alter table app.posts drop column pair` },
  { label: 'table dropped with its dependents', sql: `drop table app.posts cascade` },
  { label: 'type, domain, aggregate and function dropped', sql: `drop aggregate app.my_sum(int); drop function app.add_state(int, int);
    drop table app.events; drop type app.pair` },
  { label: 'schema dropped (global)', sql: `drop schema other cascade` },
];
