REVOKE UPDATE (balance) ON accounts FROM PUBLIC;;
