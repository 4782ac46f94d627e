CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
