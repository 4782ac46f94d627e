UPDATE accounts SET plan = 'free';;
