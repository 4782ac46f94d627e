-- UP
DROP STATISTICS posts_stats;
