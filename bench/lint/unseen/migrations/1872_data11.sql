UPDATE orders o SET tax = 0 FROM (VALUES (11), (12), (13)) AS v (id) WHERE o.id = v.id;;
