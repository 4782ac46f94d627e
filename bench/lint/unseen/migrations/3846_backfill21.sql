UPDATE accounts a SET plan = 'eu-' || a.plan FROM customers c WHERE c.id = a.owner_id AND c.region = 'eu';;
