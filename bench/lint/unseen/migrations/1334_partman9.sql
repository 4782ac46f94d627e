CREATE TABLE page_views (
    viewed_at timestamptz NOT NULL,
    path text NOT NULL,
    user_id bigint
) PARTITION BY RANGE (viewed_at);
CREATE TABLE page_views_p2025_01 PARTITION OF page_views FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
CREATE TABLE page_views_p2025_02 PARTITION OF page_views FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');
CREATE INDEX ON page_views (viewed_at);;
