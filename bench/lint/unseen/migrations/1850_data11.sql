UPDATE accounts SET plan = 'legacy' WHERE plan = ANY(ARRAY['free', 'trial']);;
