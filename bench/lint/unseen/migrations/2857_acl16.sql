GRANT INSERT ON orders TO missing_role16;;
