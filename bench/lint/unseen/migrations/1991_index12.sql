CREATE /* a small table, no need for CONCURRENTLY */ INDEX accounts_plan_name_idx ON accounts (plan, name);;
