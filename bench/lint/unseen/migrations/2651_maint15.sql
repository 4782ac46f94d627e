CLUSTER VERBOSE accounts USING accounts_pkey;;
