UPDATE posts SET published = true WHERE published IS NULL;;
