UPDATE posts SET published = false;;
