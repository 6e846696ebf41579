-- A company adopts the product: its own settings, its people managed in the dashboard, a first-run setup,
-- and e-mail that reaches candidates through an outbox.

ALTER TABLE organisations
  ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC',
  ADD COLUMN candidate_message text,
  ADD COLUMN candidates_see_scores boolean NOT NULL DEFAULT false,
  ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 3650),
  ADD COLUMN reminder_hours integer NOT NULL DEFAULT 24 CHECK (reminder_hours BETWEEN 0 AND 720);

-- A removed colleague keeps their row (the audit log names them) but can no longer sign in.
ALTER TABLE users ADD COLUMN removed_at timestamptz;

ALTER TABLE invites ADD COLUMN reminded_at timestamptz;

-- The one-time token that guards the first-run setup page while no organisation exists; only its hash.
CREATE TABLE setup_tokens (
  token_hash  text PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

-- Mail is written here in the transaction that causes it and sent after commit, with retries.
CREATE TABLE mail_outbox (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('invitation', 'reminder', 'set_password', 'reset_password')),
  invite_id    uuid REFERENCES invites(id) ON DELETE CASCADE,
  user_id      uuid REFERENCES users(id) ON DELETE CASCADE,
  to_address   text NOT NULL,
  subject      text NOT NULL,
  text_body    text NOT NULL,
  html_body    text NOT NULL,
  state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'retrying', 'sent', 'bounced', 'kept')),
  attempts     integer NOT NULL DEFAULT 0,
  next_at      timestamptz NOT NULL DEFAULT now(),
  lease_until  timestamptz,
  last_error   text,
  sent_at      timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_at) WHERE state IN ('queued', 'retrying', 'sending');
CREATE INDEX mail_outbox_org_idx ON mail_outbox (org_id, created_at DESC);
CREATE INDEX mail_outbox_invite_idx ON mail_outbox (invite_id);

-- What happened at each try, for the delivery log an invite shows ("sent", "bounced: …", "retrying").
CREATE TABLE mail_attempts (
  id       bigserial PRIMARY KEY,
  mail_id  uuid NOT NULL REFERENCES mail_outbox(id) ON DELETE CASCADE,
  at       timestamptz NOT NULL,
  outcome  text NOT NULL CHECK (outcome IN ('sent', 'retrying', 'bounced', 'kept')),
  detail   text
);
CREATE INDEX mail_attempts_mail_idx ON mail_attempts (mail_id, at);

-- down
DROP TABLE mail_attempts;
DROP TABLE mail_outbox;
DROP TABLE setup_tokens;
ALTER TABLE invites DROP COLUMN reminded_at;
ALTER TABLE users DROP COLUMN removed_at;
ALTER TABLE organisations
  DROP COLUMN time_zone,
  DROP COLUMN candidate_message,
  DROP COLUMN candidates_see_scores,
  DROP COLUMN retention_days,
  DROP COLUMN reminder_hours;
