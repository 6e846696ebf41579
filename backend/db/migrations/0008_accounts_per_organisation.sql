-- Accounts belong to an organisation: one email may have an account in several (a consultant who hires for
-- two companies), each with its own password. A globally unique email also let any admin learn, from a
-- 409, that an address had an account somewhere else.
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_org_email_key ON users (org_id, lower(email));
-- Sign-in finds an email's accounts in every organisation.
CREATE INDEX users_email_idx ON users (lower(email));

-- down
-- Fails, and changes nothing, while one email has accounts in two organisations.
DROP INDEX users_email_idx;
DROP INDEX users_org_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
