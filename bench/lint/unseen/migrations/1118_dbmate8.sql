-- migrate:up
create table user_sessions (
  id text primary key,
  user_id bigint not null references users (id) on delete cascade,
  expires_at timestamptz not null
);
create index user_sessions_user_id_idx on user_sessions (user_id);

-- migrate:down

