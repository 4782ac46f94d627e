-- V12_3__index_users_created_at.sql
-- flyway:executeInTransaction=false
CREATE INDEX CONCURRENTLY idx_users_created_at ON users (created_at);;
