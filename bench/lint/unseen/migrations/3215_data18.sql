UPDATE users SET admin = true WHERE name = 'user 1';;
