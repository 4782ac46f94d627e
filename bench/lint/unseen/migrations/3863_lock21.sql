SELECT set_config('lock_timeout', '4s', false);
CREATE INDEX posts_created_at_idx21 ON posts (created_at);;
