-- UP
CLUSTER posts USING posts_pkey;
