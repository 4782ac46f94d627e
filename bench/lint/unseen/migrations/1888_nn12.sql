-- V2024_06_01_1200__orders_shipped_at.sql
ALTER TABLE orders ADD COLUMN IF NOT EXISTS shipped_at timestamptz;;
