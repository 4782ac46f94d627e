TRUNCATE logs_default;;
