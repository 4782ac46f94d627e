UPDATE metrics SET v = v * 10;;
