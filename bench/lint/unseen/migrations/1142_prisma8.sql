-- AlterEnum
ALTER TYPE "order_status" ADD VALUE 'partially_refunded';
