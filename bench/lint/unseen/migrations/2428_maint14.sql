LOCK events;;
