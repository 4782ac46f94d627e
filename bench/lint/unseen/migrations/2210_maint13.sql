VACUUM (FREEZE) events;;
