UPDATE shipments SET state = 'legacy' WHERE id > 900;;
