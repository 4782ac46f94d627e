UPDATE users SET admin = true WHERE email = 'u1@x.io';;
