create index idx_posts_user_published on posts (user_id, published);;
