ALTER TABLE "posts" ADD "doc_id" bigint;
