VACUUM FULL posts;;
