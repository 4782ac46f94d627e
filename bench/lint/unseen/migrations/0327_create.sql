CREATE TABLE daily_counts (day date NOT NULL, kind text NOT NULL, n bigint NOT NULL DEFAULT 0, UNIQUE (day, kind));
