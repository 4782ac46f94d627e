UPDATE shipments SET addr = ROW((addr).street, initcap((addr).city))::postal_addr;;
