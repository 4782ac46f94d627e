COMMENT ON TABLE "logs" IS 'partitioned by day';;
