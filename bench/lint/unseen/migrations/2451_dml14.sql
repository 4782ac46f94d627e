UPDATE shipments SET addr.city = 'Berlin' WHERE id = 3;;
