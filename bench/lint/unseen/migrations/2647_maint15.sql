VACUUM (FULL, VERBOSE) public.posts;;
