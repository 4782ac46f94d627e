TRUNCATE TABLE logs_default;;
