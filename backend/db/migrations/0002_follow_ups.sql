-- One follow-up question per scored hand-in, asked about the candidate's own work, and the answer.
CREATE TABLE follow_ups (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id     uuid NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,
  submission_id  uuid NOT NULL UNIQUE REFERENCES submissions(id) ON DELETE CASCADE,
  task_id        text NOT NULL REFERENCES tasks(id),
  question_id    text NOT NULL,
  question       text NOT NULL,
  answer         text,
  score          numeric(5, 4) CHECK (score BETWEEN 0 AND 1),
  grading        jsonb,
  asked_at       timestamptz NOT NULL DEFAULT now(),
  answered_at    timestamptz
);
CREATE INDEX follow_ups_session_idx ON follow_ups (session_id, asked_at);

-- down
DROP TABLE follow_ups;
