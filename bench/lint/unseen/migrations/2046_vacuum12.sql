VACUUM posts;;
