DROP POLICY IF EXISTS posts_public_read ON posts;;
