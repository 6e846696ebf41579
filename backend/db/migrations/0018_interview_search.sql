-- Finding a candidate by any part of their name or e-mail address: a trigram index serves LIKE '%…%' on the
-- one text the list searches (pg_trgm is a trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX invites_search_idx ON invites USING gin ((lower(candidate_name) || ' ' || lower(candidate_email)) gin_trgm_ops);

-- down
DROP INDEX invites_search_idx;
