VACUUM (FREEZE) accounts;;
