RESET lock_timeout;;
