COMMENT ON STATISTICS posts_stats IS 'planner hint';;
