ALTER TYPE order_status ADD VALUE 'partially_shipped' AFTER 'shipped';;
