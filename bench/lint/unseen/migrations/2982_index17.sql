CREATE INDEX CONCURRENTLY index_users_on_created_at ON users USING btree (created_at);;
