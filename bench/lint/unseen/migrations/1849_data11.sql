UPDATE users SET admin = true WHERE email = ANY(ARRAY['u1@x.io', 'u2@x.io']);;
