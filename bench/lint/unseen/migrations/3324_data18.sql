UPDATE orders SET status = 'shipped' WHERE status = 'paid' AND created_at < now() - interval '30 days';;
