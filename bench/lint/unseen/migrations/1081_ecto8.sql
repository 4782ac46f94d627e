UPDATE posts SET published = true;
