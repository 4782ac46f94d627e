SELECT set_config('app.tenant', '1', false);
