CREATE TABLE IF NOT EXISTS "reviews" ("id" SERIAL NOT NULL PRIMARY KEY, "rating" SMALLINT NOT NULL);
ALTER TABLE "reviews" ADD "helpful" INT NOT NULL  DEFAULT 0;
CREATE INDEX "idx_reviews_helpful_7d1e2f" ON "reviews" ("helpful");;
