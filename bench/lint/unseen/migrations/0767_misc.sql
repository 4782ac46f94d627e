DROP STATISTICS posts_stats;
