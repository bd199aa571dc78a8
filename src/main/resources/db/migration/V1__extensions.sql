-- The vector and trigram extensions are created by the superuser in db/start.sh for a local cluster;
-- on an external database the app role needs the right to create them (PostgreSQL 13+: trusted).
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
