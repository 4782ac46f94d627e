UPDATE logs SET msg = 'archived' WHERE at < DATE '2024-07-01';;
