CREATE TYPE "post_state" AS ENUM ('draft', 'review', 'published');
