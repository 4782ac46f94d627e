CLUSTER posts USING posts_pkey;
